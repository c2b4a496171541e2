// Code generation for statements.
//
// Exception handling follows the exception-table model of opcodes.h. The
// shape of `try: B except E as e: H finally: F`, with d the stack depth at
// the try:
//
//        [handler T, depth d]  B
//        [outer]               (else) ; F ; JUMP end
//   E:   (exc)                 PUSH_EXC_INFO            -> prev exc
//        [cleanup, depth d+1]  <E> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next
//                              STORE e ; [named cleanup] H ; POP_EXCEPT ; e = None ; del e ; JUMP end
//   next:                      ... RERAISE
//   cleanup: (prev exc2)       SWAP 2 ; POP_EXCEPT ; RERAISE        [outer]
//
// A `finally` body is compiled inline on every way out: after the body, on
// break/continue/return (unwind_blocks), and once more in a handler that
// re-raises. `with` is the same with the exit function kept on the stack.
#include <cstring>

#include "compile/codegen.h"
#include "lex/msgbuf.h"
#include "obj/tuple.h"

namespace minnow::compiler {

// The statement compilers below are kept out of line so that compile_stmt,
// which recurses through nested blocks, keeps a small C stack frame.
namespace {

struct HandlerState {
  int32_t label, depth;
};
HandlerState save_handler(Unit* u) { return {u->h_label, u->h_depth}; }
void restore_handler(Unit* u, HandlerState h) { set_handler(u, h.label, h.depth); }

// outer: the handler to restore when leaving the block early.
void push_block(Compiler* c, FBlock* b, FBKind kind, const Node* at, HandlerState outer) {
  Unit* u = c->u;
  if (u->n_fblocks >= 20) syntax_error(c, at, "too many statically nested blocks");
  b->prev = u->fblock;
  b->kind = kind;
  b->outer_handler = outer.label;
  b->outer_depth = outer.depth;
  b->finalbody = nullptr;
  b->name = nullptr;
  b->cont = b->brk = 0;
  u->fblock = b;
  u->n_fblocks++;
}

void pop_block(Unit* u, FBlock* b) {
  u->fblock = b->prev;
  u->n_fblocks--;
}

void call_exit(Unit* u, bool is_async) {
  emit(u, Op::LOAD_NONE);
  emit(u, Op::LOAD_NONE);
  emit(u, Op::LOAD_NONE);
  emit_arg(u, Op::CALL, 3);
  if (is_async) emit_await(u);
  emit(u, Op::POP_TOP);
}

void clear_name(Compiler* c, const Str* name, const Node* at) {
  emit(c->u, Op::LOAD_NONE);
  compile_name(c, name, NameOp::Store, at);
  compile_name(c, name, NameOp::Delete, at);
}

// The exit actions of one block, with b already removed from the chain.
void unwind_one(Compiler* c, FBlock* b, bool preserve_tos) {
  Unit* u = c->u;
  switch (b->kind) {
    case FBKind::While: break;
    case FBKind::For:
    case FBKind::AsyncFor:
      if (preserve_tos) emit_arg(u, Op::SWAP, 2);
      emit(u, Op::POP_TOP);
      break;
    case FBKind::TryExcept: set_handler(u, b->outer_handler, b->outer_depth); break;
    case FBKind::FinallyTry: {
      set_handler(u, b->outer_handler, b->outer_depth);
      uint32_t line = u->line;
      compile_body(c, *b->finalbody);
      u->line = line;
      break;
    }
    case FBKind::FinallyEnd:
      set_handler(u, b->outer_handler, b->outer_depth);
      if (preserve_tos) emit_arg(u, Op::SWAP, 2);
      emit(u, Op::POP_TOP);
      if (preserve_tos) emit_arg(u, Op::SWAP, 2);
      emit(u, Op::POP_EXCEPT);
      break;
    case FBKind::With:
    case FBKind::AsyncWith:
      set_handler(u, b->outer_handler, b->outer_depth);
      if (preserve_tos) emit_arg(u, Op::SWAP, 2);
      call_exit(u, b->kind == FBKind::AsyncWith);
      break;
    case FBKind::HandlerCleanup:
      set_handler(u, b->outer_handler, b->outer_depth);
      if (preserve_tos) emit_arg(u, Op::SWAP, 2);
      emit(u, Op::POP_EXCEPT);
      if (b->name) clear_name(c, b->name, nullptr);
      break;
  }
}

FBlock* innermost_loop(Unit* u) {
  for (FBlock* b = u->fblock; b; b = b->prev)
    if (b->kind == FBKind::While || b->kind == FBKind::For || b->kind == FBKind::AsyncFor) return b;
  return nullptr;
}

// --- Simple statements -------------------------------------------------------------

[[gnu::noinline]] void compile_return(Compiler* c, Return* r) {
  Scope* s = c->u->scope;
  if (!s->is_function_like()) syntax_error(c, r, "'return' outside function");
  if (r->value && s->is_async && s->is_generator)
    syntax_error(c, r, "'return' with value in async generator");
  Unit* u = c->u;
  if (r->value)
    compile_expr(c, r->value);
  else
    emit(u, Op::LOAD_NONE);
  HandlerState h = save_handler(u);
  u->line = r->line;
  unwind_blocks(c, nullptr, true, true);
  emit(u, Op::RETURN_VALUE);
  restore_handler(u, h);
}

[[gnu::noinline]] void compile_break_continue(Compiler* c, Node* s, bool is_break) {
  Unit* u = c->u;
  FBlock* loop = innermost_loop(u);
  if (!loop) syntax_error(c, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  HandlerState h = save_handler(u);
  unwind_blocks(c, loop, is_break, false);
  u->line = s->line;
  emit_jump(u, Op::JUMP, is_break ? loop->brk : loop->cont);
  restore_handler(u, h);
}

[[gnu::noinline]] void compile_assign(Compiler* c, Assign* a) {
  Unit* u = c->u;
  // a, b = b, a: swap on the stack instead of building a tuple.
  if (a->targets.count == 1 && (a->targets[0]->is<Tuple>() || a->targets[0]->is<List>()) &&
      (a->value->is<Tuple>() || a->value->is<List>())) {
    const Seq<Node>& lhs = a->targets[0]->is<Tuple>() ? a->targets[0]->as<Tuple>()->elts
                                                      : a->targets[0]->as<List>()->elts;
    const Seq<Node>& rhs = a->value->is<Tuple>() ? a->value->as<Tuple>()->elts : a->value->as<List>()->elts;
    bool plain = lhs.count == rhs.count && lhs.count >= 2 && lhs.count <= 3;
    for (uint32_t i = 0; plain && i < lhs.count; i++)
      if (lhs[i]->is<Starred>() || rhs[i]->is<Starred>()) plain = false;
    if (plain) {
      for (Node* v : rhs) compile_expr(c, v);
      emit_arg(u, Op::SWAP, lhs.count);
      for (Node* t : lhs) compile_store(c, t);
      return;
    }
  }
  compile_expr(c, a->value);
  for (uint32_t i = 0; i < a->targets.count; i++) {
    if (i + 1 < a->targets.count) emit_arg(u, Op::COPY, 1);
    compile_store(c, a->targets[i]);
  }
}

minnow::BinOp inplace_op(OperatorKind k) {
  using B = minnow::BinOp;
  static const B map[] = {B::Add, B::Sub,    B::Mul,    B::MatMul, B::TrueDiv, B::Mod,     B::Pow,
                          B::LShift, B::RShift, B::Or, B::Xor,   B::And,     B::FloorDiv};
  return inplace_of(map[static_cast<int>(k)]);
}

[[gnu::noinline]] void compile_augassign(Compiler* c, AugAssign* a) {
  Unit* u = c->u;
  Node* t = a->target;
  uint32_t op = static_cast<uint32_t>(inplace_op(a->op));
  if (t->is<Name>()) {
    const Str* n = ident_str(c, t->as<Name>()->id);
    compile_name(c, n, NameOp::Load, t);
    compile_expr(c, a->value);
    u->line = a->line;
    emit_arg(u, Op::BINARY_OP, op);
    compile_name(c, n, NameOp::Store, t);
  } else if (t->is<Attribute>()) {
    Attribute* at = t->as<Attribute>();
    uint32_t name = add_name(u, ident_str(c, at->attr));
    compile_expr(c, at->value);
    emit_arg(u, Op::COPY, 1);
    emit_nc(u, Op::LOAD_ATTR, name);
    compile_expr(c, a->value);
    u->line = a->line;
    emit_arg(u, Op::BINARY_OP, op);
    emit_arg(u, Op::SWAP, 2);
    emit_nc(u, Op::STORE_ATTR, name);
  } else if (t->is<Subscript>()) {
    Subscript* s = t->as<Subscript>();
    compile_expr(c, s->value);
    compile_expr(c, s->slice);
    emit_arg(u, Op::COPY, 2);
    emit_arg(u, Op::COPY, 2);
    emit(u, Op::BINARY_SUBSCR);
    compile_expr(c, a->value);
    u->line = a->line;
    emit_arg(u, Op::BINARY_OP, op);
    emit(u, Op::ROT_THREE);
    emit(u, Op::STORE_SUBSCR);
  } else {
    syntax_error(c, t, "illegal expression for augmented assignment");
  }
}

[[gnu::noinline]] void compile_annassign(Compiler* c, AnnAssign* a) {
  Unit* u = c->u;
  if (a->value) {
    compile_expr(c, a->value);
    compile_store(c, a->target);
    return;
  }
  // Annotations are not evaluated, but a non-simple target's object is.
  if (a->target->is<Attribute>()) {
    compile_expr(c, a->target->as<Attribute>()->value);
    emit(u, Op::POP_TOP);
  } else if (a->target->is<Subscript>()) {
    compile_expr(c, a->target->as<Subscript>()->value);
    emit(u, Op::POP_TOP);
    compile_expr(c, a->target->as<Subscript>()->slice);
    emit(u, Op::POP_TOP);
  }
}

[[gnu::noinline]] void compile_raise(Compiler* c, Raise* r) {
  Unit* u = c->u;
  if (!r->exc) {
    emit_arg(u, Op::RAISE, 0);
    return;
  }
  compile_expr(c, r->exc);
  if (r->cause) {
    compile_expr(c, r->cause);
    u->line = r->line;
    emit_arg(u, Op::RAISE, 2);
  } else {
    u->line = r->line;
    emit_arg(u, Op::RAISE, 1);
  }
}

[[gnu::noinline]] void compile_assert(Compiler* c, Assert* a) {
  if (c->opt_level >= 1) return;
  Unit* u = c->u;
  Label end = new_label(u);
  compile_jump_if(c, a->test, end, true);
  u->line = a->line;
  emit(u, Op::LOAD_ASSERTION_ERROR);
  if (a->msg) {
    compile_expr(c, a->msg);
    u->line = a->line;
    emit_arg(u, Op::CALL, 1);
  }
  emit_arg(u, Op::RAISE, 1);
  bind_label(u, end);
}

// --- Imports ------------------------------------------------------------------------

[[gnu::noinline]] void compile_import(Compiler* c, Import* im) {
  Unit* u = c->u;
  for (alias* a : im->names) {
    u->line = a->line;
    emit_int(u, 0);
    emit(u, Op::LOAD_NONE);
    emit_arg(u, Op::IMPORT_NAME, add_name(u, intern(a->name.s, a->name.len)));
    const char* dot = static_cast<const char*>(memchr(a->name.s, '.', a->name.len));
    if (!a->asname.s) {
      size_t first = dot ? static_cast<size_t>(dot - a->name.s) : a->name.len;
      compile_name(c, scope_mangle(u->scope, a->name.s, first), NameOp::Store, a);
      continue;
    }
    // import a.b.c as d: d is the submodule a.b.c, reached from a.
    const char* p = dot;
    const char* end = a->name.s + a->name.len;
    while (p) {
      const char* s = p + 1;
      const char* q = static_cast<const char*>(memchr(s, '.', static_cast<size_t>(end - s)));
      size_t n = static_cast<size_t>((q ? q : end) - s);
      emit_arg(u, Op::IMPORT_FROM, add_name(u, intern(s, n)));
      if (q) {
        emit_arg(u, Op::SWAP, 2);
        emit(u, Op::POP_TOP);
      }
      p = q;
    }
    compile_name(c, ident_str(c, a->asname), NameOp::Store, a);
    if (dot) emit(u, Op::POP_TOP);
  }
}

bool is_future_import(ImportFrom* im) {
  return im->level == 0 && im->module.s && im->module.eq("__future__");
}

[[gnu::noinline]] void compile_future(Compiler* c, ImportFrom* im) {
  static const char* const known[] = {"nested_scopes",    "generators",     "division",
                                      "absolute_import",  "with_statement", "print_function",
                                      "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                      "annotations"};
  if (!c->future_ok) syntax_error(c, im, "from __future__ imports must occur at the beginning of the file");
  for (alias* a : im->names) {
    if (a->name.eq("braces")) syntax_error(c, im, "not a chance");
    bool ok = false;
    for (const char* k : known)
      if (a->name.eq(k)) ok = true;
    if (!ok) {
      MsgBuf m;
      m.add("future feature ").add(a->name.s, a->name.len).add(" is not defined");
      syntax_error(c, im, m.c_str());
    }
  }
}

[[gnu::noinline]] void compile_import_from(Compiler* c, ImportFrom* im) {
  if (is_future_import(im)) {
    compile_future(c, im);
    return;
  }
  Unit* u = c->u;
  emit_int(u, im->level);
  bool star = im->names.count == 1 && im->names[0]->name.len == 1 && im->names[0]->name.s[0] == '*';
  if (!u->dead) {
    minnow::Tuple* t = tuple_alloc(im->names.count);
    Value tv = from_ptr(t);
    for (uint32_t i = 0; i < im->names.count; i++)
      t->items()[i] = qv(intern(im->names[i]->name.s, im->names[i]->name.len));
    emit_const(u, tv);
  }
  const Str* mod = im->module.s ? intern(im->module.s, im->module.len) : QSTR(empty_);
  emit_arg(u, Op::IMPORT_NAME, add_name(u, mod));
  if (star) {
    emit(u, Op::IMPORT_STAR);
    return;
  }
  for (alias* a : im->names) {
    u->line = a->line;
    emit_arg(u, Op::IMPORT_FROM, add_name(u, intern(a->name.s, a->name.len)));
    compile_name(c, ident_str(c, a->asname.s ? a->asname : a->name), NameOp::Store, a);
  }
  emit(u, Op::POP_TOP);
}

// --- Compound statements ------------------------------------------------------------

[[gnu::noinline]] void compile_if(Compiler* c, If* s) {
  Unit* u = c->u;
  Label end = new_label(u);
  if (s->orelse.count) {
    Label other = new_label(u);
    compile_jump_if(c, s->test, other, false);
    compile_body(c, s->body);
    emit_jump(u, Op::JUMP, end);
    bind_label(u, other);
    compile_body(c, s->orelse);
  } else {
    compile_jump_if(c, s->test, end, false);
    compile_body(c, s->body);
  }
  bind_label(u, end);
}

[[gnu::noinline]] void compile_while(Compiler* c, While* s) {
  Unit* u = c->u;
  Label top = new_label(u), other = new_label(u), brk = new_label(u);
  bind_label(u, top);
  compile_jump_if(c, s->test, other, false);
  FBlock b;
  push_block(c, &b, FBKind::While, s, save_handler(u));
  b.cont = top;
  b.brk = brk;
  compile_body(c, s->body);
  pop_block(u, &b);
  u->line = s->line;
  emit_jump(u, Op::JUMP, top);
  bind_label(u, other);
  compile_body(c, s->orelse);
  bind_label(u, brk);
}

void check_async(Compiler* c, Node* s, const char* what) {
  Scope* sc = c->u->scope;
  if (!(sc->kind == ScopeKind::Function && sc->is_async)) syntax_error(c, s, what);
}

[[gnu::noinline]] void compile_for(Compiler* c, ForBase* s) {
  Unit* u = c->u;
  bool is_async = s->is<AsyncFor>();
  if (is_async) check_async(c, s, "'async for' outside async function");
  compile_expr(c, s->iter);
  u->line = s->line;
  emit(u, is_async ? Op::GET_AITER : Op::GET_ITER);
  Label top = new_label(u), done = new_label(u), brk = new_label(u);
  bind_label(u, top);
  if (is_async) {
    HandlerState h = save_handler(u);
    set_handler(u, static_cast<int32_t>(done), u->depth);
    emit(u, Op::GET_ANEXT);
    emit_await(u);
    restore_handler(u, h);
  } else {
    emit_jump(u, Op::FOR_ITER, done);
  }
  compile_store(c, s->target);
  FBlock b;
  push_block(c, &b, is_async ? FBKind::AsyncFor : FBKind::For, s, save_handler(u));
  b.cont = top;
  b.brk = brk;
  compile_body(c, s->body);
  pop_block(u, &b);
  u->line = s->line;
  emit_jump(u, Op::JUMP, top);
  bind_label(u, done);
  if (is_async) emit(u, Op::END_ASYNC_FOR);
  compile_body(c, s->orelse);
  bind_label(u, brk);
}

[[gnu::noinline]] void compile_with(Compiler* c, WithBase* s, uint32_t item) {
  check_stack();
  Unit* u = c->u;
  bool is_async = s->is<AsyncWith>();
  withitem* it = s->items[item];
  compile_expr(c, it->context_expr);
  u->line = it->line;
  if (is_async) {
    emit(u, Op::BEFORE_ASYNC_WITH);
    emit_await(u);
  } else {
    emit(u, Op::BEFORE_WITH);
  }
  HandlerState h = save_handler(u);
  Label handler = new_label(u), end = new_label(u);
  set_handler(u, static_cast<int32_t>(handler), u->depth - 1);
  if (it->optional_vars)
    compile_store(c, it->optional_vars);
  else
    emit(u, Op::POP_TOP);
  FBlock b;
  push_block(c, &b, is_async ? FBKind::AsyncWith : FBKind::With, s, h);
  if (item + 1 < s->items.count)
    compile_with(c, s, item + 1);
  else
    compile_body(c, s->body);
  pop_block(u, &b);
  restore_handler(u, h);
  u->line = s->line;
  call_exit(u, is_async);
  emit_jump(u, Op::JUMP, end);

  // The body raised: (exit exc).
  bind_label(u, handler);
  Label cleanup = new_label(u), suppress = new_label(u);
  emit(u, Op::PUSH_EXC_INFO);
  set_handler(u, static_cast<int32_t>(cleanup), u->depth - 1);
  emit(u, Op::WITH_EXCEPT_START);
  if (is_async) emit_await(u);
  emit_jump(u, Op::POP_JUMP_IF_TRUE, suppress);
  emit(u, Op::RERAISE);
  restore_handler(u, h);
  bind_label(u, suppress);
  emit(u, Op::POP_TOP);
  emit(u, Op::POP_EXCEPT);
  emit(u, Op::POP_TOP);
  emit_jump(u, Op::JUMP, end);
  // __exit__ raised, or declined: restore the previous exception, re-raise.
  bind_label(u, cleanup);
  emit_arg(u, Op::SWAP, 2);
  emit(u, Op::POP_EXCEPT);
  emit(u, Op::RERAISE);
  bind_label(u, end);
}

[[gnu::noinline]] void compile_try_except(Compiler* c, Try* t) {
  Unit* u = c->u;
  HandlerState h = save_handler(u);
  Label handler = new_label(u), end = new_label(u);
  int32_t base = u->depth;
  set_handler(u, static_cast<int32_t>(handler), base);
  FBlock b;
  push_block(c, &b, FBKind::TryExcept, t, h);
  compile_body(c, t->body);
  pop_block(u, &b);
  restore_handler(u, h);
  compile_body(c, t->orelse);
  emit_jump(u, Op::JUMP, end);

  bind_label(u, handler);  // (exc)
  Label cleanup = new_label(u);
  u->line = t->handlers[0]->line;
  emit(u, Op::PUSH_EXC_INFO);  // (prev exc)
  set_handler(u, static_cast<int32_t>(cleanup), base + 1);
  for (uint32_t i = 0; i < t->handlers.count; i++) {
    ExceptHandler* eh = t->handlers[i];
    u->line = eh->line;
    if (!eh->type && i + 1 < t->handlers.count) syntax_error(c, eh, "default 'except:' must be last");
    Label next = new_label(u);
    if (eh->type) {
      compile_expr(c, eh->type);
      u->line = eh->line;
      emit(u, Op::CHECK_EXC_MATCH);
      emit_jump(u, Op::POP_JUMP_IF_FALSE, next);
    }
    FBlock hb;
    if (eh->name.s) {
      const Str* name = ident_str(c, eh->name);
      compile_name(c, name, NameOp::Store, eh);  // (prev)
      Label named = new_label(u);
      set_handler(u, static_cast<int32_t>(named), base + 1);
      push_block(c, &hb, FBKind::HandlerCleanup, eh, h);
      hb.name = name;
      compile_body(c, eh->body);
      pop_block(u, &hb);
      restore_handler(u, h);
      emit(u, Op::POP_EXCEPT);
      clear_name(c, name, eh);
      emit_jump(u, Op::JUMP, end);
      // The handler body raised: (prev exc2); drop the name and go on.
      set_handler(u, static_cast<int32_t>(cleanup), base + 1);
      bind_label(u, named);
      clear_name(c, name, eh);
      emit(u, Op::RERAISE);
    } else {
      emit(u, Op::POP_TOP);  // (prev)
      push_block(c, &hb, FBKind::HandlerCleanup, eh, h);
      compile_body(c, eh->body);
      pop_block(u, &hb);
      restore_handler(u, h);
      emit(u, Op::POP_EXCEPT);
      emit_jump(u, Op::JUMP, end);
    }
    bind_label(u, next);
    set_handler(u, static_cast<int32_t>(cleanup), base + 1);
  }
  emit(u, Op::RERAISE);  // no clause matched: (prev exc)
  restore_handler(u, h);
  bind_label(u, cleanup);  // (prev exc2)
  emit_arg(u, Op::SWAP, 2);
  emit(u, Op::POP_EXCEPT);
  emit(u, Op::RERAISE);
  bind_label(u, end);
}

[[gnu::noinline]] void compile_try(Compiler* c, Try* t) {
  if (!t->finalbody.count) {
    compile_try_except(c, t);
    return;
  }
  Unit* u = c->u;
  HandlerState h = save_handler(u);
  Label handler = new_label(u), end = new_label(u);
  set_handler(u, static_cast<int32_t>(handler), u->depth);
  FBlock b;
  push_block(c, &b, FBKind::FinallyTry, t, h);
  b.finalbody = &t->finalbody;
  if (t->handlers.count)
    compile_try_except(c, t);
  else
    compile_body(c, t->body);
  pop_block(u, &b);
  restore_handler(u, h);
  compile_body(c, t->finalbody);
  emit_jump(u, Op::JUMP, end);

  bind_label(u, handler);  // (exc)
  Label cleanup = new_label(u);
  u->line = t->finalbody[0]->line;
  emit(u, Op::PUSH_EXC_INFO);  // (prev exc)
  set_handler(u, static_cast<int32_t>(cleanup), u->depth - 1);
  FBlock fe;
  push_block(c, &fe, FBKind::FinallyEnd, t, h);
  compile_body(c, t->finalbody);
  pop_block(u, &fe);
  emit(u, Op::RERAISE);
  restore_handler(u, h);
  bind_label(u, cleanup);  // (prev exc2)
  emit_arg(u, Op::SWAP, 2);
  emit(u, Op::POP_EXCEPT);
  emit(u, Op::RERAISE);
  bind_label(u, end);
}

}  // namespace

void unwind_blocks(Compiler* c, FBlock* stop, bool include, bool preserve_tos) {
  Unit* u = c->u;
  FBlock* saved = u->fblock;
  int saved_n = u->n_fblocks;
  for (FBlock* b = saved; b; b = b->prev) {
    if (b == stop && !include) break;
    // While b's exit code runs, b is no longer active.
    u->fblock = b->prev;
    u->n_fblocks--;
    unwind_one(c, b, preserve_tos);
    if (b == stop) break;
  }
  u->fblock = saved;
  u->n_fblocks = saved_n;
}

void compile_body(Compiler* c, const Seq<Node>& body) {
  for (Node* s : body) compile_stmt(c, s);
}

void compile_stmt(Compiler* c, Node* s) {
  check_stack();
  Unit* u = c->u;
  u->line = s->line;
  switch (s->kind) {
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: compile_function_def(c, static_cast<FunctionDefBase*>(s)); break;
    case NodeKind::ClassDef: compile_class_def(c, s->as<ClassDef>()); break;
    case NodeKind::Return: compile_return(c, s->as<Return>()); break;
    case NodeKind::Delete:
      for (Node* t : s->as<Delete>()->targets) compile_delete(c, t);
      break;
    case NodeKind::Assign:
      if (!compile_const_assign(c, s->as<Assign>())) compile_assign(c, s->as<Assign>());
      break;
    case NodeKind::AugAssign: compile_augassign(c, s->as<AugAssign>()); break;
    case NodeKind::AnnAssign: compile_annassign(c, s->as<AnnAssign>()); break;
    case NodeKind::For:
    case NodeKind::AsyncFor: compile_for(c, static_cast<ForBase*>(s)); break;
    case NodeKind::While: compile_while(c, s->as<While>()); break;
    case NodeKind::If: compile_if(c, s->as<If>()); break;
    case NodeKind::With: compile_with(c, static_cast<WithBase*>(s), 0); break;
    case NodeKind::AsyncWith:
      check_async(c, s, "'async with' outside async function");
      compile_with(c, static_cast<WithBase*>(s), 0);
      break;
    case NodeKind::Raise: compile_raise(c, s->as<Raise>()); break;
    case NodeKind::Try: compile_try(c, s->as<Try>()); break;
    case NodeKind::Assert: compile_assert(c, s->as<Assert>()); break;
    case NodeKind::Import: compile_import(c, s->as<Import>()); break;
    case NodeKind::ImportFrom: compile_import_from(c, s->as<ImportFrom>()); break;
    case NodeKind::Expr: {
      Node* v = s->as<Expr>()->value;
      if (c->interactive && u->scope->kind == ScopeKind::Module) {
        compile_expr(c, v);
        u->line = s->line;
        emit(u, Op::PRINT_EXPR);
      } else if (!v->is<Constant>()) {
        compile_expr(c, v);
        emit(u, Op::POP_TOP);
      }
      break;
    }
    case NodeKind::Break: compile_break_continue(c, s, true); break;
    case NodeKind::Continue: compile_break_continue(c, s, false); break;
    default: break;  // Pass, Global, Nonlocal
  }
}

}  // namespace minnow::compiler
