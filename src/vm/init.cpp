// Start-up of the VM and running source text.
#include "compile/compiler.h"
#include "config.h"
#include "obj/dict.h"
#include "obj/int.h"
#include "obj/list.h"
#include "vm/state.h"

namespace minnow {

// The builtin modules of this build (see mod/modules.cpp).
void register_all_modules();

static Value vm_stack[cfg::vm_stack_words];

// sys.modules with a fresh builtins module (its dict filled from the
// constant table: the VM's global lookups need a real dict) and __main__.
static void fresh_modules() {
  ts.modules = dict_new();
  const BuiltinModule* bm = find_builtin_module(QSTR(builtins));
  // Sized for the builtins up front, plus the REPL's `_`: growing the table
  // later would take twice its size again (kilobytes on a 16 KB board).
  Dict* b = dict_new(bm ? bm->globals->count + 1 : 0);
  if (bm)
    for (uint32_t i = 0; i < bm->globals->count; i++)
      dict_set_str(b, bm->globals->entries[i].name, bm->globals->entries[i].value());
  ts.builtins = b;
  Module* bmod = module_new(QSTR(builtins));
  bmod->globals = b;
  dict_set(ts.modules, qv(QSTR(builtins)), from_ptr(bmod));
  ts.main = module_new(QSTR(__main__));
  dict_set(ts.modules, qv(QSTR(__main__)), from_ptr(ts.main));
}

void vm_init(void* heap, size_t heap_size) {
  gc::init(heap, heap_size);
  bignum::poll_hook = int_poll_interrupt;
  gc::add_roots(&ts, sizeof(ts) / sizeof(void*));
  // Only the used part of the VM stack holds live frames.
  gc::add_dynamic_roots(reinterpret_cast<void* const*>(&ts.stack_base), reinterpret_cast<void* const*>(&ts.stack_top));
  ts.frame = nullptr;
  ts.stack_base = vm_stack;
  ts.stack_top = vm_stack;
  ts.stack_limit = vm_stack + cfg::vm_stack_words;
  ts.handled_exc = Value::null();
  ts.last_exc = Value::null();
  ts.py_depth = 0;
  ts.recursion_limit = cfg::max_py_depth;
  ts.sys_path = list_from_items(0, nullptr);
  ts.sys_argv = list_from_items(0, nullptr);
  register_all_modules();
  fresh_modules();
}

void exec_source(const char* src, size_t len, const Str* filename, int mode, Dict* globals) {
  Code* code = compile(src, len, filename, static_cast<CompileMode>(mode), ts.opt_level);
  Dict* g = globals ? globals : ts.main->globals;
  run_code(code, g, g);
}

// A soft reset (Ctrl-D in the raw REPL, or at the prompt of a board): user
// state goes, the interpreter stays. Fresh builtins, __main__ and
// sys.modules (builtin modules are loaded again on import); sys.path and
// sys.argv are kept, being the port's settings. Everything else the user
// made becomes unreachable and the collection frees it (open files are
// closed by their finalisers); interned names stay, as the names of the
// builtins do.
void vm_soft_reset() {
  ts.frame = nullptr;
  ts.stack_top = ts.stack_base;
  for (Value* p = ts.stack_base; p < ts.stack_limit; p++) *p = Value::null();
  ts.handled_exc = Value::null();
  ts.last_exc = Value::null();
  ts.py_depth = 0;
  ts.recursion_limit = cfg::max_py_depth;
  ts.reraise = false;
  fresh_modules();
  gc::collect();
}

}  // namespace minnow
