// tuple: an immutable array stored inline after the header; the empty tuple
// is one constant in flash. Also seq_compare, the lexicographic comparison
// shared with list.
#include <cstring>

#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type tuple_iterator_type;

namespace {

constinit const Tuple empty_tuple_obj = {&tuple_type, 0};

inline Tuple* self_tuple(Value self) { return self.as<Tuple>(); }

// The Tuple inside a tuple or tuple subclass instance, or null.
Tuple* as_tuple(Value v) {
  if (!v.is_obj()) return nullptr;
  const Type* t = v.obj()->type;
  if (t == &tuple_type) return v.as<Tuple>();
  if (!(t->flags & kTypeHeap) || !isinstance(v, &tuple_type)) return nullptr;
  return native_of(v, &tuple_type).as<Tuple>();
}

bool is_index_like(Value v) {
  if (v.is_small() || is_int(v)) return true;
  return !type_lookup(type_of(v), QSTR(__index__)).is_null();
}

Value concat(const Tuple* a, const Tuple* b) {
  if (b->len == 0) return from_ptr(a);
  if (a->len == 0) return from_ptr(b);
  Tuple* r = tuple_alloc(a->len + b->len);
  memcpy(r->items(), a->items(), a->len * sizeof(Value));
  memcpy(r->items() + a->len, b->items(), b->len * sizeof(Value));
  return from_ptr(r);
}

Value repeat(Tuple* t, Value count) {
  intptr n = index_intptr(count);
  size_t len = t->len;
  if (n == 1) return from_ptr(t);
  if (n <= 0 || len == 0) return empty_tuple();
  if (static_cast<size_t>(n) > SIZE_MAX / sizeof(Value) / len) raise_memory_error();
  Tuple* r = tuple_alloc(len * static_cast<size_t>(n));
  for (size_t k = 0; k < static_cast<size_t>(n); k++)
    memcpy(r->items() + k * len, t->items(), len * sizeof(Value));
  return from_ptr(r);
}

// The tuple hash of CPython (an xxHash-style combination of the item
// hashes), folded into the small-int range.
intptr tuple_hash(const Tuple* t) {
  check_stack();
  if constexpr (sizeof(uintptr) >= 8) {
    constexpr uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                       p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
      uint64_t lane = static_cast<uint64_t>(map_hash(t->items()[i]));
      acc += lane * p2;
      acc = (acc << 31) | (acc >> 33);
      acc *= p1;
    }
    acc += t->len ^ (p5 ^ 3527539ull);
    if (acc == ~0ull) acc = 1546275796ull;
    intptr h = static_cast<intptr>(acc);
    return Value::fits_small(h) ? h : h >> 1;
  } else {
    constexpr uint32_t p1 = 2654435761u, p2 = 2246822519u, p5 = 374761393u;
    uint32_t acc = p5;
    for (size_t i = 0; i < t->len; i++) {
      uint32_t lane = static_cast<uint32_t>(map_hash(t->items()[i]));
      acc += lane * p2;
      acc = (acc << 13) | (acc >> 19);
      acc *= p1;
    }
    acc += static_cast<uint32_t>(t->len) ^ (p5 ^ 3527539u);
    if (acc == ~0u) acc = 1546275796u;
    intptr h = static_cast<intptr>(static_cast<int32_t>(acc));
    return Value::fits_small(h) ? h : h >> 1;
  }
}

// ---------------------------------------------------------------------------
// Type slots.

Value tuple_make_new(const Type* /*type*/, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("tuple() takes no keyword arguments");
  if (n_args > 1) raise_fmt(&exc::TypeError, "tuple expected at most 1 argument, got %z", n_args);
  if (n_args == 0) return empty_tuple();
  return tuple_from_iterable(args[0]);
}

void tuple_print(Printer* p, Value self, bool /*repr*/) {
  Tuple* t = self_tuple(self);
  if (t->len == 0) {
    print_cstr(p, "()");
    return;
  }
  if (!repr_enter(self)) {
    print_cstr(p, "(...)");
    return;
  }
  print_cstr(p, "(");
  for (size_t i = 0; i < t->len; i++) {
    if (i) print_cstr(p, ", ");
    print_value(p, t->items()[i], true);
  }
  print_cstr(p, t->len == 1 ? ",)" : ")");
  repr_leave(self);
}

Value tuple_unary_op(UnaryOp op, Value self) {
  Tuple* t = self_tuple(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(t->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(t->len));
    case UnaryOp::Hash: return small(tuple_hash(t));
    default: return Value::not_impl_slot();
  }
}

Value tuple_binary_op(BinOp op, Value lhs, Value rhs) {
  Tuple* a = as_tuple(lhs);
  if (!a) {
    Tuple* b = as_tuple(rhs);
    if (b && op == BinOp::Mul) {
      if (is_index_like(lhs)) return repeat(b, lhs);
      if (!(type_of(lhs)->flags & kTypeHeap))
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(lhs));
    }
    return Value::not_impl_slot();
  }
  switch (op) {
    case BinOp::Contains:
      for (size_t i = 0; i < a->len; i++)
        if (equal(a->items()[i], rhs)) return true_();
      return false_();
    case BinOp::Add: {
      Tuple* b = as_tuple(rhs);
      if (!b) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(rhs));
      }
      return concat(a, b);
    }
    case BinOp::Mul:
      if (!is_index_like(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(rhs));
      }
      return repeat(a, rhs);
    case BinOp::Eq:
    case BinOp::Ne:
    case BinOp::Lt:
    case BinOp::Le:
    case BinOp::Gt:
    case BinOp::Ge: {
      Tuple* b = as_tuple(rhs);
      if (!b) return Value::not_impl_slot();
      const Value* ai = a->items();
      const Value* bi = b->items();
      return seq_compare(op, &ai, &a->len, &bi, &b->len);
    }
    default: return Value::not_impl_slot();
  }
}

Value tuple_subscr(Value self, Value index, Value value) {
  Tuple* t = self_tuple(self);
  if (value != kSubscrLoad) {
    raise_fmt(&exc::TypeError,
              value == kSubscrDelete ? "'%s' object doesn't support item deletion"
                                     : "'%s' object does not support item assignment",
              "tuple");
  }
  if (index.is_small()) {
    intptr i = index.small();
    if (i < 0) i += static_cast<intptr>(t->len);
    if (static_cast<uintptr>(i) < t->len) return t->items()[i];
  }
  SliceIndices si;
  if (slice_indices(index, t->len, &si)) {
    if (si.count == t->len && si.step == 1) return self;
    if (si.count == 0) return empty_tuple();
    Tuple* r = tuple_alloc(si.count);
    intptr pos = si.start;
    for (size_t k = 0; k < si.count; k++, pos += si.step) r->items()[k] = t->items()[pos];
    return from_ptr(r);
  }
  return t->items()[seq_index(index, t->len, "tuple")];
}

// ---------------------------------------------------------------------------
// Iterator.

struct TupleIter {
  const Type* type;
  Tuple* tuple;
  size_t pos;
};


Value tuple_iter_next(Value self) {
  auto* it = self.as<TupleIter>();
  if (it->pos < it->tuple->len) return it->tuple->items()[it->pos++];
  return Value::stop();
}

Value tuple_getiter(Value self) {
  auto* it = static_cast<TupleIter*>(gc::alloc(sizeof(TupleIter)));
  it->type = &tuple_iterator_type;
  it->tuple = self_tuple(self);
  it->pos = 0;
  return from_ptr(it);
}

// ---------------------------------------------------------------------------
// Methods.

Value tuple_count_m(Value self, Value x) {
  Tuple* t = self_tuple(self);
  intptr n = 0;
  for (size_t i = 0; i < t->len; i++)
    if (equal(t->items()[i], x)) n++;
  return small(n);
}

size_t clamp_bound(Value v, size_t len) {
  intptr i = index_intptr(v);
  if (i < 0) {
    i += static_cast<intptr>(len);
    if (i < 0) i = 0;
  }
  return static_cast<size_t>(i) > len ? len : static_cast<size_t>(i);
}

Value tuple_index_m(size_t n_args, const Value* args) {
  Tuple* t = self_tuple(args[0]);
  size_t start = n_args > 2 ? clamp_bound(args[2], t->len) : 0;
  size_t stop = n_args > 3 ? clamp_bound(args[3], t->len) : t->len;
  for (size_t i = start; i < stop; i++)
    if (equal(t->items()[i], args[1])) return small(static_cast<intptr>(i));
  raise_value_error("tuple.index(x): x not in tuple");
}

Value tuple_getitem_m(Value self, Value i) { return tuple_subscr(self, i, kSubscrLoad); }
Value tuple_len_m(Value self) { return small(static_cast<intptr>(self_tuple(self)->len)); }
Value tuple_contains_m(Value self, Value x) { return tuple_binary_op(BinOp::Contains, self, x); }

constexpr BuiltinFn tuple_count_fn = make_fn2(QSTR(count), tuple_count_m);
constexpr BuiltinFn tuple_index_fn = make_fn_var(QSTR(index), 2, 4, tuple_index_m);
constexpr BuiltinFn tuple_getitem_fn = make_fn2(QSTR(__getitem__), tuple_getitem_m);
constexpr BuiltinFn tuple_len_fn = make_fn1(QSTR(__len__), tuple_len_m);
constexpr BuiltinFn tuple_contains_fn = make_fn2(QSTR(__contains__), tuple_contains_m);
constexpr BuiltinFn tuple_iter_fn = make_fn1(QSTR(__iter__), tuple_getiter);

constexpr MethodEntry tuple_locals_entries[] = {
    entry(QSTR(__contains__), &tuple_contains_fn),
    entry(QSTR(__getitem__), &tuple_getitem_fn),
    entry(QSTR(__iter__), &tuple_iter_fn),
    entry(QSTR(__len__), &tuple_len_fn),
    entry(QSTR(count), &tuple_count_fn),
    entry(QSTR(index), &tuple_index_fn),
};
constexpr Table tuple_locals = make_table(tuple_locals_entries);

}  // namespace

constexpr TypeSlots tuple_slots = {
    tuple_make_new, tuple_print, nullptr, tuple_unary_op, tuple_binary_op,
    nullptr, nullptr, tuple_subscr, tuple_getiter, nullptr, nullptr};
constinit const Type tuple_type = {
    &type_type, QSTR(tuple), kTypeBaseOK, &tuple_type, &object_type, &tuple_slots, &tuple_locals};

constexpr TypeSlots tuple_iterator_slots = iterator_slots(tuple_iter_next);
constinit const Type tuple_iterator_type = {
    &type_type, QSTR(tuple_iterator), kTypeIterIsSelf, &tuple_iterator_type, &object_type,
    &tuple_iterator_slots, nullptr};

// ---------------------------------------------------------------------------
// The C API of tuple.h.

Tuple* tuple_alloc(size_t n) {
  if (n == 0) return const_cast<Tuple*>(&empty_tuple_obj);
  if (n > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) raise_memory_error();
  auto* t = static_cast<Tuple*>(gc::alloc(sizeof(Tuple) + n * sizeof(Value)));
  t->type = &tuple_type;
  t->len = n;
  Value* items = t->items();
  for (size_t i = 0; i < n; i++) items[i] = none();
  return t;
}

Value tuple_new(size_t n, const Value* items) {
  if (n == 0) return empty_tuple();
  Tuple* t = tuple_alloc(n);
  memcpy(t->items(), items, n * sizeof(Value));
  return from_ptr(t);
}

Value tuple_from_iterable(Value iterable) {
  if (is_tuple(iterable)) return iterable;
  if (is_list(iterable)) {
    const List* l = iterable.as<List>();
    return tuple_new(l->len, l->items);
  }
  // Collect into a list first: the length is not known in advance.
  Value l = list_from_iterable(iterable);
  return tuple_new(l.as<List>()->len, l.as<List>()->items);
}

Value empty_tuple() { return from_ptr(&empty_tuple_obj); }

Value seq_compare(BinOp op, const Value* const* a_items, const size_t* a_len, const Value* const* b_items,
                  const size_t* b_len) {
  check_stack();
  size_t i = 0;
  Value x = Value::null(), y = Value::null();
  for (;; i++) {
    if (i >= *a_len || i >= *b_len) break;
    x = (*a_items)[i];
    y = (*b_items)[i];
    if (!equal(x, y)) break;
  }
  if (i >= *a_len || i >= *b_len) {
    // One is a prefix of the other (or they are equal): compare lengths.
    size_t na = *a_len, nb = *b_len;
    switch (op) {
      case BinOp::Eq: return bool_(na == nb);
      case BinOp::Ne: return bool_(na != nb);
      case BinOp::Lt: return bool_(na < nb);
      case BinOp::Le: return bool_(na <= nb);
      case BinOp::Gt: return bool_(na > nb);
      default: return bool_(na >= nb);
    }
  }
  if (op == BinOp::Eq) return false_();
  if (op == BinOp::Ne) return true_();
  return binary_op(op, x, y);
}

}  // namespace minnow
