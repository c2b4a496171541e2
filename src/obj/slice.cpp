// slice: the type, and the runtime helpers slice_indices() and seq_index()
// that every sequence uses to turn an index or a slice into positions.
#include "obj/slice.h"

#include "gc/heap.h"
#include "obj/tuple.h"

namespace minnow {

namespace {

bool is_index_like(Value v) {
  if (v.is_small() || is_int(v)) return true;
  return !type_lookup(type_of(v), QSTR(__index__)).is_null();
}

// A slice bound as a C integer, clamped to [-INTPTR_MAX, INTPTR_MAX]: a
// bound beyond any sequence length behaves the same whatever its size.
intptr bound_value(Value v) {
  if (v.is_small()) return v.small();
  if (!is_index_like(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Value iv = index_value(v);
  if (iv.is_small()) return iv.small();
  return less(iv, small(0)) ? -INTPTR_MAX : INTPTR_MAX;
}

// The bounds of a slice as C integers. User __index__ methods run here,
// before the sequence's length is read: they may change it.
struct RawBounds {
  intptr start, stop, step;
  bool no_start, no_stop;
};

RawBounds raw_bounds(const Slice* s) {
  RawBounds b{0, 0, 1, is_none(s->start), is_none(s->stop)};
  if (!is_none(s->step)) {
    b.step = bound_value(s->step);
    if (b.step == 0) raise_value_error("slice step cannot be zero");
  }
  if (!b.no_start) b.start = bound_value(s->start);
  if (!b.no_stop) b.stop = bound_value(s->stop);
  return b;
}

// Python's slice.indices() for a sequence of len items.
void adjust(const RawBounds& b, intptr len, SliceIndices* out) {
  intptr step = b.step;
  intptr lower = step < 0 ? -1 : 0;
  intptr upper = step < 0 ? len - 1 : len;
  auto clamp = [&](bool none, intptr i, intptr dflt) {
    if (none) return dflt;
    if (i < 0) {
      i += len;
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  intptr start = clamp(b.no_start, b.start, step < 0 ? upper : lower);
  intptr stop = clamp(b.no_stop, b.stop, step < 0 ? lower : upper);
  size_t count = 0;
  if (step > 0) {
    if (start < stop) count = static_cast<size_t>((stop - start - 1) / step + 1);
  } else {
    if (stop < start) count = static_cast<size_t>((start - stop - 1) / -step + 1);
  }
  out->start = start;
  out->stop = stop;
  out->step = step;
  out->count = count;
}

void compute(const Slice* s, intptr len, SliceIndices* out) { adjust(raw_bounds(s), len, out); }

// ---------------------------------------------------------------------------
// Type slots.

Value slice_make_new(const Type* /*type*/, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("slice() takes no keyword arguments");
  if (n_args == 0) raise_type_error("slice expected at least 1 argument, got 0");
  if (n_args > 3) raise_fmt(&exc::TypeError, "slice expected at most 3 arguments, got %z", n_args);
  if (n_args == 1) return slice_new(none(), args[0], none());
  return slice_new(args[0], args[1], n_args == 3 ? args[2] : none());
}

void slice_print(Printer* p, Value self, bool /*repr*/) {
  const Slice* s = self.as<Slice>();
  print_cstr(p, "slice(");
  print_value(p, s->start, true);
  print_cstr(p, ", ");
  print_value(p, s->stop, true);
  print_cstr(p, ", ");
  print_value(p, s->step, true);
  print_cstr(p, ")");
}

Value slice_unary_op(UnaryOp op, Value /*self*/) {
  // Unhashable (as in Python 3.11); true whatever it holds.
  if (op == UnaryOp::Bool) return true_();
  return Value::not_impl_slot();
}

Value slice_binary_op(BinOp op, Value lhs, Value rhs) {
  if (op < BinOp::Lt || op > BinOp::Ge) return Value::not_impl_slot();
  if (!is_type(lhs, &slice_type) || !is_type(rhs, &slice_type)) return Value::not_impl_slot();
  // Compared like the tuples (start, stop, step).
  const Slice* a = lhs.as<Slice>();
  const Slice* b = rhs.as<Slice>();
  Value av[3] = {a->start, a->stop, a->step};
  Value bv[3] = {b->start, b->stop, b->step};
  const Value* ap = av;
  const Value* bp = bv;
  size_t n = 3;
  return seq_compare(op, &ap, &n, &bp, &n);
}

Value slice_getattr(Value self, const Str* name) {
  const Slice* s = self.as<Slice>();
  if (name == QSTR(start)) return s->start;
  if (name == QSTR(stop)) return s->stop;
  if (name == QSTR(step)) return s->step;
  return Value::null();
}

Value slice_indices_m(Value self, Value length) {
  if (!is_index_like(length))
    raise_fmt(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(length));
  intptr len = index_intptr(length);
  if (len < 0) raise_value_error("length should not be negative");
  SliceIndices si;
  compute(self.as<Slice>(), len, &si);
  Value r[3] = {int_from(si.start), int_from(si.stop), int_from(si.step)};
  return tuple_new(3, r);
}

constexpr BuiltinFn slice_indices_fn = make_fn2(QSTR(indices), slice_indices_m);
constexpr MethodEntry slice_locals_entries[] = {
    entry(QSTR(indices), &slice_indices_fn),
};
constexpr Table slice_locals = make_table(slice_locals_entries);

}  // namespace

constexpr TypeSlots slice_slots = {
    slice_make_new, slice_print, nullptr, slice_unary_op, slice_binary_op,
    slice_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type slice_type = {
    &type_type, QSTR(slice), 0, &slice_type, &object_type, &slice_slots, &slice_locals};

Value slice_new(Value start, Value stop, Value step) {
  auto* s = static_cast<Slice*>(gc::alloc(sizeof(Slice)));
  s->type = &slice_type;
  s->start = start;
  s->stop = stop;
  s->step = step;
  return from_ptr(s);
}

bool slice_indices(Value index, const size_t& seq_len, SliceIndices* out) {
  if (!is_type(index, &slice_type)) return false;
  RawBounds b = raw_bounds(index.as<Slice>());
  adjust(b, static_cast<intptr>(seq_len), out);  // the length as it is now
  return true;
}

size_t seq_index(Value index, size_t seq_len, const char* what) {
  intptr i;
  if (index.is_small()) {
    i = index.small();
  } else if (is_index_like(index)) {
    Value iv = index_value(index);
    if (!iv.is_small())
      raise_fmt(&exc::IndexError, "cannot fit '%s' into an index-sized integer", type_name(index));
    i = iv.small();
  } else {
    // "list assignment" -> "list indices must be ..."
    char noun[24];
    size_t n = 0;
    while (what[n] && what[n] != ' ' && n + 1 < sizeof(noun)) {
      noun[n] = what[n];
      n++;
    }
    noun[n] = 0;
    raise_fmt(&exc::TypeError, "%s indices must be integers or slices, not %s", noun, type_name(index));
  }
  if (i < 0) i += static_cast<intptr>(seq_len);
  if (i < 0 || static_cast<size_t>(i) >= seq_len) raise_fmt(&exc::IndexError, "%s index out of range", what);
  return static_cast<size_t>(i);
}

}  // namespace minnow
