// Internal interface of the code generator, shared by compiler.cpp,
// compile_stmt.cpp, compile_expr.cpp, compile_func.cpp and scope.cpp.
//
// Invariants:
//  - c->u is the unit being emitted; its scope is the AST scope of that code.
//  - Statements start and end with the stack at the depth of their enclosing
//    blocks (loops keep their iterator on the stack, `with` its exit
//    function, except handlers the previous exception).
//  - Every function that recurses on the tree calls check_stack() first, so
//    a deep tree raises RecursionError instead of overflowing the C stack.
//  - All locals are trivially destructible: errors longjmp out of here.
#pragma once
#include "compile/compiler.h"
#include "compile/emit.h"
#include "compile/scope.h"
#include "parse/ast.h"
#include "vm/runtime.h"

namespace minnow::compiler {

// AST node names win over the runtime's types of the same name (Tuple, Dict,
// BinOp, ...) in the compiler; the runtime ones are spelled minnow::Tuple.
using namespace ast;
using ast::BinOp;
using ast::Dict;
using ast::List;
using ast::Set;
using ast::Slice;
using ast::Tuple;
using ast::UnaryOp;

// An Arena (parse/ast.h) carved out of GC chunks. Each chunk starts with a
// pointer to the previous one, so the whole chain stays reachable from the
// Compiler on the C stack, and pointers to the chunk starts are what the GC
// wants to see.
struct GcArena : Arena {
  void* chunk;   // newest chunk, or null
  char* cur;
  size_t left;
  size_t next_size;  // payload of the next chunk: grows as the tree does
  bool tight;        // a chunk did not fit: from then on, exactly what is asked
};
void arena_init(GcArena* a);
void arena_reset(GcArena* a);  // frees every chunk

// Control blocks that break/continue/return must unwind (innermost first).
enum class FBKind : uint8_t {
  While,          // a while loop
  For,            // a for loop: the iterator is on the stack
  AsyncFor,       // an async for loop: the async iterator is on the stack
  TryExcept,      // the body of a try with except clauses
  FinallyTry,     // the body of a try with a finally: run it on the way out
  FinallyEnd,     // inside the exceptional copy of a finally: (prev exc) on the stack
  With,           // the body of a with: the exit function is on the stack
  AsyncWith,
  HandlerCleanup, // inside an except clause: prev exc on the stack, maybe a name to delete
};

struct FBlock {
  FBlock* prev;
  FBKind kind;
  Label cont;        // loops: where continue goes
  Label brk;         // loops: where break goes
  int32_t outer_handler;  // the handler active outside this block
  int32_t outer_depth;
  const ast::Seq<ast::Node>* finalbody;  // FinallyTry
  const Str* name;   // HandlerCleanup: `except E as name`, else null
};

// MicroPython's `NAME = const(expr)`: names whose value the compiler
// substitutes (a GC array reachable from the Compiler).
struct ConstName {
  const Str* name;
  Value value;
};

struct Compiler {
  const char* src;
  size_t src_len;
  const Str* filename;
  int opt_level;
  bool interactive;   // Single mode: module-level expression statements print
  bool future_ok;     // `from __future__` is still allowed here
  Unit* u;
  Scope* module_scope;
  ConstName* const_names;
  uint32_t n_const_names, cap_const_names;
  GcArena arena;
};

// Raises SyntaxError at a node (col is 0-based as in the AST).
[[noreturn]] void syntax_error_at(Compiler* c, uint32_t line, uint32_t col, const char* msg);
[[noreturn]] inline void syntax_error(Compiler* c, const ast::Node* n, const char* msg) {
  syntax_error_at(c, n->line, n->col, msg);
}
// The same with a message "<pre>'<name>'<post>".
[[noreturn]] void syntax_error_name(Compiler* c, uint32_t line, uint32_t col, const char* pre,
                                    const char* name, size_t len, const char* post);

inline const Str* ident_str(Compiler* c, const ast::Ident& id) {
  return scope_mangle(c->u->scope, id.s, id.len);
}

// compile_stmt.cpp
void compile_stmt(Compiler* c, ast::Node* s);
void compile_body(Compiler* c, const ast::Seq<ast::Node>& body);

// compile_expr.cpp
void compile_expr(Compiler* c, ast::Node* e);
// Jumps to `target` when the truth of e equals cond; falls through otherwise.
void compile_jump_if(Compiler* c, ast::Node* e, Label target, bool cond);
// Stores TOS into the target (a Name, Attribute, Subscript, Tuple, List).
void compile_store(Compiler* c, ast::Node* target);
void compile_delete(Compiler* c, ast::Node* target);
enum class NameOp : uint8_t { Load, Store, Delete };
void compile_name(Compiler* c, const Str* name, NameOp op, const ast::Node* at);
// Is e a constant expression that folds to a value? (for constant tuples)
bool const_value(Compiler* c, ast::Node* e, Value* out);
// MicroPython const(): handles a module-level `NAME = const(expr)`; returns
// false (nothing emitted) if the statement is not one.
bool compile_const_assign(Compiler* c, ast::Assign* a);
// The value of a const() name visible as a global here, if any.
bool const_name_value(Compiler* c, const Str* name, Value* out);
// Pushes a call's arguments the generic way (CALL_EX): fn is already on
// the stack; `extra` positional values were pushed before the first arg.
void compile_call_args(Compiler* c, const ast::Seq<ast::Node>& args, const ast::Seq<ast::keyword>& kws,
                       uint32_t extra, bool method);
// A str Value for an identifier (interned), as a constant.
const Str* intern_ident(const ast::Ident& id);

// compile_func.cpp: nested code objects.
void compile_function_def(Compiler* c, ast::FunctionDefBase* f);
void compile_class_def(Compiler* c, ast::ClassDef* cd);
void compile_lambda(Compiler* c, ast::Lambda* l);
void compile_comprehension(Compiler* c, ast::Node* comp);
// Builds the Code of a finished unit from its scope, and pops the unit.
Code* finish_unit(Compiler* c);
void push_unit(Compiler* c, Scope* s, uint32_t first_line);

// Await: GET_AWAITABLE; LOAD_NONE; YIELD_FROM.
void emit_await(Unit* u);

// Runs the exit actions of the blocks from the innermost out to (and, when
// `include` is true, including) `stop` (null: all of them), for a
// break/continue/return. preserve_tos keeps a return value on top.
void unwind_blocks(Compiler* c, FBlock* stop, bool include, bool preserve_tos);

}  // namespace minnow::compiler
