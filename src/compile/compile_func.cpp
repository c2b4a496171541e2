// Nested code objects: functions, lambdas, classes and comprehensions.
//
// Each compiles its body into a fresh Unit, turns it into a Code with
// finish_unit(), then emits MAKE_FUNCTION in the enclosing unit:
//   [defaults tuple] [kwdefaults dict] [closure tuple] code  MAKE_FUNCTION flags
// The closure tuple holds the enclosing scope's cells for the child's free
// variables, in the order of the child's free slots.
#include <cstring>

#include "compile/codegen.h"
#include "gc/heap.h"
#include "obj/tuple.h"

namespace minnow::compiler {

[[noreturn]] static void internal_error(const char* what) {
  raise_fmt(&exc::SystemError, "compiler: %s", what);
}

void push_unit(Compiler* c, Scope* s, uint32_t first_line) { c->u = unit_new(c->u, s, first_line); }

void emit_await(Unit* u) {
  emit(u, Op::GET_AWAITABLE);
  emit(u, Op::LOAD_NONE);
  emit(u, Op::YIELD_FROM);
}

Code* finish_unit(Compiler* c) {
  Unit* u = c->u;
  Scope* s = u->scope;
  Code* code = unit_assemble(u);
  code->name = s->name;
  code->qualname = s->qualname;
  code->filename = c->filename;
  code->n_locals = s->n_slots;
  code->n_cells = s->n_cells;
  code->n_free = s->n_free;
  code->n_posonly = s->n_posonly;
  code->n_pos = s->n_pos;
  code->n_kwonly = s->n_kwonly;
  if (s->n_slots) {
    auto* names = static_cast<const Str**>(gc::alloc(s->n_slots * sizeof(const Str*)));
    memcpy(static_cast<void*>(names), s->slot_names, s->n_slots * sizeof(const Str*));
    code->varnames = names;
  }
  if (s->n_cells) {
    auto* cells = static_cast<uint16_t*>(gc::alloc(s->n_cells * sizeof(uint16_t), gc::kNoScan));
    memcpy(cells, s->cell_slots, s->n_cells * sizeof(uint16_t));
    code->cell_slots = cells;
  }
  uint16_t flags = 0;
  switch (s->kind) {
    case ScopeKind::Module: flags = kCodeModule; break;
    case ScopeKind::Class: flags = kCodeClassBody; break;
    default:
      flags = kCodeNewLocals;
      if (s->varargs) flags |= kCodeVarArgs;
      if (s->varkw) flags |= kCodeVarKw;
      if (s->is_async && s->is_generator)
        flags |= kCodeAsyncGen;
      else if (s->is_async)
        flags |= kCodeCoroutine;
      else if (s->is_generator)
        flags |= kCodeGenerator;
      break;
  }
  code->flags = flags;
  c->u = u->parent;
  unit_free(u);
  return code;
}

// Slot of the cell the current scope passes on for a child's free `name`.
static uint32_t closure_slot(Compiler* c, const Str* name) {
  Scope* s = c->u->scope;
  if (s->kind == ScopeKind::Class && name == QSTR(__class__)) {
    if (!s->needs_class_cell) internal_error("missing __class__ cell");
    return s->class_cell_slot;
  }
  Symbol* sym = scope_find(s, name);
  if (!sym || !(sym->bind == Bind::Cell || sym->bind == Bind::Free || (sym->flags & kSymFreeClass)))
    internal_error("closure variable without a cell");
  return sym->slot;
}

static void make_function(Compiler* c, Scope* child, Code* code, uint32_t flags) {
  Unit* u = c->u;
  if (child->n_free) {
    for (uint32_t i = 0; i < child->n_syms; i++) {
      Symbol* sym = &child->syms[i];
      if (sym->bind == Bind::Free || (sym->flags & kSymFreeClass))
        emit_arg(u, Op::LOAD_CLOSURE, closure_slot(c, sym->name));
    }
    emit_arg(u, Op::BUILD_TUPLE, child->n_free);
    flags |= 8;
  }
  emit_const(u, from_ptr(code));
  emit_arg(u, Op::MAKE_FUNCTION, flags);
}

// Pushes the defaults tuple and the keyword-only defaults dict; returns the
// MAKE_FUNCTION flags for them.
static uint32_t compile_defaults(Compiler* c, arguments* a) {
  Unit* u = c->u;
  uint32_t flags = 0;
  uint32_t n = a->defaults.count;
  if (n) {
    // All-constant defaults become one constant tuple.
    minnow::Tuple* t = nullptr;
    bool all_const = true;
    for (Node* d : a->defaults) {
      Value v;
      if (!const_value(c, d, &v)) {
        all_const = false;
        break;
      }
    }
    if (all_const && !u->dead) {
      t = tuple_alloc(n);
      Value tv = from_ptr(t);
      for (uint32_t i = 0; i < n; i++) const_value(c, a->defaults[i], &t->items()[i]);
      emit_const(u, tv);
    } else {
      for (Node* d : a->defaults) compile_expr(c, d);
      emit_arg(u, Op::BUILD_TUPLE, n);
    }
    flags |= 1;
  }
  uint32_t m = 0;
  for (uint32_t i = 0; i < a->kwonlyargs.count; i++) {
    Node* d = a->kw_defaults[i];
    if (!d) continue;
    emit_const(u, qv(ident_str(c, a->kwonlyargs[i]->name)));
    compile_expr(c, d);
    m++;
  }
  if (m) {
    emit_arg(u, Op::BUILD_MAP, m);
    flags |= 2;
  }
  return flags;
}

static Scope* child_scope(Compiler* c, const Node* n) {
  Scope* s = scope_child(c->u->scope, n);
  if (!s) internal_error("no scope for a nested code object");
  return s;
}

// MicroPython's code-emitter decorators (@micropython.native, .viper,
// .bytecode) are compile-time markers, not callables. There is no native
// emitter yet, so such functions are compiled to bytecode like any other.
static bool is_emitter_decorator(Node* d) {
  if (!d->is<Attribute>()) return false;
  Attribute* a = d->as<Attribute>();
  return a->value->is<Name>() && a->value->as<Name>()->id.eq("micropython") &&
         (a->attr.eq("native") || a->attr.eq("viper") || a->attr.eq("bytecode"));
}

void compile_function_def(Compiler* c, FunctionDefBase* f) {
  Scope* s = child_scope(c, f);
  uint32_t first_line = f->decorator_list.count ? f->decorator_list[0]->line : f->line;
  uint32_t n_decorators = 0;
  for (Node* d : f->decorator_list) {
    if (is_emitter_decorator(d)) continue;
    compile_expr(c, d);
    n_decorators++;
  }
  c->u->line = f->line;
  uint32_t flags = compile_defaults(c, f->args);
  push_unit(c, s, first_line);
  c->u->line = f->line;
  compile_body(c, f->body);
  emit(c->u, Op::LOAD_NONE);
  emit(c->u, Op::RETURN_VALUE);
  Code* code = finish_unit(c);
  c->u->line = f->line;
  make_function(c, s, code, flags);
  for (uint32_t i = 0; i < n_decorators; i++) emit_arg(c->u, Op::CALL, 1);
  compile_name(c, ident_str(c, f->name), NameOp::Store, f);
}

void compile_lambda(Compiler* c, Lambda* l) {
  Scope* s = child_scope(c, l);
  uint32_t flags = compile_defaults(c, l->args);
  push_unit(c, s, l->line);
  c->u->line = l->body->line;
  compile_expr(c, l->body);
  emit(c->u, Op::RETURN_VALUE);
  Code* code = finish_unit(c);
  make_function(c, s, code, flags);
}

void compile_class_def(Compiler* c, ClassDef* cd) {
  Scope* s = child_scope(c, cd);
  uint32_t first_line = cd->decorator_list.count ? cd->decorator_list[0]->line : cd->line;
  for (Node* d : cd->decorator_list) compile_expr(c, d);
  c->u->line = cd->line;
  emit(c->u, Op::LOAD_BUILD_CLASS);
  push_unit(c, s, first_line);
  Unit* u = c->u;
  u->line = cd->line;
  emit_arg(u, Op::LOAD_NAME, add_name(u, QSTR(__name__)));
  emit_arg(u, Op::STORE_NAME, add_name(u, QSTR(__module__)));
  emit_const(u, qv(s->qualname));
  emit_arg(u, Op::STORE_NAME, add_name(u, QSTR(__qualname__)));
  compile_body(c, cd->body);
  if (s->needs_class_cell) {
    emit_arg(u, Op::LOAD_CLOSURE, s->class_cell_slot);
  } else {
    emit(u, Op::LOAD_NONE);
  }
  emit(u, Op::RETURN_VALUE);
  Code* code = finish_unit(c);
  c->u->line = cd->line;
  make_function(c, s, code, 0);
  emit_const(c->u, qv(s->name));
  compile_call_args(c, cd->bases, cd->keywords, 2, false);
  for (uint32_t i = 0; i < cd->decorator_list.count; i++) emit_arg(c->u, Op::CALL, 1);
  compile_name(c, ident_str(c, cd->name), NameOp::Store, cd);
}

// --- Comprehensions -------------------------------------------------------------

namespace {

struct CompParts {
  CompKind kind;
  const Seq<ast::comprehension>* gens;
  Node* elt;
  Node* value;  // dict comprehensions
};

// One `for` clause (and, recursively, the ones after it). The stack holds the
// result being built (not for generator expressions) and the iterators of
// the enclosing clauses.
void comp_loop(Compiler* c, const CompParts& p, uint32_t i) {
  check_stack();
  Unit* u = c->u;
  ast::comprehension* g = (*p.gens)[i];
  u->line = g->line;
  if (i == 0) {
    emit_arg(u, Op::LOAD_FAST, 0);  // `.0`, the iterator made by the caller
  } else {
    compile_expr(c, g->iter);
    emit(u, g->is_async ? Op::GET_AITER : Op::GET_ITER);
  }
  Label start = new_label(u);
  Label end = new_label(u);
  bind_label(u, start);
  if (g->is_async) {
    int32_t hl = u->h_label, hd = u->h_depth;
    set_handler(u, static_cast<int32_t>(end), u->depth);
    emit(u, Op::GET_ANEXT);
    emit_await(u);
    set_handler(u, hl, hd);
  } else {
    emit_jump(u, Op::FOR_ITER, end);
  }
  compile_store(c, g->target);
  for (Node* cond : g->ifs) compile_jump_if(c, cond, start, false);
  if (i + 1 < p.gens->count) {
    comp_loop(c, p, i + 1);
  } else {
    uint32_t depth = p.gens->count + 1;
    u->line = p.elt->line;
    switch (p.kind) {
      case CompKind::List:
        compile_expr(c, p.elt);
        emit_arg(u, Op::LIST_APPEND, depth);
        break;
      case CompKind::Set:
        compile_expr(c, p.elt);
        emit_arg(u, Op::SET_ADD, depth);
        break;
      case CompKind::Dict:
        compile_expr(c, p.elt);
        compile_expr(c, p.value);
        emit_arg(u, Op::MAP_ADD, depth);
        break;
      default:
        compile_expr(c, p.elt);
        emit(u, Op::YIELD_VALUE);
        emit(u, Op::POP_TOP);
        break;
    }
  }
  emit_jump(u, Op::JUMP, start);
  bind_label(u, end);
  if (g->is_async) emit(u, Op::END_ASYNC_FOR);
}

}  // namespace

void compile_comprehension(Compiler* c, Node* node) {
  Scope* s = child_scope(c, node);
  CompParts p{s->comp, nullptr, nullptr, nullptr};
  if (node->is<DictComp>()) {
    auto* d = node->as<DictComp>();
    p.gens = &d->generators;
    p.elt = d->key;
    p.value = d->value;
  } else {
    auto* k = static_cast<CompBase*>(node);
    p.gens = &k->generators;
    p.elt = k->elt;
  }
  Scope* outer = c->u->scope;
  if (s->is_async && s->comp != CompKind::Gen &&
      !(outer->kind == ScopeKind::Function && outer->is_async) && outer->kind != ScopeKind::Comprehension)
    syntax_error(c, node, "asynchronous comprehension outside of an asynchronous function");
  ast::comprehension* g0 = (*p.gens)[0];
  compile_expr(c, g0->iter);
  c->u->line = node->line;
  emit(c->u, g0->is_async ? Op::GET_AITER : Op::GET_ITER);

  push_unit(c, s, node->line);
  Unit* u = c->u;
  switch (s->comp) {
    case CompKind::List: emit_arg(u, Op::BUILD_LIST, 0); break;
    case CompKind::Set: emit_arg(u, Op::BUILD_SET, 0); break;
    case CompKind::Dict: emit_arg(u, Op::BUILD_MAP, 0); break;
    default: break;
  }
  comp_loop(c, p, 0);
  u->line = node->line;
  if (s->comp == CompKind::Gen) emit(u, Op::LOAD_NONE);
  emit(u, Op::RETURN_VALUE);
  Code* code = finish_unit(c);

  u = c->u;
  u->line = node->line;
  make_function(c, s, code, 0);
  emit_arg(u, Op::SWAP, 2);
  emit_arg(u, Op::CALL, 1);
  if (s->is_async && s->comp != CompKind::Gen) emit_await(u);
}

}  // namespace minnow::compiler
