// Scope analysis: which names are local, global, free or cell variables.
//
// Two passes over the AST, before any code is generated:
//  1. collect: walk the tree, make a Scope for every module, class, function,
//     lambda and comprehension, and record in each the names it binds, uses
//     and declares (global/nonlocal), with the errors that need only the
//     order of appearance (global after use, duplicate parameters, ...).
//  2. resolve: top-down, give every symbol its Bind; a free name walks up the
//     enclosing function scopes (class scopes are skipped: their names are not
//     visible to nested scopes, except the implicit `__class__` cell) and
//     turns the binding it finds into a cell, leaving a free variable in each
//     scope it passes through. Then every function-like scope numbers its
//     frame slots (see bytecode/code.h): parameters, other locals and cells,
//     free variables last.
//
// Scopes and their symbol arrays live in the compiler's AST arena: they die
// with the tree. Names are interned Strs, already mangled (`__x` inside class
// C is `_C__x`), so symbols compare by pointer.
#pragma once
#include <cstdint>

#include "obj/object.h"
#include "parse/ast.h"

namespace minnow::compiler {

struct Compiler;

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };
enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

// What the collect pass saw of a name in one scope.
enum SymFlags : uint16_t {
  kSymAssigned = 1 << 0,   // bound here: assignment, def, import, for, with, except, del
  kSymParam = 1 << 1,      // a parameter
  kSymUsed = 1 << 2,       // read here
  kSymGlobal = 1 << 3,     // `global` declaration (or a module-level walrus in a comprehension)
  kSymNonlocal = 1 << 4,   // `nonlocal` declaration (or a function-level walrus in a comprehension)
  kSymAnnotated = 1 << 5,  // `x: T` with a simple target
  kSymCompIter = 1 << 6,   // a comprehension's iteration variable
  kSymFreeClass = 1 << 7,  // class scope: a nested function needs this name from an
                           // enclosing function, so the class has a free slot for it
  kSymWalrus = 1 << 8,     // the flags above came from a walrus in a comprehension
};

// Where a name lives, decided by the resolve pass.
enum class Bind : uint8_t {
  None,            // not resolved (module scope keeps no symbols)
  Local,           // function: a fast slot; class: the class namespace dict
  GlobalExplicit,  // declared global: *_GLOBAL
  GlobalImplicit,  // not bound anywhere visible: LOAD_GLOBAL (LOAD_NAME in a class)
  Free,            // bound in an enclosing function: a cell in a free slot
  Cell,            // bound here and used by a nested scope: a cell in a slot
};

struct Symbol {
  const Str* name;
  uint32_t line;   // position of the declaration, for errors
  uint32_t col;
  uint16_t flags;  // SymFlags
  uint16_t slot;   // frame slot when Bind is Local (functions), Cell or Free;
                   // for a class kSymFreeClass symbol: its free slot
  Bind bind;
};

struct Scope {
  Scope* parent;
  Scope* first_child;  // children in order of appearance
  Scope* last_child;
  Scope* next;         // sibling
  const ast::Node* node;  // the def/class/lambda/comprehension (key for lookups)

  Symbol* syms;
  uint32_t n_syms;
  uint32_t cap_syms;

  const Str* name;      // "f", "<lambda>", "<listcomp>", "<module>"
  const Str* qualname;
  const Str* mangle;    // class name used to mangle private names, or null

  ScopeKind kind;
  CompKind comp;
  bool is_async;        // async def, or a comprehension that awaits (a coroutine)
  bool is_generator;    // contains yield (or is a generator expression)
  bool has_await;       // an await or async comprehension directly inside
  bool has_async_for;   // comprehension: one of its `for`s is `async for`
  bool has_return_value;  // `return x` directly inside
  bool needs_class_cell;  // class: a nested function uses __class__ (or super)
  bool varargs, varkw;

  uint16_t n_posonly, n_pos, n_kwonly;
  uint16_t n_slots;       // all frame slots (n_locals of the Code)
  uint16_t n_free;        // the last n_free slots are free variables
  uint16_t n_cells;       // slots that hold a fresh cell (see cell_slots)
  uint16_t class_cell_slot;  // class: slot of the __class__ cell
  uint16_t* cell_slots;   // n_cells slot numbers, ascending (arena)
  const Str** slot_names; // n_slots names (arena)

  bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
};

// Collect pass over one top-level statement (or a whole Interactive body or
// Expression) into the module scope `mod`, which the caller made with
// scope_new_module. May be called once per top-level statement; children
// accumulate in mod.
Scope* scope_new_module(Compiler* c);
void scope_collect_stmt(Compiler* c, Scope* mod, ast::Node* stmt);
void scope_collect_expr(Compiler* c, Scope* mod, ast::Node* expr);

// Resolve pass over mod's children collected since the last call.
void scope_resolve(Compiler* c, Scope* mod);

// Lookups used by code generation.
Symbol* scope_find(Scope* s, const Str* name);
Scope* scope_child(Scope* s, const ast::Node* node);

// The interned, mangled form of an identifier as seen from scope s.
const Str* scope_mangle(Scope* s, const char* name, size_t len);

}  // namespace minnow::compiler
