// Interpreter state: frames, the value stack, and the globals of the VM.
#pragma once
#include "bytecode/code.h"
#include "obj/dict.h"
#include "vm/runtime.h"

namespace minnow {

struct Function;
struct Module;

// A frame of a running Python function. Frames of ordinary calls live on the
// VM stack as [locals][Frame][value stack]; a generator's frame lives in its
// heap object in the same layout.
struct Frame {
  const Code* code;
  Value* locals;            // code->n_locals slots
  Value* stack;             // bottom of the value stack
  Value* sp;                // saved stack pointer (next free slot)
  const uint8_t* ip;        // saved: next instruction to run
  const uint8_t* last_ip;   // start of the instruction being run
  Frame* back;              // the caller (for tracebacks and returns)
  Function* func;           // null for module/exec code
  Dict* globals;
  Dict* locals_dict;        // for the *_NAME instructions (module, class, exec)
  Value gen;                // the generator running this frame, or null
  Value* saved_top;         // ts.stack_top before this frame was pushed
  uint8_t is_entry;         // execute() returns when this frame returns
  uint8_t yielded;          // set when the frame suspended at a yield
  uint16_t pad;
};

struct Cell {
  const Type* type;  // &closure_cell_type
  Value value;       // null when empty
};

struct Function {
  const Type* type;  // &function_type
  const Code* code;
  Dict* globals;
  Value defaults;    // tuple or null
  Value kwdefaults;  // dict or null
  Value closure;     // tuple of cells or null
  Dict* dict;        // function attributes, created on first store
  Value module;      // __module__ name
};

struct BoundMethod {
  const Type* type;  // &bound_method_type
  Value self;
  Value func;
};

struct Module {
  const Type* type;  // &module_type
  Dict* globals;
  const Str* name;
  // A builtin module's constant globals, read through until something needs
  // the whole dict (module_dict): importing one costs a few words of RAM
  // instead of a copy of its table. Names in `globals` shadow it.
  const Table* rom;
};

// The value of a module global (globals, then the constant table), or null.
Value module_lookup(Module* m, const Str* name);
// The module's globals as one dict: copies what is left of the constant
// table into it first (for __dict__, dir(), import *, deletion).
Dict* module_dict(Module* m);

// Builtin modules: constinit tables of globals.
struct BuiltinModule {
  const Str* name;
  const Table* globals;
  void (*init)(Module* m);  // optional: fills computed values at import
};

struct ThreadState {
  Frame* frame;             // innermost running frame (null outside Python code)
  Value* stack_base;        // the VM stack
  Value* stack_limit;
  Value* stack_top;         // first free word of the VM stack
  Value handled_exc;        // the exception being handled (null if none)
  int py_depth;             // Python frames active
  Dict* builtins;           // the builtins module's dict
  Dict* modules;            // sys.modules
  Module* main;             // __main__
  Value sys_path;           // list
  Value sys_argv;           // list
  Value last_exc;           // for the REPL and tests
  int opt_level;
  int recursion_limit;
  bool reraise;             // the exception in flight is a re-raise (no new traceback line)
};

extern ThreadState ts;

// Bumped whenever an attribute of any class is set or deleted after the
// class was made: attribute inline caches are valid for one epoch.
extern uint32_t class_epoch;

// Runs a frame until it returns (or yields, for a generator frame). If
// throw_exc is not null it is raised in the frame at its current position.
// The frame must be set up (see frame_enter) and is popped when it finishes.
Value vm_execute(Frame* f, Value throw_exc);
// Lays out a frame for code at `base` (locals, header, value stack) and
// checks the VM stack and recursion limits. Locals are set to null.
// A frame in a heap object (a generator's) has in_heap set.
Frame* frame_layout(const Code* code, Value* base, bool in_heap = false);
// Words needed for a frame of code (locals + header + stack).
size_t frame_words(const Code* code);
// Fills cell slots and free variables of a new frame of fn.
void frame_init_cells(Frame* f, Function* fn);
// Runs a class body with ns as its namespace; returns what the body returns
// (the __class__ cell or None).
Value run_class_body(Function* body, Dict* ns);
// builtins.__build_class__
Value build_class(size_t n_args, size_t n_kw, const Value* args);
// Calls a Python function (the generic path, from C).
Value function_call(Function* fn, size_t n_args, size_t n_kw, const Value* args);
// Binds arguments into a fresh locals array for code (raises TypeError).
void bind_args(Function* fn, Value* locals, size_t n_args, size_t n_kw, const Value* args);
// Runs module-level code with these globals (and locals dict).
Value run_code(const Code* code, Dict* globals, Dict* locals);

// Generators (vm/generator.cpp).
Value generator_new(Function* fn, size_t n_args, size_t n_kw, const Value* args);
// Resumes: send value (or throw exc if non-null). Returns the yielded value
// and sets *done=false, or the return value with *done=true.
Value generator_resume(Value gen, Value send, Value throw_exc, bool* done);

// Exceptions and tracebacks (obj/exception.cpp).
void traceback_add(Value exc, const Code* code, uint32_t line);
void exc_set_context(Value exc, Value context);

// The builtin modules (each defined in its file under mod/; declared here
// so their definitions have external linkage; mod/modules.cpp lists the
// ones a build includes).
extern const BuiltinModule builtins_module, sys_module, gc_module, micropython_module, math_module,
    cmath_module, io_module, errno_module, collections_module, struct_module, array_module, time_module,
    os_module, json_module, heapq_module, random_module, machine_module;

// Modules (mod/import.cpp).
Value import_module(const Str* name, Value fromlist, int level, Dict* globals);
Module* module_new(const Str* name);
void register_builtin_module(const BuiltinModule* m);
const BuiltinModule* find_builtin_module(const Str* name);

// Start-up and the REPL (vm/init.cpp).
void vm_init(void* heap, size_t heap_size);
// Soft reset: drops the user's state (see vm/init.cpp) and collects.
void vm_soft_reset();
// Compiles and runs source as __main__ (or in globals). Returns normally or raises.
void exec_source(const char* src, size_t len, const Str* filename, int mode, Dict* globals);

}  // namespace minnow
