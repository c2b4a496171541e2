// Code generation for expressions, assignment targets and names.
//
// Every compile_expr leaves exactly one value on the stack. Constant
// operands are folded where the result is certain (unary minus on number
// literals, simple arithmetic on small int literals, tuples of constants).
#include <cstring>

#include "compile/codegen.h"
#include "config.h"
#include "gc/heap.h"
#include "obj/tuple.h"
#include "util/fltfmt.h"

namespace minnow::compiler {

// Above this many items a display or call is built incrementally, to keep
// the value stack small (like CPython's STACK_USE_GUIDELINE).
static constexpr uint32_t kStackItems = 30;

const Str* intern_ident(const Ident& id) { return intern(id.s, id.len); }

// --- Names ------------------------------------------------------------------------

// Does `name` in scope s mean the module-level (global) name?
static bool is_global_here(Scope* s, const Str* name) {
  if (s->kind == ScopeKind::Module) return true;
  Symbol* sym = scope_find(s, name);
  if (!sym) return true;
  return sym->bind == Bind::GlobalImplicit || sym->bind == Bind::GlobalExplicit;
}

static void emit_value(Unit* u, Value v) {
  if (v.is_small())
    emit_int(u, v.small());
  else
    emit_const(u, v);
}

void compile_name(Compiler* c, const Str* name, NameOp op, const Node* at) {
  Unit* u = c->u;
  Scope* s = u->scope;
  if (name == QSTR(__debug__) && op == NameOp::Load) {
    emit(u, c->opt_level >= 1 ? Op::LOAD_FALSE : Op::LOAD_TRUE);
    return;
  }
  (void)at;
  Value cv;
  if (op == NameOp::Load && c->n_const_names && is_global_here(s, name) && const_name_value(c, name, &cv)) {
    emit_value(u, cv);
    return;
  }
  static const Op name_ops[] = {Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME};
  static const Op fast_ops[] = {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST};
  static const Op deref_ops[] = {Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF};
  int k = static_cast<int>(op);
  if (s->kind == ScopeKind::Module) {
    emit_arg(u, name_ops[k], add_name(u, name));
    return;
  }
  Symbol* sym = scope_find(s, name);
  Bind b = sym ? sym->bind : Bind::GlobalImplicit;
  bool cls = s->kind == ScopeKind::Class;
  switch (b) {
    case Bind::Local:
      if (cls)
        emit_arg(u, name_ops[k], add_name(u, name));
      else
        emit_arg(u, fast_ops[k], sym->slot);
      return;
    case Bind::Cell:
    case Bind::Free:
      if (cls && op == NameOp::Load)
        emit_arg(u, Op::LOAD_CLASSDEREF, sym->slot);
      else
        emit_arg(u, deref_ops[k], sym->slot);
      return;
    case Bind::GlobalImplicit:
      if (cls) {
        emit_arg(u, name_ops[k], add_name(u, name));
        return;
      }
      [[fallthrough]];
    default:
      if (op == NameOp::Load)
        emit_nc(u, Op::LOAD_GLOBAL, add_name(u, name));
      else
        emit_arg(u, op == NameOp::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, add_name(u, name));
      return;
  }
}

// --- Constants ------------------------------------------------------------------------

static int digit_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
  return 99;
}

// The value of an int literal if it fits in intptr_t.
static bool int_literal_small(const Constant* k, intptr_t* out) {
  uint64_t v = 0;
  for (uint32_t i = 0; i < k->len; i++) {
    int d = digit_value(k->text[i]);
    if (d >= k->base) return false;
    if (v > (static_cast<uint64_t>(INTPTR_MAX) - static_cast<uint64_t>(d)) / k->base) return false;
    v = v * k->base + static_cast<uint64_t>(d);
  }
  *out = static_cast<intptr_t>(v);
  return true;
}

static double float_literal(Compiler* c, const Constant* k) {
  double d = 0;
  if (!fltfmt::parse(k->text, k->len, &d, fltfmt::kParseLiteral))
    syntax_error(c, k, "invalid float literal");
  return d;
}

// Identifier-like string literals are interned (as CPython does): they are
// often attribute or keyword names, and equal ones become one object.
static bool identifier_like(const char* s, uint32_t n) {
  if (n == 0 || n > 64) return false;
  for (uint32_t i = 0; i < n; i++) {
    char ch = s[i];
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || (i > 0 && ch >= '0' && ch <= '9');
    if (!ok) return false;
  }
  return true;
}

// The Value of a Constant node (None/True/False too). Raises for floats
// on builds without them.
static Value constant_value(Compiler* c, const Constant* k) {
  switch (k->value_kind) {
    case ConstKind::None: return none();
    case ConstKind::True: return true_();
    case ConstKind::False: return false_();
    case ConstKind::Ellipsis: return ellipsis();
    case ConstKind::Int: {
      intptr_t v;
      if (int_literal_small(k, &v)) return int_from(v);
      return int_from_digits(k->text, k->len, k->base);
    }
    case ConstKind::Float:
    case ConstKind::Imag:
      if constexpr (cfg::float_) {
        double d = float_literal(c, k);
        return k->value_kind == ConstKind::Float ? float_new(d) : complex_new(0.0, d);
      } else {
        syntax_error(c, k, "decimal numbers not supported");
      }
    case ConstKind::Str:
      if (identifier_like(k->text, k->len)) return qv(intern(k->text, k->len));
      return str_new(k->text, k->len);
    case ConstKind::Bytes: return bytes_new(k->text, k->len);
  }
  return none();
}

static bool is_number_literal(const Node* e) {
  if (!e->is<Constant>()) return false;
  ConstKind k = e->as<Constant>()->value_kind;
  return k == ConstKind::Int || k == ConstKind::Float || k == ConstKind::Imag;
}

// A small int constant (possibly negated) without allocating.
static bool small_int_const(const Node* e, intptr_t* out) {
  bool neg = false;
  if (e->is<UnaryOp>() && e->as<UnaryOp>()->op == UnaryOpKind::USub) {
    neg = true;
    e = e->as<UnaryOp>()->operand;
  }
  if (!e->is<Constant>() || e->as<Constant>()->value_kind != ConstKind::Int) return false;
  intptr_t v;
  if (!int_literal_small(e->as<Constant>(), &v) || !Value::fits_small(v)) return false;
  *out = neg ? -v : v;
  return true;
}

bool const_value(Compiler* c, Node* e, Value* out) {
  check_stack();
  if (e->is<Constant>()) {
    *out = constant_value(c, e->as<Constant>());
    return true;
  }
  if (e->is<UnaryOp>()) {
    UnaryOp* un = e->as<UnaryOp>();
    Node* o = un->operand;
    // Each operand is folded once: a chain of n operators takes n steps.
    if (!is_number_literal(o) && !o->is<UnaryOp>()) return false;
    if (un->op == UnaryOpKind::USub || un->op == UnaryOpKind::UAdd) {
      if (!const_value(c, o, out) || is_str(*out)) return false;
      if (un->op == UnaryOpKind::USub) *out = unary_op(minnow::UnaryOp::Neg, *out);
      return true;
    }
    if (un->op == UnaryOpKind::Invert && o->is<Constant>() && o->as<Constant>()->value_kind == ConstKind::Int) {
      *out = unary_op(minnow::UnaryOp::Invert, constant_value(c, o->as<Constant>()));
      return true;
    }
    return false;
  }
  if (e->is<Tuple>() && e->as<Tuple>()->ctx == ExprContext::Load) {
    const Seq<Node>& elts = e->as<Tuple>()->elts;
    for (Node* x : elts)
      if (x->is<Starred>() || !(x->is<Constant>() || x->is<UnaryOp>() || x->is<Tuple>())) return false;
    if (elts.count == 0) {
      *out = empty_tuple();
      return true;
    }
    // Each item is folded once, straight into the tuple (nested tuples take
    // time linear in their size); the tuple is dropped if one is not constant.
    minnow::Tuple* t = tuple_alloc(elts.count);
    Value tv = from_ptr(t);
    for (uint32_t i = 0; i < elts.count; i++)
      if (!const_value(c, elts[i], &t->items()[i])) return false;
    *out = tv;
    return true;
  }
  return false;
}

static void compile_constant(Compiler* c, Constant* k) {
  Unit* u = c->u;
  switch (k->value_kind) {
    case ConstKind::None: emit(u, Op::LOAD_NONE); return;
    case ConstKind::True: emit(u, Op::LOAD_TRUE); return;
    case ConstKind::False: emit(u, Op::LOAD_FALSE); return;
    case ConstKind::Int: {
      intptr_t v;
      if (int_literal_small(k, &v)) {
        emit_int(u, v);
        return;
      }
      break;
    }
    default: break;
  }
  if (u->dead) return;
  emit_const(u, constant_value(c, k));
}

// Truth of a constant expression, when it is known without running code.
static bool known_truth(Compiler* c, Node* e, bool* truth) {
  if (e->is<Name>() && e->as<Name>()->ctx == ExprContext::Load && e->as<Name>()->id.eq("__debug__")) {
    *truth = c->opt_level < 1;
    return true;
  }
  if (!e->is<Constant>()) return false;
  Constant* k = e->as<Constant>();
  switch (k->value_kind) {
    case ConstKind::None:
    case ConstKind::False: *truth = false; return true;
    case ConstKind::True:
    case ConstKind::Ellipsis: *truth = true; return true;
    case ConstKind::Int:
      *truth = false;
      for (uint32_t i = 0; i < k->len; i++)
        if (k->text[i] != '0') *truth = true;
      return true;
    case ConstKind::Str:
    case ConstKind::Bytes: *truth = k->len != 0; return true;
    default: return false;
  }
}

// --- Operators --------------------------------------------------------------------------

static minnow::BinOp binop_of(OperatorKind k) {
  using B = minnow::BinOp;
  static const B map[] = {B::Add, B::Sub,    B::Mul,    B::MatMul, B::TrueDiv, B::Mod,     B::Pow,
                          B::LShift, B::RShift, B::Or, B::Xor,   B::And,     B::FloorDiv};
  return map[static_cast<int>(k)];
}

// Folds small-int arithmetic whose result is again a small int.
static bool fold_ints(OperatorKind op, intptr_t a, intptr_t b, intptr_t* out) {
  // Work in 64 bits: both operands are small (< 2**62), so + - & | ^ fit.
  int64_t x = a, y = b, r;
  switch (op) {
    case OperatorKind::Add: r = x + y; break;
    case OperatorKind::Sub: r = x - y; break;
    case OperatorKind::Mult:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      break;
    case OperatorKind::FloorDiv:
    case OperatorKind::Mod: {
      if (y == 0) return false;
      int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        q -= 1;
        m += y;
      }
      r = op == OperatorKind::FloorDiv ? q : m;
      break;
    }
    case OperatorKind::BitAnd: r = x & y; break;
    case OperatorKind::BitOr: r = x | y; break;
    case OperatorKind::BitXor: r = x ^ y; break;
    case OperatorKind::LShift:
      if (y < 0 || y > 62) return false;
      if (x != 0 && (x > (INT64_MAX >> y) || x < (INT64_MIN >> y))) return false;
      r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
      break;
    case OperatorKind::RShift:
      if (y < 0) return false;
      r = y > 63 ? (x < 0 ? -1 : 0) : (x >> y);
      break;
    case OperatorKind::Pow: {
      if (y < 0 || y > 64) return false;
      r = 1;
      for (int64_t i = 0; i < y; i++)
        if (__builtin_mul_overflow(r, x, &r)) return false;
      break;
    }
    default: return false;
  }
  if (r < INTPTR_MIN || r > INTPTR_MAX || !Value::fits_small(static_cast<intptr_t>(r))) return false;
  *out = static_cast<intptr_t>(r);
  return true;
}

// --- MicroPython const() ----------------------------------------------------------

bool const_name_value(Compiler* c, const Str* name, Value* out) {
  for (uint32_t i = 0; i < c->n_const_names; i++) {
    if (c->const_names[i].name == name) {
      *out = c->const_names[i].value;
      return true;
    }
  }
  return false;
}

// `const(x)` or `micropython.const(x)`: *arg = x.
static bool is_const_call(Node* v, Node** arg) {
  if (!v->is<Call>()) return false;
  Call* call = v->as<Call>();
  if (call->args.count != 1 || call->keywords.count || call->args[0]->is<Starred>()) return false;
  Node* f = call->func;
  bool named = f->is<Name>() && f->as<Name>()->id.eq("const");
  bool dotted = f->is<Attribute>() && f->as<Attribute>()->attr.eq("const") &&
                f->as<Attribute>()->value->is<Name>() && f->as<Attribute>()->value->as<Name>()->id.eq("micropython");
  if (!named && !dotted) return false;
  *arg = call->args[0];
  return true;
}

// A const() argument: literals, earlier const names, small-int arithmetic.
static bool fold_const(Compiler* c, Node* e, Value* out) {
  check_stack();
  if (e->is<Name>()) return const_name_value(c, ident_str(c, e->as<Name>()->id), out);
  if (e->is<BinOp>()) {
    BinOp* b = e->as<BinOp>();
    Value x, y;
    intptr_t r;
    if (!fold_const(c, b->left, &x) || !fold_const(c, b->right, &y)) return false;
    if (!x.is_small() || !y.is_small() || !fold_ints(b->op, x.small(), y.small(), &r)) return false;
    *out = int_from(r);
    return true;
  }
  if (e->is<UnaryOp>() && e->as<UnaryOp>()->op != UnaryOpKind::Not) {
    UnaryOp* un = e->as<UnaryOp>();
    Value x;
    if (!fold_const(c, un->operand, &x)) return false;
    if (x.is_small()) {
      intptr_t v = x.small();
      *out = int_from(un->op == UnaryOpKind::USub ? -v : un->op == UnaryOpKind::Invert ? ~v : v);
      return true;
    }
    return const_value(c, e, out);
  }
  return const_value(c, e, out);
}

bool compile_const_assign(Compiler* c, Assign* a) {
  Unit* u = c->u;
  Node* arg;
  if (u->scope->kind != ScopeKind::Module || a->targets.count != 1 || !a->targets[0]->is<Name>() ||
      !is_const_call(a->value, &arg))
    return false;
  Value v;
  if (!fold_const(c, arg, &v)) return false;
  const Str* name = ident_str(c, a->targets[0]->as<Name>()->id);
  bool found = false;
  for (uint32_t i = 0; i < c->n_const_names; i++) {
    if (c->const_names[i].name == name) {
      c->const_names[i].value = v;
      found = true;
    }
  }
  if (!found) {
    if (c->n_const_names == c->cap_const_names) {
      uint32_t cap = c->cap_const_names ? c->cap_const_names * 2 : 8;
      c->const_names = c->const_names
                           ? static_cast<ConstName*>(gc::realloc(c->const_names, cap * sizeof(ConstName)))
                           : static_cast<ConstName*>(gc::alloc(cap * sizeof(ConstName)));
      c->cap_const_names = cap;
    }
    c->const_names[c->n_const_names++] = ConstName{name, v};
  }
  // A private const (`_NAME`) exists only at compile time.
  if (name->len && name->data()[0] == '_') return true;
  emit_value(u, v);
  compile_name(c, name, NameOp::Store, a->targets[0]);
  return true;
}

// Left-nested chains (1+2+3+...) can be hundreds of thousands deep: the
// left spine is reversed in place and walked bottom-up without recursion,
// then restored on the way.
static void compile_binop(Compiler* c, Node* e) {
  Unit* u = c->u;
  Node* prev = nullptr;
  Node* cur = e;
  while (cur->is<BinOp>()) {
    BinOp* b = cur->as<BinOp>();
    Node* l = b->left;
    b->left = prev;
    prev = cur;
    cur = l;
  }
  Node* child = cur;
  intptr_t acc = 0;
  bool pending = small_int_const(cur, &acc);
  if (!pending) compile_expr(c, cur);
  while (prev) {
    BinOp* b = prev->as<BinOp>();
    Node* parent = b->left;
    b->left = child;
    intptr_t rhs, r;
    if (pending && small_int_const(b->right, &rhs) && fold_ints(b->op, acc, rhs, &r)) {
      acc = r;
    } else {
      if (pending) {
        u->line = b->line;
        emit_int(u, acc);
        pending = false;
      }
      compile_expr(c, b->right);
      u->line = b->line;
      emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(binop_of(b->op)));
    }
    child = prev;
    prev = parent;
  }
  if (pending) emit_int(u, acc);
}

// A chain of unary operators (- - ~ x) is walked without recursion: its
// links are reversed in place (as in compile_binop) and followed back from
// the innermost operand, folding constants on the way up for as long as
// every step is certain (- and + on a number, ~ on an int). Each node is
// looked at once, so a chain of any length compiles in linear time.
static void compile_unary(Compiler* c, UnaryOp* un) {
  Unit* u = c->u;
  intptr_t small_v;
  if (un->op == UnaryOpKind::USub && small_int_const(un, &small_v)) {
    emit_int(u, small_v);
    return;
  }
  Node* prev = nullptr;
  Node* cur = un;
  while (cur->is<UnaryOp>()) {
    UnaryOp* x = cur->as<UnaryOp>();
    Node* next = x->operand;
    x->operand = prev;
    prev = cur;
    cur = next;
  }
  Node* child = cur;
  bool folding = !u->dead && is_number_literal(cur);
  Value v = Value::null();
  if (folding) v = constant_value(c, cur->as<Constant>());
  else compile_expr(c, cur);
  while (prev) {
    UnaryOp* x = prev->as<UnaryOp>();
    Node* parent = x->operand;
    x->operand = child;
    if (folding) {
      if (x->op == UnaryOpKind::USub) v = unary_op(minnow::UnaryOp::Neg, v);
      else if (x->op == UnaryOpKind::Invert && is_int(v)) v = unary_op(minnow::UnaryOp::Invert, v);
      else if (x->op != UnaryOpKind::UAdd) {
        emit_value(u, v);
        folding = false;
      }
    }
    if (!folding) {
      u->line = x->line;
      switch (x->op) {
        case UnaryOpKind::Invert: emit(u, Op::UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(u, Op::UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(u, Op::UNARY_POS); break;
        case UnaryOpKind::USub: emit(u, Op::UNARY_NEG); break;
      }
    }
    child = prev;
    prev = parent;
  }
  if (folding) emit_value(u, v);
}

static void emit_compare(Unit* u, CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Eq)); break;
    case CmpOpKind::NotEq: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Ne)); break;
    case CmpOpKind::Lt: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Lt)); break;
    case CmpOpKind::LtE: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Le)); break;
    case CmpOpKind::Gt: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Gt)); break;
    case CmpOpKind::GtE: emit_arg(u, Op::BINARY_OP, static_cast<uint32_t>(minnow::BinOp::Ge)); break;
    case CmpOpKind::Is: emit_arg(u, Op::IS_OP, 0); break;
    case CmpOpKind::IsNot: emit_arg(u, Op::IS_OP, 1); break;
    case CmpOpKind::In: emit_arg(u, Op::CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: emit_arg(u, Op::CONTAINS_OP, 1); break;
  }
}

// a < b < c: each middle operand is evaluated once and kept for the next
// comparison; the chain stops at the first false result.
static void compile_compare(Compiler* c, Compare* cmp) {
  Unit* u = c->u;
  compile_expr(c, cmp->left);
  uint32_t n = cmp->comparators.count;
  if (n == 1) {
    compile_expr(c, cmp->comparators[0]);
    u->line = cmp->line;
    emit_compare(u, cmp->ops[0]);
    return;
  }
  Label cleanup = new_label(u), end = new_label(u);
  for (uint32_t i = 0; i + 1 < n; i++) {
    compile_expr(c, cmp->comparators[i]);
    u->line = cmp->line;
    emit_arg(u, Op::SWAP, 2);
    emit_arg(u, Op::COPY, 2);
    emit_compare(u, cmp->ops[i]);
    emit_jump(u, Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compile_expr(c, cmp->comparators[n - 1]);
  u->line = cmp->line;
  emit_compare(u, cmp->ops[n - 1]);
  emit_jump(u, Op::JUMP, end);
  bind_label(u, cleanup);
  emit_arg(u, Op::SWAP, 2);
  emit(u, Op::POP_TOP);
  bind_label(u, end);
}

static void compile_boolop(Compiler* c, BoolOp* b) {
  Unit* u = c->u;
  Label end = new_label(u);
  Op jump = b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  for (uint32_t i = 0; i + 1 < b->values.count; i++) {
    compile_expr(c, b->values[i]);
    emit_jump(u, jump, end);
  }
  compile_expr(c, b->values[b->values.count - 1]);
  bind_label(u, end);
}

void compile_jump_if(Compiler* c, Node* e, Label target, bool cond) {
  check_stack();
  Unit* u = c->u;
  uint32_t saved_line = u->line;
  u->line = e->line;
  bool truth;
  if (e->is<UnaryOp>() && e->as<UnaryOp>()->op == UnaryOpKind::Not) {
    compile_jump_if(c, e->as<UnaryOp>()->operand, target, !cond);
  } else if (e->is<BoolOp>()) {
    BoolOp* b = e->as<BoolOp>();
    // `and` jumps out on the first false operand, `or` on the first true one.
    bool short_on = b->op == BoolOpKind::Or;
    uint32_t n = b->values.count;
    if (cond == short_on) {
      for (Node* v : b->values) compile_jump_if(c, v, target, cond);
    } else {
      Label next = new_label(u);
      for (uint32_t i = 0; i + 1 < n; i++) compile_jump_if(c, b->values[i], next, short_on);
      compile_jump_if(c, b->values[n - 1], target, cond);
      bind_label(u, next);
    }
  } else if (known_truth(c, e, &truth)) {
    if (truth == cond) emit_jump(u, Op::JUMP, target);
  } else {
    compile_expr(c, e);
    u->line = e->line;
    emit_jump(u, cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, target);
  }
  u->line = saved_line;
}

// --- Displays -----------------------------------------------------------------------------

// Tuple, list and set displays, with *starred items.
static void compile_sequence(Compiler* c, const Seq<Node>& elts, NodeKind kind, Node* whole) {
  Unit* u = c->u;
  uint32_t n = elts.count;
  bool star = false;
  for (Node* x : elts)
    if (x->is<Starred>()) star = true;
  if (kind == NodeKind::Tuple && !star) {
    Value v;
    if (!u->dead && const_value(c, whole, &v)) {
      emit_const(u, v);
      return;
    }
  }
  Op build = kind == NodeKind::Set ? Op::BUILD_SET : Op::BUILD_LIST;
  if (!star && n <= kStackItems) {
    for (Node* x : elts) compile_expr(c, x);
    emit_arg(u, kind == NodeKind::Tuple ? Op::BUILD_TUPLE : build, n);
    return;
  }
  uint32_t k = 0;
  while (k < n && k < kStackItems && !elts[k]->is<Starred>()) compile_expr(c, elts[k++]);
  emit_arg(u, build, k);
  Op add = kind == NodeKind::Set ? Op::SET_ADD : Op::LIST_APPEND;
  Op extend = kind == NodeKind::Set ? Op::SET_UPDATE : Op::LIST_EXTEND;
  for (; k < n; k++) {
    Node* x = elts[k];
    if (x->is<Starred>()) {
      compile_expr(c, x->as<Starred>()->value);
      emit_arg(u, extend, 1);
    } else {
      compile_expr(c, x);
      emit_arg(u, add, 1);
    }
  }
  if (kind == NodeKind::Tuple) emit(u, Op::LIST_TO_TUPLE);
}

static void compile_dict(Compiler* c, Dict* d) {
  Unit* u = c->u;
  uint32_t n = d->values.count;
  bool have = false;
  uint32_t i = 0;
  while (i < n) {
    if (!d->keys[i]) {
      if (!have) emit_arg(u, Op::BUILD_MAP, 0);
      have = true;
      compile_expr(c, d->values[i]);
      emit_arg(u, Op::DICT_UPDATE, 1);
      i++;
      continue;
    }
    if (!have) {
      uint32_t j = i;
      while (j < n && d->keys[j] && j - i < kStackItems / 2) {
        compile_expr(c, d->keys[j]);
        compile_expr(c, d->values[j]);
        j++;
      }
      emit_arg(u, Op::BUILD_MAP, j - i);
      have = true;
      i = j;
    } else {
      compile_expr(c, d->keys[i]);
      compile_expr(c, d->values[i]);
      emit_arg(u, Op::MAP_ADD, 1);
      i++;
    }
  }
  if (!have) emit_arg(u, Op::BUILD_MAP, 0);
}

static void compile_joined_str(Compiler* c, JoinedStr* js) {
  Unit* u = c->u;
  uint32_t n = js->values.count;
  if (n == 0) {
    emit_const(u, qv(QSTR(empty_)));
    return;
  }
  for (Node* v : js->values) compile_expr(c, v);
  if (n > 1 || !js->values[0]->is<FormattedValue>()) {
    if (n > 1) emit_arg(u, Op::BUILD_STRING, n);
  }
}

static void compile_formatted_value(Compiler* c, FormattedValue* fv) {
  Unit* u = c->u;
  compile_expr(c, fv->value);
  uint32_t arg = 0;
  switch (fv->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
  }
  if (fv->format_spec) {
    compile_expr(c, fv->format_spec);
    arg |= 4;
  }
  u->line = fv->line;
  emit_arg(u, Op::FORMAT_VALUE, arg);
}

// --- Calls -------------------------------------------------------------------------------------

static void check_keywords(Compiler* c, const Seq<keyword>& kws) {
  for (uint32_t i = 1; i < kws.count; i++) {
    if (!kws[i]->arg.s) continue;
    for (uint32_t j = 0; j < i; j++) {
      if (kws[j]->arg.s && kws[j]->arg.len == kws[i]->arg.len &&
          memcmp(kws[j]->arg.s, kws[i]->arg.s, kws[i]->arg.len) == 0)
        syntax_error_name(c, kws[i]->line, kws[i]->col, "keyword argument repeated: ", kws[i]->arg.s,
                          kws[i]->arg.len, nullptr);
    }
  }
}

// Can the arguments go on the stack for CALL/CALL_KW/CALL_METHOD(_KW)?
static bool simple_call(const Seq<Node>& args, const Seq<keyword>& kws, uint32_t extra) {
  for (Node* a : args)
    if (a->is<Starred>()) return false;
  for (keyword* k : kws)
    if (k->is_double_star()) return false;
  return extra + args.count + 2 * kws.count <= kStackItems;
}

void compile_call_args(Compiler* c, const Seq<Node>& args, const Seq<keyword>& kws, uint32_t extra,
                       bool method) {
  Unit* u = c->u;
  check_keywords(c, kws);
  uint32_t n = extra + args.count;
  if (simple_call(args, kws, extra)) {
    for (Node* a : args) compile_expr(c, a);
    for (keyword* k : kws) {
      emit_const(u, qv(intern_ident(k->arg)));
      compile_expr(c, k->value);
    }
    if (kws.count)
      emit_arg(u, method ? Op::CALL_METHOD_KW : Op::CALL_KW, n | (kws.count << 8));
    else
      emit_arg(u, method ? Op::CALL_METHOD : Op::CALL, n);
    return;
  }
  // The general form: fn, a tuple of positionals and maybe a dict.
  uint32_t k = 0;
  while (k < args.count && extra + k < kStackItems && !args[k]->is<Starred>()) compile_expr(c, args[k++]);
  emit_arg(u, Op::BUILD_LIST, extra + k);
  for (; k < args.count; k++) {
    Node* a = args[k];
    if (a->is<Starred>()) {
      compile_expr(c, a->as<Starred>()->value);
      emit_arg(u, Op::LIST_EXTEND, 1);
    } else {
      compile_expr(c, a);
      emit_arg(u, Op::LIST_APPEND, 1);
    }
  }
  emit(u, Op::LIST_TO_TUPLE);
  if (!kws.count) {
    emit_arg(u, Op::CALL_EX, 0);
    return;
  }
  bool have = false;
  uint32_t i = 0;
  while (i < kws.count) {
    if (kws[i]->is_double_star()) {
      if (!have) emit_arg(u, Op::BUILD_MAP, 0);
      have = true;
      compile_expr(c, kws[i]->value);
      emit_arg(u, Op::DICT_MERGE, 1);
      i++;
      continue;
    }
    uint32_t j = i;
    while (j < kws.count && !kws[j]->is_double_star() && j - i < kStackItems / 2) {
      emit_const(u, qv(intern_ident(kws[j]->arg)));
      compile_expr(c, kws[j]->value);
      j++;
    }
    emit_arg(u, Op::BUILD_MAP, j - i);
    if (have) emit_arg(u, Op::DICT_MERGE, 1);
    have = true;
    i = j;
  }
  emit_arg(u, Op::CALL_EX, 1);
}

// super() with no arguments inside a method becomes super(__class__, self).
static bool compile_zero_arg_super(Compiler* c, Call* call) {
  if (!call->func->is<Name>() || call->args.count || call->keywords.count) return false;
  Name* fn = call->func->as<Name>();
  if (!fn->id.eq("super")) return false;
  Scope* s = c->u->scope;
  if (s->kind != ScopeKind::Function && s->kind != ScopeKind::Lambda) return false;
  Symbol* sup = scope_find(s, QSTR(super));
  if (sup && sup->bind != Bind::GlobalImplicit && sup->bind != Bind::GlobalExplicit) return false;
  Symbol* cls = scope_find(s, QSTR(__class__));
  if (!cls || cls->bind != Bind::Free || s->n_pos == 0) return false;
  Unit* u = c->u;
  compile_name(c, QSTR(super), NameOp::Load, fn);
  emit_arg(u, Op::LOAD_DEREF, cls->slot);
  Symbol* self = &s->syms[0];
  emit_arg(u, self->bind == Bind::Cell ? Op::LOAD_DEREF : Op::LOAD_FAST, self->slot);
  u->line = call->line;
  emit_arg(u, Op::CALL, 2);
  return true;
}

static void compile_call(Compiler* c, Call* call) {
  Unit* u = c->u;
  if (compile_zero_arg_super(c, call)) return;
  Node* fn = call->func;
  if (fn->is<Attribute>() && simple_call(call->args, call->keywords, 0)) {
    Attribute* a = fn->as<Attribute>();
    compile_expr(c, a->value);
    u->line = a->line;
    emit_nc(u, Op::LOAD_METHOD, add_name(u, ident_str(c, a->attr)));
    compile_call_args(c, call->args, call->keywords, 0, true);
    return;
  }
  compile_expr(c, fn);
  compile_call_args(c, call->args, call->keywords, 0, false);
}

// --- Targets ------------------------------------------------------------------------------------

static void compile_unpack(Compiler* c, const Seq<Node>& elts, Node* whole) {
  Unit* u = c->u;
  int32_t star = -1;
  for (uint32_t i = 0; i < elts.count; i++) {
    if (!elts[i]->is<Starred>()) continue;
    if (star >= 0) syntax_error(c, whole, "multiple starred expressions in assignment");
    star = static_cast<int32_t>(i);
  }
  if (star < 0) {
    emit_arg(u, Op::UNPACK_SEQUENCE, elts.count);
  } else {
    uint32_t before = static_cast<uint32_t>(star);
    uint32_t after = elts.count - before - 1;
    if (before >= 256 || after >= (1u << 24))
      syntax_error(c, whole, "too many expressions in star-unpacking assignment");
    emit_arg(u, Op::UNPACK_EX, before | (after << 8));
  }
  for (Node* x : elts) compile_store(c, x->is<Starred>() ? x->as<Starred>()->value : x);
}

void compile_store(Compiler* c, Node* t) {
  check_stack();
  Unit* u = c->u;
  uint32_t saved_line = u->line;
  switch (t->kind) {
    case NodeKind::Name: compile_name(c, ident_str(c, t->as<Name>()->id), NameOp::Store, t); break;
    case NodeKind::Attribute: {
      Attribute* a = t->as<Attribute>();
      compile_expr(c, a->value);
      u->line = a->line;
      emit_nc(u, Op::STORE_ATTR, add_name(u, ident_str(c, a->attr)));
      break;
    }
    case NodeKind::Subscript:
      compile_expr(c, t->as<Subscript>()->value);
      compile_expr(c, t->as<Subscript>()->slice);
      u->line = t->line;
      emit(u, Op::STORE_SUBSCR);
      break;
    case NodeKind::Tuple: compile_unpack(c, t->as<Tuple>()->elts, t); break;
    case NodeKind::List: compile_unpack(c, t->as<List>()->elts, t); break;
    case NodeKind::Starred: syntax_error(c, t, "starred assignment target must be in a list or tuple");
    default: syntax_error(c, t, "cannot assign to expression");
  }
  u->line = saved_line;
}

void compile_delete(Compiler* c, Node* t) {
  check_stack();
  Unit* u = c->u;
  u->line = t->line;
  switch (t->kind) {
    case NodeKind::Name: compile_name(c, ident_str(c, t->as<Name>()->id), NameOp::Delete, t); break;
    case NodeKind::Attribute: {
      Attribute* a = t->as<Attribute>();
      compile_expr(c, a->value);
      u->line = a->line;
      emit_arg(u, Op::DELETE_ATTR, add_name(u, ident_str(c, a->attr)));
      break;
    }
    case NodeKind::Subscript:
      compile_expr(c, t->as<Subscript>()->value);
      compile_expr(c, t->as<Subscript>()->slice);
      u->line = t->line;
      emit(u, Op::DELETE_SUBSCR);
      break;
    case NodeKind::Tuple:
      for (Node* x : t->as<Tuple>()->elts) compile_delete(c, x);
      break;
    case NodeKind::List:
      for (Node* x : t->as<List>()->elts) compile_delete(c, x);
      break;
    default: syntax_error(c, t, "cannot delete expression");
  }
}

// --- The dispatcher ---------------------------------------------------------------------------------

void compile_expr(Compiler* c, Node* e) {
  check_stack();
  Unit* u = c->u;
  uint32_t saved_line = u->line;
  u->line = e->line;
  switch (e->kind) {
    case NodeKind::BoolOp: compile_boolop(c, e->as<BoolOp>()); break;
    case NodeKind::NamedExpr:
      compile_expr(c, e->as<NamedExpr>()->value);
      emit_arg(u, Op::COPY, 1);
      compile_store(c, e->as<NamedExpr>()->target);
      break;
    case NodeKind::BinOp: compile_binop(c, e); break;
    case NodeKind::UnaryOp: compile_unary(c, e->as<UnaryOp>()); break;
    case NodeKind::Lambda: compile_lambda(c, e->as<Lambda>()); break;
    case NodeKind::IfExp: {
      IfExp* x = e->as<IfExp>();
      Label other = new_label(u), end = new_label(u);
      compile_jump_if(c, x->test, other, false);
      compile_expr(c, x->body);
      emit_jump(u, Op::JUMP, end);
      bind_label(u, other);
      compile_expr(c, x->orelse);
      bind_label(u, end);
      break;
    }
    case NodeKind::Dict: compile_dict(c, e->as<Dict>()); break;
    case NodeKind::Set: compile_sequence(c, e->as<Set>()->elts, NodeKind::Set, e); break;
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp: compile_comprehension(c, e); break;
    case NodeKind::Await: {
      Scope* s = u->scope;
      if (!s->is_function_like()) syntax_error(c, e, "'await' outside function");
      if (s->kind != ScopeKind::Comprehension && !(s->kind == ScopeKind::Function && s->is_async))
        syntax_error(c, e, "'await' outside async function");
      compile_expr(c, e->as<Await>()->value);
      u->line = e->line;
      emit_await(u);
      break;
    }
    case NodeKind::Yield:
      if (e->as<Yield>()->value)
        compile_expr(c, e->as<Yield>()->value);
      else
        emit(u, Op::LOAD_NONE);
      u->line = e->line;
      emit(u, Op::YIELD_VALUE);
      break;
    case NodeKind::YieldFrom:
      if (u->scope->is_async) syntax_error(c, e, "'yield from' inside async function");
      compile_expr(c, e->as<YieldFrom>()->value);
      u->line = e->line;
      emit(u, Op::GET_YIELD_FROM_ITER);
      emit(u, Op::LOAD_NONE);
      emit(u, Op::YIELD_FROM);
      break;
    case NodeKind::Compare: compile_compare(c, e->as<Compare>()); break;
    case NodeKind::Call: compile_call(c, e->as<Call>()); break;
    case NodeKind::FormattedValue: compile_formatted_value(c, e->as<FormattedValue>()); break;
    case NodeKind::JoinedStr: compile_joined_str(c, e->as<JoinedStr>()); break;
    case NodeKind::Constant: compile_constant(c, e->as<Constant>()); break;
    case NodeKind::Attribute: {
      Attribute* a = e->as<Attribute>();
      compile_expr(c, a->value);
      u->line = a->line;
      emit_nc(u, Op::LOAD_ATTR, add_name(u, ident_str(c, a->attr)));
      break;
    }
    case NodeKind::Subscript:
      compile_expr(c, e->as<Subscript>()->value);
      compile_expr(c, e->as<Subscript>()->slice);
      u->line = e->line;
      emit(u, Op::BINARY_SUBSCR);
      break;
    case NodeKind::Starred: syntax_error(c, e, "can't use starred expression here");
    case NodeKind::Name: compile_name(c, ident_str(c, e->as<Name>()->id), NameOp::Load, e); break;
    case NodeKind::List: compile_sequence(c, e->as<List>()->elts, NodeKind::List, e); break;
    case NodeKind::Tuple: compile_sequence(c, e->as<Tuple>()->elts, NodeKind::Tuple, e); break;
    case NodeKind::Slice: {
      Slice* s = e->as<Slice>();
      if (s->lower)
        compile_expr(c, s->lower);
      else
        emit(u, Op::LOAD_NONE);
      if (s->upper)
        compile_expr(c, s->upper);
      else
        emit(u, Op::LOAD_NONE);
      if (s->step) compile_expr(c, s->step);
      emit_arg(u, Op::BUILD_SLICE, s->step ? 3 : 2);
      break;
    }
    default: syntax_error(c, e, "unexpected node in an expression");
  }
  u->line = saved_line;
}

}  // namespace minnow::compiler
