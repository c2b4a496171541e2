// Generic object protocol: operators, truth, hashing, calls, subscripts,
// iteration and argument checking. Attribute lookup and classes live in
// obj/type.cpp; this file dispatches to type slots and, for classes written
// in Python, to their special methods.
#include "vm/runtime.h"

#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

// ---------------------------------------------------------------------------
// Types.

bool is_subtype(const Type* a, const Type* b) {
  if (a == b || b == &object_type) return true;
  if (const Tuple* mro = class_mro(a)) {
    for (size_t i = 0; i < mro->len; i++)
      if (mro->items()[i].as<Type>() == b) return true;
    return false;
  }
  for (const Type* t = a->base; t; t = t->base)
    if (t == b) return true;
  return false;
}

bool isinstance(Value v, const Type* t) { return is_subtype(type_of(v), t); }

Value native_of(Value v, const Type* native) {
  if (v.is_obj()) {
    const Type* t = v.obj()->type;
    if ((t->flags & kTypeHeap) && (t->flags & kTypeHasInstanceDict)) {
      Value b = v.as<Instance>()->base;
      if (!b.is_null() && (!native || isinstance(b, native))) return b;
    }
  }
  return v;
}

const char* type_name(Value v) { return type_of(v)->name->data(); }

// ---------------------------------------------------------------------------
// Special-method helpers for Python classes.

// Looks name up on the type of obj; if it is there, calls it bound to obj
// with n args and stores the result. Returns false if there is no such method.
static bool call_special(Value obj, const Str* name, size_t n, const Value* args, Value* result) {
  Value dest[2];
  const Type* t = type_of(obj);
  Value m = type_lookup(t, name);
  if (m.is_null()) return false;
  (void)dest;
  // Bind like attribute access would (functions get self; static/class
  // methods and descriptors behave as in getattr).
  Value buf[4];
  if (n > 3) raise_type_error("too many arguments");
  if (is_type(m, &function_type) || is_type(m, &builtin_fn_type)) {
    buf[0] = is_type(m, &builtin_fn_type) ? native_of(obj, nullptr) : obj;
    for (size_t i = 0; i < n; i++) buf[i + 1] = args[i];
    Value r = call(m, n + 1, 0, buf);
    // A builtin method that returns its (builtin) self returns the instance.
    *result = r == buf[0] ? obj : r;
    return true;
  }
  Value bound = getattr(obj, name);
  *result = call(bound, n, 0, args);
  return true;
}

struct OpNames {
  const Str* fwd;
  const Str* rev;
  const Str* inplace;
};

static OpNames op_names(BinOp op) {
  switch (non_inplace(op)) {
    case BinOp::Add: return {QSTR(__add__), QSTR(__radd__), QSTR(__iadd__)};
    case BinOp::Sub: return {QSTR(__sub__), QSTR(__rsub__), QSTR(__isub__)};
    case BinOp::Mul: return {QSTR(__mul__), QSTR(__rmul__), QSTR(__imul__)};
    case BinOp::MatMul: return {QSTR(__matmul__), QSTR(__rmatmul__), QSTR(__imatmul__)};
    case BinOp::TrueDiv: return {QSTR(__truediv__), QSTR(__rtruediv__), QSTR(__itruediv__)};
    case BinOp::FloorDiv: return {QSTR(__floordiv__), QSTR(__rfloordiv__), QSTR(__ifloordiv__)};
    case BinOp::Mod: return {QSTR(__mod__), QSTR(__rmod__), QSTR(__imod__)};
    case BinOp::Pow: return {QSTR(__pow__), QSTR(__rpow__), QSTR(__ipow__)};
    case BinOp::LShift: return {QSTR(__lshift__), QSTR(__rlshift__), QSTR(__ilshift__)};
    case BinOp::RShift: return {QSTR(__rshift__), QSTR(__rrshift__), QSTR(__irshift__)};
    case BinOp::And: return {QSTR(__and__), QSTR(__rand__), QSTR(__iand__)};
    case BinOp::Or: return {QSTR(__or__), QSTR(__ror__), QSTR(__ior__)};
    case BinOp::Xor: return {QSTR(__xor__), QSTR(__rxor__), QSTR(__ixor__)};
    case BinOp::Lt: return {QSTR(__lt__), QSTR(__gt__), nullptr};
    case BinOp::Le: return {QSTR(__le__), QSTR(__ge__), nullptr};
    case BinOp::Eq: return {QSTR(__eq__), QSTR(__eq__), nullptr};
    case BinOp::Ne: return {QSTR(__ne__), QSTR(__ne__), nullptr};
    case BinOp::Gt: return {QSTR(__gt__), QSTR(__lt__), nullptr};
    case BinOp::Ge: return {QSTR(__ge__), QSTR(__le__), nullptr};
    case BinOp::DivMod: return {QSTR(__divmod__), QSTR(__rdivmod__), nullptr};
    default: return {nullptr, nullptr, nullptr};
  }
}

// Does a Python class define name itself (before reaching a builtin type)?
static bool heap_defines(const Type* t, const Str* name) {
  const Tuple* mro = class_mro(t);
  if (!mro) return false;
  for (size_t i = 0; i < mro->len; i++) {
    Dict* d = class_dict(mro->items()[i].as<Type>());
    if (!d) return false;
    if (!dict_get_str(d, name).is_null()) return true;
  }
  return false;
}

// The builtin slot of a value's native type, applied to unwrapped operands.
static Value native_binary(const Type* t, BinOp op, Value a, Value b) {
  const Type* n = t->native ? t->native : t;
  if (!n->slots->binary_op) return Value::not_impl_slot();
  return n->slots->binary_op(op, native_of(a, nullptr), native_of(b, nullptr));
}

static Value try_special(Value self, const Str* name, Value other) {
  Value r;
  if (!name || !call_special(self, name, 1, &other, &r)) return Value::not_impl_slot();
  if (r == not_implemented()) return Value::not_impl_slot();
  return r;
}

static Value user_binary_op(BinOp op, Value a, Value b) {
  const Type* ta = type_of(a);
  const Type* tb = type_of(b);
  OpNames names = op_names(op);
  Value r;
  if (is_inplace(op)) {
    if (heap_defines(ta, names.inplace)) {
      r = try_special(a, names.inplace, b);
      if (!r.is_not_impl_slot()) return r;
    } else if (!is_heap_type(ta) || !heap_defines(ta, names.fwd)) {
      r = native_binary(ta, op, a, b);
      if (!r.is_not_impl_slot()) return r == native_of(a, nullptr) ? a : r;
    }
    op = non_inplace(op);
  }
  if (op == BinOp::Contains) {
    // a is the container.
    if (heap_defines(ta, QSTR(__contains__))) {
      Value res;
      call_special(a, QSTR(__contains__), 1, &b, &res);
      return bool_(truthy(res));
    }
    return native_binary(ta, op, a, b);
  }
  bool is_compare = op >= BinOp::Lt && op <= BinOp::Ge;
  if (op == BinOp::Ne && !heap_defines(ta, QSTR(__ne__)) && !heap_defines(tb, QSTR(__ne__))) {
    // The default __ne__ inverts __eq__.
    Value eq = user_binary_op(BinOp::Eq, a, b);
    if (eq.is_not_impl_slot()) return eq;
    return bool_(!truthy(eq));
  }
  bool reflected_first = ta != tb && is_subtype(tb, ta) && heap_defines(tb, names.rev);
  if (reflected_first) {
    r = try_special(b, names.rev, a);
    if (!r.is_not_impl_slot()) return r;
  }
  if (heap_defines(ta, names.fwd)) {
    r = try_special(a, names.fwd, b);
    if (!r.is_not_impl_slot()) return r;
  } else {
    r = native_binary(ta, op, a, b);
    if (!r.is_not_impl_slot()) return r;
  }
  if ((ta != tb || is_compare) && !reflected_first) {
    if (heap_defines(tb, names.rev)) {
      r = try_special(b, names.rev, a);
      if (!r.is_not_impl_slot()) return r;
    } else if (tb->native != ta->native || !is_heap_type(ta)) {
      r = native_binary(tb, op, a, b);
      if (!r.is_not_impl_slot()) return r;
    }
  }
  return Value::not_impl_slot();
}

// ---------------------------------------------------------------------------
// Operators.

static Value small_int_op(BinOp op, intptr x, intptr y, bool* done) {
  *done = true;
  intptr r;
  switch (op) {
    case BinOp::Add: case BinOp::IAdd:
      if (!__builtin_add_overflow(x, y, &r) && Value::fits_small(r)) return small(r);
      break;
    case BinOp::Sub: case BinOp::ISub:
      if (!__builtin_sub_overflow(x, y, &r) && Value::fits_small(r)) return small(r);
      break;
    case BinOp::Mul: case BinOp::IMul:
      if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small(r)) return small(r);
      break;
    case BinOp::Lt: return bool_(x < y);
    case BinOp::Le: return bool_(x <= y);
    case BinOp::Eq: return bool_(x == y);
    case BinOp::Ne: return bool_(x != y);
    case BinOp::Gt: return bool_(x > y);
    case BinOp::Ge: return bool_(x >= y);
    case BinOp::And: case BinOp::IAnd: return small(x & y);
    case BinOp::Or: case BinOp::IOr: return small(x | y);
    case BinOp::Xor: case BinOp::IXor: return small(x ^ y);
    default: break;
  }
  *done = false;
  return Value::null();
}

Value binary_op(BinOp op, Value a, Value b) {
  const BinOp orig_op = op;
  if (a.is_small() && b.is_small()) {
    bool done;
    Value r = small_int_op(op, a.small(), b.small(), &done);
    if (done) return r;
  }
  const Type* ta = type_of(a);
  const Type* tb = type_of(b);
  Value r;
  if (is_heap_type(ta) || is_heap_type(tb)) {
    r = user_binary_op(op, a, b);
  } else {
    r = ta->slots->binary_op ? ta->slots->binary_op(op, a, b) : Value::not_impl_slot();
    if (r.is_not_impl_slot() && is_inplace(op)) {
      op = non_inplace(op);
      r = ta->slots->binary_op ? ta->slots->binary_op(op, a, b) : Value::not_impl_slot();
    }
    if (r.is_not_impl_slot() && tb != ta && tb->slots->binary_op && op != BinOp::Contains)
      r = tb->slots->binary_op(op, a, b);
  }
  if (!r.is_not_impl_slot()) return r;
  op = non_inplace(op);
  switch (op) {
    case BinOp::Eq: return bool_(a == b);
    case BinOp::Ne: return bool_(a != b);
    case BinOp::Contains: {
      // Fall back to iteration.
      Value it = getiter(a);
      for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) {
        if (equal(x, b)) return true_();
        check_interrupt();
      }
      return false_();
    }
    case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge: {
      static const char* const sym[] = {"<", "<=", "==", "!=", ">", ">="};
      raise_fmt(&exc::TypeError, "'%s' not supported between instances of '%s' and '%s'",
                sym[static_cast<int>(op) - static_cast<int>(BinOp::Lt)], type_name(a), type_name(b));
    }
    default: raise_binop_error(orig_op, a, b);
  }
}

bool equal(Value a, Value b) {
  if (a == b) return true;
  if (a.is_small() && b.is_small()) return false;
  // Interned and equal strings are the common case in dicts.
  if (is_str(a) && is_str(b)) return str_equal(a.as<Str>(), b.as<Str>());
  return truthy(binary_op(BinOp::Eq, a, b));
}

bool less(Value a, Value b) {
  if (a.is_small() && b.is_small()) return a.small() < b.small();
  return truthy(binary_op(BinOp::Lt, a, b));
}

bool contains(Value container, Value item) { return truthy(binary_op(BinOp::Contains, container, item)); }

static const Str* unary_name(UnaryOp op) {
  switch (op) {
    case UnaryOp::Bool: return QSTR(__bool__);
    case UnaryOp::Len: return QSTR(__len__);
    case UnaryOp::Hash: return QSTR(__hash__);
    case UnaryOp::Neg: return QSTR(__neg__);
    case UnaryOp::Pos: return QSTR(__pos__);
    case UnaryOp::Invert: return QSTR(__invert__);
    case UnaryOp::Abs: return QSTR(__abs__);
    case UnaryOp::Int: return QSTR(__int__);
    case UnaryOp::Float: return QSTR(__float__);
  }
  return nullptr;
}

// Returns not_impl_slot if the operation is not supported.
static Value unary_maybe(UnaryOp op, Value v) {
  if (v.is_small()) {
    intptr x = v.small();
    switch (op) {
      case UnaryOp::Bool: return bool_(x != 0);
      case UnaryOp::Hash: return v;
      case UnaryOp::Pos: case UnaryOp::Int: return v;
      case UnaryOp::Neg: return int_from(-x);
      case UnaryOp::Invert: return small(~x);
      case UnaryOp::Abs: return int_from(x < 0 ? -x : x);
      default: break;
    }
  }
  const Type* t = type_of(v);
  if (is_heap_type(t)) {
    const Str* name = unary_name(op);
    if (heap_defines(t, name)) {
      Value m = type_lookup(t, name);
      if (is_none(m)) return Value::not_impl_slot();  // __hash__ = None
      Value r;
      call_special(v, name, 0, nullptr, &r);
      return r;
    }
    const Type* n = t->native;
    if (n && n != &object_type && n->slots->unary_op) {
      Value r = n->slots->unary_op(op, native_of(v, nullptr));
      if (!r.is_not_impl_slot()) return r;
    }
    if (op == UnaryOp::Bool) {
      if (heap_defines(t, QSTR(__len__))) return bool_(len(v) != 0);
      return true_();
    }
    if (op == UnaryOp::Hash) return small(static_cast<intptr>(v.bits >> 3));
    return Value::not_impl_slot();
  }
  if (t->slots->unary_op) {
    Value r = t->slots->unary_op(op, v);
    if (!r.is_not_impl_slot()) return r;
  }
  if (op == UnaryOp::Bool) return true_();
  if (op == UnaryOp::Hash && !t->slots->binary_op) return small(static_cast<intptr>(v.bits >> 3));
  return Value::not_impl_slot();
}

Value unary_op(UnaryOp op, Value v) {
  Value r = unary_maybe(op, v);
  if (!r.is_not_impl_slot()) return r;
  switch (op) {
    case UnaryOp::Len: raise_fmt(&exc::TypeError, "object of type '%s' has no len()", type_name(v));
    case UnaryOp::Hash: raise_fmt(&exc::TypeError, "unhashable type: '%s'", type_name(v));
    case UnaryOp::Int: raise_fmt(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", type_name(v));
    case UnaryOp::Float: raise_fmt(&exc::TypeError, "must be real number, not %s", type_name(v));
    default: {
      static const char* const sym[] = {"", "", "", "-", "+", "~", "abs()", "", ""};
      raise_fmt(&exc::TypeError, "bad operand type for unary %s: '%s'", sym[static_cast<int>(op)], type_name(v));
    }
  }
}

bool truthy(Value v) {
  if (v == true_()) return true;
  if (v == false_() || v == none()) return false;
  if (v.is_small()) return v.small() != 0;
  Value r = unary_maybe(UnaryOp::Bool, v);
  if (r.is_not_impl_slot()) return true;
  if (r != true_() && r != false_())
    raise_fmt(&exc::TypeError, "__bool__ should return bool, returned %s", type_name(r));
  return r == true_();
}

intptr hash(Value v) {
  if (v.is_small()) return v.small() == -1 ? -2 : v.small();  // -1 is reserved, as in CPython
  if (is_str(v)) return static_cast<intptr>(str_hash(v.as<Str>()));
  Value r = unary_op(UnaryOp::Hash, v);
  if (r.is_small()) return r.small();
  if (is_int(r)) return static_cast<intptr>(hash(r));
  raise_type_error("__hash__ method should return an integer");
}

size_t len(Value v) {
  Value r = unary_op(UnaryOp::Len, v);
  if (!r.is_small() && is_int(r)) r = index_value(r);  // a bool or an int subclass
  if (!r.is_small()) {
    if (is_int(r)) raise_overflow_error("cannot fit 'int' into an index-sized integer");
    raise_fmt(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
  }
  if (r.small() < 0) raise_value_error("__len__() should return >= 0");
  return static_cast<size_t>(r.small());
}

// ---------------------------------------------------------------------------
// Printing.

void print_value(Printer* p, Value v, bool repr_) {
  check_stack();
  const Type* t = type_of(v);
  if (is_heap_type(t)) {
    const Str* name = repr_ ? QSTR(__repr__) : QSTR(__str__);
    if (heap_defines(t, name) || (!repr_ && heap_defines(t, QSTR(__repr__)))) {
      Value r;
      if (!call_special(v, heap_defines(t, name) ? name : QSTR(__repr__), 0, nullptr, &r)) r = none();
      const Str* s = as_str(r);
      if (!s) raise_fmt(&exc::TypeError, "__%s__ returned non-string (type %s)", repr_ ? "repr" : "str", type_name(r));
      p->write(p, s->data(), s->len);
      return;
    }
    const Type* n = t->native;
    if (n && n != &object_type && n->slots->print) {
      n->slots->print(p, native_of(v, nullptr), repr_);
      return;
    }
  }
  if (t->slots->print) {
    t->slots->print(p, v, repr_);
    return;
  }
  // <module.Class object at 0x...>
  print_cstr(p, "<");
  if (Dict* d = class_dict(t)) {
    Value mod = dict_get_str(d, QSTR(__module__));
    if (is_str(mod) && !str_equal(mod.as<Str>(), QSTR(builtins))) {
      p->write(p, mod.as<Str>()->data(), mod.as<Str>()->len);
      print_cstr(p, ".");
    }
  }
  print_cstr(p, t->name->data());
  print_cstr(p, " object at 0x");
  char buf[2 * sizeof(uintptr) + 1];
  uintptr x = v.bits;
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[x & 15];
    x >>= 4;
  } while (x);
  while (n) p->write(p, &buf[--n], 1);
  print_cstr(p, ">");
}

Value repr(Value v) {
  StrBuilder b;
  print_value(&b, v, true);
  return b.to_str();
}

Value str_of(Value v) {
  if (is_str(v)) return v;
  StrBuilder b;
  print_value(&b, v, false);
  return b.to_str();
}

// Objects whose repr is in progress, innermost last (fixed size: deeper
// nesting than this just loses the [...] detection beyond it).
static Value repr_stack[32];
static size_t repr_depth;
static size_t repr_overflow;

bool repr_enter(Value v) {
  check_stack();
  for (size_t i = 0; i < repr_depth; i++)
    if (repr_stack[i] == v) return false;
  if (repr_depth < 32) repr_stack[repr_depth++] = v;
  else repr_overflow++;
  return true;
}

void repr_leave(Value v) {
  if (repr_overflow) {
    repr_overflow--;
    return;
  }
  if (repr_depth && repr_stack[repr_depth - 1] == v) repr_depth--;
}

void repr_reset() { repr_depth = repr_overflow = 0; }

size_t repr_level() { return repr_depth + repr_overflow; }

void repr_unwind(size_t level) {
  if (level >= repr_depth + repr_overflow) return;
  // Entries past the 32 stored ones are only counted (repr_enter).
  repr_depth = level < 32 ? level : 32;
  repr_overflow = level - repr_depth;
}

// ---------------------------------------------------------------------------
// Calls.

Value call_with_first(Value fn, Value first, size_t n_args, size_t n_kw, const Value* args) {
  size_t total = n_args + 2 * n_kw;
  Value local[9];
  Value* buf = total + 1 <= 9 ? local : static_cast<Value*>(gc::alloc((total + 1) * sizeof(Value)));
  buf[0] = first;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(fn, n_args + 1, n_kw, buf);
}

Value call(Value fn, size_t n_args, size_t n_kw, const Value* args) {
  const Type* t = type_of(fn);
  if (t == &function_type) return function_call(fn.as<Function>(), n_args, n_kw, args);
  if (t == &builtin_fn_type) {
    // A builtin stored as a special method (class A: __len__ = len) is
    // bound like a method and can call itself without a Python frame.
    check_stack();
    const BuiltinFn* b = fn.as<BuiltinFn>();
    if (b->kind == FnKind::VarKw) return b->var_kw(n_args, n_kw, args);
    if (n_kw) raise_fmt(&exc::TypeError, "%q() takes no keyword arguments", b->name);
    switch (b->kind) {
      case FnKind::Fixed0:
        if (n_args != 0) raise_arg_count(b->name, 0, 0, n_args);
        return b->f0();
      case FnKind::Fixed1:
        if (n_args != 1) raise_arg_count(b->name, 1, 1, n_args);
        return b->f1(args[0]);
      case FnKind::Fixed2:
        if (n_args != 2) raise_arg_count(b->name, 2, 2, n_args);
        return b->f2(args[0], args[1]);
      case FnKind::Fixed3:
        if (n_args != 3) raise_arg_count(b->name, 3, 3, n_args);
        return b->f3(args[0], args[1], args[2]);
      case FnKind::Var:
        if (n_args < b->min_args || (b->max_args != 255 && n_args > b->max_args))
          raise_arg_count(b->name, b->min_args, b->max_args, n_args);
        return b->var(n_args, args);
      case FnKind::NumOp1:
        if (n_args != 1) raise_arg_count(b->name, 1, 1, n_args);
        return number_op1(b, args[0]);
      case FnKind::NumOp2:
        if (n_args != 2) raise_arg_count(b->name, 2, 2, n_args);
        return number_op2(b, args[0], args[1]);
      case FnKind::VarKw: break;
    }
  }
  // Callables that call other callables from C (staticmethod, a __call__
  // that is itself a callable instance) can nest without a Python frame.
  check_stack();
  if (t->slots->call) return t->slots->call(fn, n_args, n_kw, args);
  if (is_heap_type(t)) {
    Value m = type_lookup(t, QSTR(__call__));
    if (!m.is_null()) {
      if (is_type(m, &function_type) || is_type(m, &builtin_fn_type))
        return call_with_first(m, fn, n_args, n_kw, args);  // self in front
      // Anything else binds as attribute access does: a callable instance
      // is called without self, a staticmethod unwraps, a classmethod gets
      // the class. A chain of callable instances is followed in this loop,
      // as deep as the recursion limit (C.__call__ = C() never ends, and as
      // a C tail call it would not even use stack).
      Value target = fn;
      for (int depth = 0;; depth++) {
        if (depth >= ts.recursion_limit) raise_recursion_error();
        target = getattr(target, QSTR(__call__));
        const Type* tt = type_of(target);
        if (!is_heap_type(tt) || tt->slots->call) break;
        Value tm = type_lookup(tt, QSTR(__call__));
        if (tm.is_null() || is_type(tm, &function_type) || is_type(tm, &builtin_fn_type)) break;
      }
      return call(target, n_args, n_kw, args);
    }
  }
  raise_not_a(fn, "callable");
}

Value call0(Value fn) { return call(fn, 0, 0, nullptr); }
Value call1(Value fn, Value a) { return call(fn, 1, 0, &a); }
Value call2(Value fn, Value a, Value b) {
  Value args[2] = {a, b};
  return call(fn, 2, 0, args);
}

Value call_method(Value obj, const Str* name, size_t n_args, const Value* args) {
  Value dest[2];
  load_method(obj, name, dest);
  if (dest[1].is_null()) return call(dest[0], n_args, 0, args);
  return call_with_first(dest[0], dest[1], n_args, 0, args);
}

bool callable(Value v) {
  const Type* t = type_of(v);
  if (t->slots->call || t == &function_type || t == &builtin_fn_type) return true;
  return is_heap_type(t) && !type_lookup(t, QSTR(__call__)).is_null();
}

// ---------------------------------------------------------------------------
// Subscripts.

static Value subscr_op(Value obj, Value index, Value value) {
  const Type* t = type_of(obj);
  if (is_heap_type(t)) {
    const Str* name = value == kSubscrLoad ? QSTR(__getitem__)
                      : value == kSubscrDelete ? QSTR(__delitem__) : QSTR(__setitem__);
    if (heap_defines(t, name)) {
      Value r = none();
      Value args[2] = {index, value};
      call_special(obj, name, value == kSubscrLoad || value == kSubscrDelete ? 1 : 2, args, &r);
      return r;
    }
    const Type* n = t->native;
    if (n && n->slots->subscr) {
      if (value == kSubscrLoad && n == &dict_type && heap_defines(t, QSTR(__missing__))) {
        Value v = dict_get(native_of(obj, &dict_type).as<Dict>(), index);
        if (!v.is_null()) return v;
        Value r;
        call_special(obj, QSTR(__missing__), 1, &index, &r);
        return r;
      }
      return n->slots->subscr(native_of(obj, nullptr), index, value);
    }
  } else if (t->slots->subscr) {
    return t->slots->subscr(obj, index, value);
  } else if (t == &type_type && value == kSubscrLoad) {
    // list[int] and friends: generic aliases are not supported; return the class.
    Value m = type_lookup(obj.as<Type>(), QSTR(__class_getitem__));
    if (!m.is_null()) return call1(m, index);
  }
  if (value == kSubscrLoad) raise_not_a(obj, "subscriptable");
  if (value == kSubscrDelete) raise_fmt(&exc::TypeError, "'%s' object doesn't support item deletion", type_name(obj));
  raise_fmt(&exc::TypeError, "'%s' object does not support item assignment", type_name(obj));
}

Value subscr(Value obj, Value index) { return subscr_op(obj, index, kSubscrLoad); }
void store_subscr(Value obj, Value index, Value value) { subscr_op(obj, index, value); }
void delete_subscr(Value obj, Value index) { subscr_op(obj, index, kSubscrDelete); }

// ---------------------------------------------------------------------------
// Iteration.

// Iterator over an object with __getitem__ only (the old sequence protocol).
struct SeqIter {
  const Type* type;
  Value seq;
  intptr index;
};
static Value seq_iter_next(Value self) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return Value::stop();
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value v = subscr(it->seq, small(it->index));
    nlr_pop();
    it->index++;
    return v;
  } else {
    if (exc_matches(nb.exc, &exc::IndexError) || exc_matches(nb.exc, &exc::StopIteration)) {
      it->seq = Value::null();
      return Value::stop();
    }
    nlr_jump(nb.exc);
  }
}

Value iter_self(Value self) { return self; }

constexpr TypeSlots seq_iter_slots = iterator_slots(seq_iter_next);
constinit const Type seq_iter_type = {
    &type_type, QSTR(iterator), kTypeIterIsSelf, nullptr, &object_type, &seq_iter_slots, nullptr};

// Iterator that calls __next__ of a Python object.
static Value user_iter_next(Value it) {
  Value r;
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    if (!call_special(it, QSTR(__next__), 0, nullptr, &r)) {
      nlr_pop();
      raise_fmt(&exc::TypeError, "'%s' object is not an iterator", type_name(it));
    }
    nlr_pop();
    return r;
  } else {
    if (exc_matches(nb.exc, &exc::StopIteration)) return Value::stop();
    nlr_jump(nb.exc);
  }
}

Value getiter(Value obj) {
  const Type* t = type_of(obj);
  if (is_heap_type(t)) {
    if (heap_defines(t, QSTR(__iter__))) {
      Value r;
      call_special(obj, QSTR(__iter__), 0, nullptr, &r);
      const Type* rt = type_of(r);
      if (!rt->slots->iternext && !(is_heap_type(rt) && !type_lookup(rt, QSTR(__next__)).is_null()))
        raise_fmt(&exc::TypeError, "iter() returned non-iterator of type '%s'", type_name(r));
      return r;
    }
    if (heap_defines(t, QSTR(__getitem__))) {
      SeqIter* it = static_cast<SeqIter*>(gc::alloc(sizeof(SeqIter)));
      it->type = &seq_iter_type;
      it->seq = obj;
      return from_ptr(it);
    }
    const Type* n = t->native;
    if (n && n->slots->getiter) return n->slots->getiter(native_of(obj, nullptr));
    if (heap_defines(t, QSTR(__next__))) return obj;
    raise_not_a(obj, "iterable");
  }
  if (t->slots->getiter) return t->slots->getiter(obj);
  if (t->slots->subscr && t != &type_type) {
    SeqIter* it = static_cast<SeqIter*>(gc::alloc(sizeof(SeqIter)));
    it->type = &seq_iter_type;
    it->seq = obj;
    return from_ptr(it);
  }
  raise_not_a(obj, "iterable");
}

Value iternext(Value it) {
  // Builtins consume iterators here (list(range(10**9)), str.join, set
  // updates...): a safe point for Ctrl-C, one flag test per item.
  check_interrupt();
  const Type* t = type_of(it);
  if (t->slots->iternext) return t->slots->iternext(it);
  if (is_heap_type(t)) {
    const Type* n = t->native;
    if (!heap_defines(t, QSTR(__next__)) && n && n->slots->iternext)
      return n->slots->iternext(native_of(it, nullptr));
    return user_iter_next(it);
  }
  raise_fmt(&exc::TypeError, "'%s' object is not an iterator", type_name(it));
}

// ---------------------------------------------------------------------------
// Buffers.

bool get_buffer_maybe(Value v, Buffer* out, bool writable) {
  const Type* t = type_of(v);
  if (is_heap_type(t)) {
    v = native_of(v, nullptr);
    t = t->native;
  }
  if (!t || !t->slots->get_buffer) return false;
  return t->slots->get_buffer(v, out, writable);
}

void get_buffer(Value v, Buffer* out, bool writable) {
  if (!get_buffer_maybe(v, out, writable))
    raise_fmt(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
}

// ---------------------------------------------------------------------------
// Numbers shared by everyone.

Value index_value(Value v) {
  if (v.is_small()) return v;
  if (is_int(v)) {
    Value n = native_of(v, &int_type);
    if (n.is_obj() && n.obj()->type == &bool_type) return small(n.as<BoolObj>()->value);
    return n;
  }
  Value r;
  if (is_heap_type(type_of(v)) && call_special(v, QSTR(__index__), 0, nullptr, &r)) {
    if (!is_int(r)) raise_fmt(&exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    return index_value(r);  // a bool or an int subclass: its plain int
  }
  raise_fmt(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
}

intptr index_intptr(Value v) {
  Value i = index_value(v);
  if (i.is_small()) return i.small();
  return int_to_intptr(i);
}

// ---------------------------------------------------------------------------
// Argument checking.

void check_args(const Str* fn_name, size_t n_args, size_t n_kw, size_t min, size_t max, bool kw_ok) {
  if (n_kw && !kw_ok) raise_fmt(&exc::TypeError, "%q() takes no keyword arguments", fn_name);
  if (n_args < min || n_args > max) raise_arg_count(fn_name, min, max, n_args);
}

void parse_args(const Str* fn_name, size_t n_args, size_t n_kw, const Value* args,
                const Str* const* names, size_t n_names, size_t required, Value* out) {
  if (n_args > n_names) raise_arg_count(fn_name, required, n_names, n_args);
  for (size_t i = 0; i < n_names; i++) out[i] = i < n_args ? args[i] : Value::null();
  for (size_t k = 0; k < n_kw; k++) {
    const Str* key = args[n_args + 2 * k].as<Str>();
    size_t i = 0;
    while (i < n_names && !str_equal(names[i], key)) i++;
    if (i == n_names)
      raise_fmt(&exc::TypeError, "%q() got an unexpected keyword argument '%q'", fn_name, key);
    if (!out[i].is_null())
      raise_fmt(&exc::TypeError, "%q() got multiple values for argument '%q'", fn_name, key);
    out[i] = args[n_args + 2 * k + 1];
  }
  for (size_t i = 0; i < required; i++)
    if (out[i].is_null())
      raise_fmt(&exc::TypeError, "%q() missing required argument '%q' (pos %d)", fn_name, names[i], static_cast<int>(i + 1));
}

}  // namespace minnow
