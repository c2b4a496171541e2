// range: start, stop and step as C integers (a range whose bounds do not
// fit a machine word raises OverflowError, unlike CPython's unbounded one).
//
// Item arithmetic is done in uintptr (wrapping, well defined) and cast back:
// every item lies between start and stop, so the result is exact even when
// an intermediate step of the iterator would overflow.
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type range_iterator_type;

namespace {

struct Range {
  const Type* type;  // &range_type
  intptr start, stop, step;
};

inline Range* self_range(Value self) { return self.as<Range>(); }

uintptr count_of(intptr start, intptr stop, intptr step) {
  if (step > 0) {
    if (start >= stop) return 0;
    return (static_cast<uintptr>(stop) - static_cast<uintptr>(start) - 1) / static_cast<uintptr>(step) + 1;
  }
  if (start <= stop) return 0;
  return (static_cast<uintptr>(start) - static_cast<uintptr>(stop) - 1) / (0 - static_cast<uintptr>(step)) + 1;
}

inline uintptr count_of(const Range* r) { return count_of(r->start, r->stop, r->step); }

inline intptr item_at(const Range* r, uintptr i) {
  return static_cast<intptr>(static_cast<uintptr>(r->start) + i * static_cast<uintptr>(r->step));
}

inline Value int_value(intptr v) { return Value::fits_small(v) ? small(v) : int_from(v); }

Range* new_range(intptr start, intptr stop, intptr step) {
  auto* r = static_cast<Range*>(gc::alloc(sizeof(Range), gc::kNoScan));
  r->type = &range_type;
  r->start = start;
  r->stop = stop;
  r->step = step;
  return r;
}

// Length as a Python int; OverflowError past the small-int range.
intptr checked_len(const Range* r) {
  uintptr n = count_of(r);
  if (n > static_cast<uintptr>(Value::small_max)) raise_overflow_error("Python int too large to convert to C ssize_t");
  return static_cast<intptr>(n);
}

// If v is an int (not a subclass, which may redefine ==), sets *pos to its
// position in r, or to -1 when r does not hold it, and returns true.
bool int_position(const Range* r, Value v, intptr* pos) {
  intptr x;
  if (v.is_small()) {
    x = v.small();
  } else if (is_type(v, &bool_type)) {
    x = v == true_() ? 1 : 0;
  } else if (is_type(v, &int_type)) {
    // A big int: outside the range unless it fits a machine word.
    if (less(v, int_from(INTPTR_MIN)) || less(int_from(INTPTR_MAX), v)) {
      *pos = -1;
      return true;
    }
    x = int_to_intptr(v);
  } else {
    return false;
  }
  *pos = -1;
  uintptr off;
  if (r->step > 0) {
    if (x < r->start || x >= r->stop) return true;
    off = static_cast<uintptr>(x) - static_cast<uintptr>(r->start);
    if (off % static_cast<uintptr>(r->step)) return true;
    *pos = static_cast<intptr>(off / static_cast<uintptr>(r->step));
  } else {
    if (x > r->start || x <= r->stop) return true;
    off = static_cast<uintptr>(r->start) - static_cast<uintptr>(x);
    uintptr s = 0 - static_cast<uintptr>(r->step);
    if (off % s) return true;
    *pos = static_cast<intptr>(off / s);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Type slots.

Value range_make_new(const Type* /*type*/, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("range() takes no keyword arguments");
  if (n_args == 0) raise_type_error("range expected at least 1 argument, got 0");
  if (n_args > 3) raise_fmt(&exc::TypeError, "range expected at most 3 arguments, got %z", n_args);
  intptr start = 0, stop, step = 1;
  if (n_args == 1) {
    stop = args[0].is_small() ? args[0].small() : index_intptr(args[0]);
  } else {
    start = args[0].is_small() ? args[0].small() : index_intptr(args[0]);
    stop = args[1].is_small() ? args[1].small() : index_intptr(args[1]);
    if (n_args == 3) {
      step = args[2].is_small() ? args[2].small() : index_intptr(args[2]);
      if (step == 0) raise_value_error("range() arg 3 must not be zero");
    }
  }
  return from_ptr(new_range(start, stop, step));
}

void range_print(Printer* p, Value self, bool /*repr*/) {
  const Range* r = self_range(self);
  print_cstr(p, "range(");
  print_int(p, r->start);
  print_cstr(p, ", ");
  print_int(p, r->stop);
  if (r->step != 1) {
    print_cstr(p, ", ");
    print_int(p, r->step);
  }
  print_cstr(p, ")");
}

Value range_unary_op(UnaryOp op, Value self) {
  const Range* r = self_range(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(count_of(r) != 0);
    case UnaryOp::Len: return small(checked_len(r));
    case UnaryOp::Hash: {
      // Equal ranges (same items) hash alike: hash((len, start, step)) with
      // the parts that do not matter replaced by None.
      uintptr n = count_of(r);
      Value parts[3] = {int_from(static_cast<intptr>(n)), none(), none()};
      if (n > 0) parts[1] = int_value(r->start);
      if (n > 1) parts[2] = int_value(r->step);
      return small(map_hash(tuple_new(3, parts)));
    }
    default: return Value::not_impl_slot();
  }
}

bool range_equal(const Range* a, const Range* b) {
  if (a == b) return true;
  uintptr n = count_of(a);
  if (n != count_of(b)) return false;
  if (n == 0) return true;
  if (a->start != b->start) return false;
  return n == 1 || a->step == b->step;
}

Value range_binary_op(BinOp op, Value lhs, Value rhs) {
  if (!is_type(lhs, &range_type)) return Value::not_impl_slot();
  const Range* r = self_range(lhs);
  switch (op) {
    case BinOp::Contains: {
      intptr pos;
      if (int_position(r, rhs, &pos)) return bool_(pos >= 0);
      uintptr n = count_of(r);
      for (uintptr i = 0; i < n; i++)
        if (equal(int_value(item_at(r, i)), rhs)) return true_();
      return false_();
    }
    case BinOp::Eq:
    case BinOp::Ne: {
      if (!is_type(rhs, &range_type)) return Value::not_impl_slot();
      bool eq = range_equal(r, self_range(rhs));
      return bool_(op == BinOp::Eq ? eq : !eq);
    }
    default: return Value::not_impl_slot();
  }
}

// The range selected by a slice of r.
Value range_slice(const Range* r, const SliceIndices& si) {
  intptr start, stop, step, t;
  bool bad = __builtin_mul_overflow(si.start, r->step, &t) || __builtin_add_overflow(r->start, t, &start) ||
             __builtin_mul_overflow(si.stop, r->step, &t) || __builtin_add_overflow(r->start, t, &stop) ||
             __builtin_mul_overflow(si.step, r->step, &step);
  if (bad) raise_overflow_error("Python int too large to convert to C ssize_t");
  return from_ptr(new_range(start, stop, step));
}

Value range_subscr(Value self, Value index, Value value) {
  const Range* r = self_range(self);
  if (value != kSubscrLoad) {
    raise_fmt(&exc::TypeError,
              value == kSubscrDelete ? "'range' object doesn't support item deletion"
                                     : "'range' object does not support item assignment");
  }
  uintptr n = count_of(r);
  if (index.is_small()) {
    intptr i = index.small();
    if (i < 0) i += static_cast<intptr>(n);
    if (i >= 0 && static_cast<uintptr>(i) < n) return int_value(item_at(r, static_cast<uintptr>(i)));
  }
  if (n > static_cast<uintptr>(INTPTR_MAX)) raise_overflow_error("Python int too large to convert to C ssize_t");
  SliceIndices si;
  if (slice_indices(index, static_cast<size_t>(n), &si)) return range_slice(r, si);
  return int_value(item_at(r, seq_index(index, static_cast<size_t>(n), "range object")));
}

// ---------------------------------------------------------------------------
// Iterator.

struct RangeIter {
  const Type* type;
  uintptr cur;
  uintptr step;
  uintptr left;  // items still to produce
};


Value range_iter_next(Value self) {
  auto* it = self.as<RangeIter>();
  if (it->left == 0) return Value::stop();
  it->left--;
  intptr v = static_cast<intptr>(it->cur);
  it->cur += it->step;
  return Value::fits_small(v) ? small(v) : int_from(v);
}

Value new_iter(uintptr first, uintptr step, uintptr n) {
  auto* it = static_cast<RangeIter*>(gc::alloc(sizeof(RangeIter), gc::kNoScan));
  it->type = &range_iterator_type;
  it->cur = first;
  it->step = step;
  it->left = n;
  return from_ptr(it);
}

Value range_getiter(Value self) {
  const Range* r = self_range(self);
  return new_iter(static_cast<uintptr>(r->start), static_cast<uintptr>(r->step), count_of(r));
}

// ---------------------------------------------------------------------------
// Methods.

#if MINNOW_CPYTHON_EXTRA
// count() and index(): CPython has them, MicroPython leaves them out.
Value range_count_m(Value self, Value x) {
  const Range* r = self_range(self);
  intptr pos;
  if (int_position(r, x, &pos)) return small(pos >= 0 ? 1 : 0);
  intptr c = 0;
  uintptr n = count_of(r);
  for (uintptr i = 0; i < n; i++)
    if (equal(int_value(item_at(r, i)), x)) c++;
  return small(c);
}

Value range_index_m(Value self, Value x) {
  const Range* r = self_range(self);
  intptr pos;
  if (int_position(r, x, &pos)) {
    if (pos >= 0) return int_value(pos);
  } else {
    uintptr n = count_of(r);
    for (uintptr i = 0; i < n; i++)
      if (equal(int_value(item_at(r, i)), x)) return int_value(static_cast<intptr>(i));
  }
  raise_fmt(&exc::ValueError, "%r is not in range", x);
}
#endif  // MINNOW_CPYTHON_EXTRA

Value range_reversed_m(Value self) {
  const Range* r = self_range(self);
  uintptr n = count_of(r);
  if (n == 0) return new_iter(0, 0, 0);
  return new_iter(static_cast<uintptr>(item_at(r, n - 1)), 0 - static_cast<uintptr>(r->step), n);
}

Value range_getattr(Value self, const Str* name) {
  const Range* r = self_range(self);
  if (name == QSTR(start)) return int_value(r->start);
  if (name == QSTR(stop)) return int_value(r->stop);
  if (name == QSTR(step)) return int_value(r->step);
  return Value::null();
}

#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn range_count_fn = make_fn2(QSTR(count), range_count_m);
constexpr BuiltinFn range_index_fn = make_fn2(QSTR(index), range_index_m);
#endif
constexpr BuiltinFn range_reversed_fn = make_fn1(QSTR(__reversed__), range_reversed_m);

constexpr MethodEntry range_locals_entries[] = {
    entry(QSTR(__reversed__), &range_reversed_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(count), &range_count_fn),
    entry(QSTR(index), &range_index_fn),
#endif
};
constexpr Table range_locals = make_table(range_locals_entries);

}  // namespace

constexpr TypeSlots range_slots = {
    range_make_new, range_print, nullptr, range_unary_op, range_binary_op,
    range_getattr, nullptr, range_subscr, range_getiter, nullptr, nullptr};
constinit const Type range_type = {
    &type_type, QSTR(range), 0, &range_type, &object_type, &range_slots, &range_locals};

constexpr TypeSlots range_iterator_slots = iterator_slots(range_iter_next);
constinit const Type range_iterator_type = {
    &type_type, QSTR(range_iterator), kTypeIterIsSelf, &range_iterator_type, &object_type,
    &range_iterator_slots, nullptr};

}  // namespace minnow
