// bytearray: the mutable byte string, and ItemBuf, the growable item
// storage it shares with array.array. The read-only methods come from
// bytes.cpp (bytes_shared_entries).
//
// Invariants (see bytes.h): buf.data is a kNoScan block or null; every
// mutation converts its arguments (which may run Python code) before it
// reads buf, and copies a source that may alias buf before resizing.
#include <cstring>

#include "gc/heap.h"
#include "obj/bytes.h"
#include "obj/list.h"
#include "obj/strbytes.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type bytearray_iterator_type;

// ---------------------------------------------------------------------------
// ItemBuf.

void itembuf_reserve(ItemBuf* b, size_t need, size_t isz) {
  if (need <= b->alloc) return;
  if (need > SIZE_MAX / 4 / isz) raise_memory_error();
  size_t want = need + (need >> 1) + 8 / isz;
  void* p = b->data ? gc::realloc(b->data, want * isz) : gc::alloc(want * isz, gc::kNoScan);
  b->data = static_cast<uint8_t*>(p);
  b->alloc = gc::alloc_size(p) / isz;
}

void itembuf_insert(ItemBuf* b, size_t at, const uint8_t* src, size_t n, size_t isz) {
  if (n == 0) return;
  if (n > SIZE_MAX / 4 / isz - b->len) raise_memory_error();
  // src may point into the buffer that reserve is about to move.
  bool inside = b->data && src >= b->data && src < b->data + b->alloc * isz;
  size_t src_off = inside ? static_cast<size_t>(src - b->data) : 0;
  itembuf_reserve(b, b->len + n, isz);
  if (inside) src = b->data + src_off;
  uint8_t* d = b->data;
  size_t tail = (b->len - at) * isz;
  if (tail) memmove(d + (at + n) * isz, d + at * isz, tail);
  if (inside) {
    // The moved tail may have carried part of the source with it.
    size_t lo = src_off, hi = src_off + n * isz, split = at * isz;
    if (hi <= split) {
      memmove(d + at * isz, d + lo, n * isz);
    } else if (lo >= split) {
      memmove(d + at * isz, d + lo + n * isz, n * isz);
    } else {
      size_t first = split - lo;
      memmove(d + at * isz, d + lo, first);
      memmove(d + at * isz + first, d + split + n * isz, n * isz - first);
    }
  } else {
    memcpy(d + at * isz, src, n * isz);
  }
  b->len += n;
}

void itembuf_erase(ItemBuf* b, size_t at, size_t n, size_t isz) {
  if (n == 0) return;
  size_t tail = (b->len - at - n) * isz;
  if (tail) memmove(b->data + at * isz, b->data + (at + n) * isz, tail);
  b->len -= n;
}

void itembuf_delete_slice(ItemBuf* b, const SliceIndices& si, size_t isz) {
  if (si.count == 0) return;
  if (si.step == 1) {
    itembuf_erase(b, static_cast<size_t>(si.start), si.count, isz);
    return;
  }
  // Walk the selected positions upwards, keeping everything else.
  size_t step = static_cast<size_t>(si.step > 0 ? si.step : -si.step);
  size_t first = static_cast<size_t>(si.step > 0 ? si.start : si.start + static_cast<intptr>(si.count - 1) * si.step);
  size_t next_del = first, removed = 0, w = first;
  for (size_t r = first; r < b->len; r++) {
    if (r == next_del && removed < si.count) {
      removed++;
      next_del += step;
      continue;
    }
    memmove(b->data + w * isz, b->data + r * isz, isz);
    w++;
  }
  b->len = w;
}

bool itembuf_assign_slice(ItemBuf* b, const SliceIndices& si, const uint8_t* src, size_t n, size_t isz) {
  if (si.step == 1) {
    size_t start = static_cast<size_t>(si.start);
    if (n > si.count) {
      // Grow first (src does not alias b), then overwrite.
      size_t extra = n - si.count;
      itembuf_reserve(b, b->len + extra, isz);
      size_t tail = (b->len - start - si.count) * isz;
      if (tail) memmove(b->data + (start + n) * isz, b->data + (start + si.count) * isz, tail);
      b->len += extra;
    } else if (n < si.count) {
      itembuf_erase(b, start + n, si.count - n, isz);
    }
    if (n) memcpy(b->data + start * isz, src, n * isz);
    return true;
  }
  if (n != si.count) return false;
  intptr pos = si.start;
  for (size_t k = 0; k < n; k++, pos += si.step) memcpy(b->data + pos * isz, src + k * isz, isz);
  return true;
}

void itembuf_repeat(ItemBuf* b, intptr times, size_t isz) {
  size_t len = b->len;
  if (times <= 0 || len == 0) {
    b->len = 0;
    return;
  }
  if (static_cast<size_t>(times) > SIZE_MAX / 4 / isz / len) raise_memory_error();
  size_t total = len * static_cast<size_t>(times);
  itembuf_reserve(b, total, isz);
  for (size_t k = 1; k < static_cast<size_t>(times); k++) memcpy(b->data + k * len * isz, b->data, len * isz);
  b->len = total;
}

void itembuf_reverse(ItemBuf* b, size_t isz) {
  if (b->len < 2) return;
  uint8_t tmp[16];
  for (size_t i = 0, j = b->len - 1; i < j; i++, j--) {
    memcpy(tmp, b->data + i * isz, isz);
    memcpy(b->data + i * isz, b->data + j * isz, isz);
    memcpy(b->data + j * isz, tmp, isz);
  }
}

// ---------------------------------------------------------------------------
// bytearray helpers.

ByteArray* bytearray_alloc(size_t n) {
  auto* b = static_cast<ByteArray*>(gc::alloc(sizeof(ByteArray)));
  b->type = &bytearray_type;
  if (n) {
    if (n > SIZE_MAX / 4) raise_memory_error();
    b->buf.data = static_cast<uint8_t*>(gc::alloc(n, gc::kNoScan));
    b->buf.alloc = gc::alloc_size(b->buf.data);
    b->buf.len = n;
  }
  return b;
}

Value bytearray_from(const uint8_t* p, size_t n) {
  ByteArray* b = bytearray_alloc(n);
  if (n) memcpy(b->buf.data, p, n);
  return from_ptr(b);
}

namespace {

constexpr const char* kByteRange = "byte must be in range(0, 256)";

inline ByteArray* self_ba(Value self) { return self.as<ByteArray>(); }

// Replaces b's contents with what bytearray(...) makes of the arguments.
// New storage is made exactly as large as needed.
void fill(ByteArray* b, size_t n_args, size_t n_kw, const Value* args) {
  bool temp = false;
  Value src = bytes_source(QSTR(bytearray), false, n_args, n_kw, args, &temp);
  if (temp) {
    b->buf = src.as<ByteArray>()->buf;
    return;
  }
  ItemBuf nb{nullptr, 0, 0};
  if (!src.is_null()) {
    size_t n = src.is_small() ? static_cast<size_t>(src.small()) : bytes_like_arg(src).n;
    if (n) {
      if (n > SIZE_MAX / 4) raise_memory_error();
      nb.data = static_cast<uint8_t*>(gc::alloc(n, gc::kNoScan));
      nb.alloc = gc::alloc_size(nb.data);
      nb.len = n;
      // The allocation cannot move s (GC never moves), and src may be b itself.
      if (!src.is_small()) memcpy(nb.data, bytes_like_arg(src).p, n);
    }
  }
  b->buf = nb;
}

// The bytes of a value assigned to a slice, copied so that they cannot
// alias the target.
ByteArray* slice_source(Value v) {
  ByteSpan s;
  ByteArray* tmp = bytearray_alloc(0);
  if (is_type(v, &memoryview_type)) v = memoryview_tobytes(v);
  if (bytes_like(v, &s)) {
    bytearray_append(tmp, s.p, s.n);
    return tmp;
  }
  if (has_index(v) || as_str(v) || !bytes_can_iterate(v))
    raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  bytes_fill_from_iterable(tmp, v, false);
  return tmp;
}

// ---------------------------------------------------------------------------
// Slots.

Value bytearray_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  ByteArray* b = bytearray_alloc(0);
  fill(b, n_args, n_kw, args);
  return from_ptr(b);
}

void bytearray_print(Printer* p, Value self, bool) {
  ByteSpan s = bytes_span(self);
  print_cstr(p, "bytearray(");
  print_bytes_repr(p, s.p, s.n, true);
  print_cstr(p, ")");
}

Value bytearray_unary_op(UnaryOp op, Value self) {
  ByteArray* b = self_ba(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(b->buf.len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(b->buf.len));
    default: return Value::not_impl_slot();  // unhashable
  }
}

Value bytearray_binary_op(BinOp op, Value lhs, Value rhs) { return bytes_family_binary_op(op, lhs, rhs, true); }

// An int index into b: the position, or IndexError.
size_t item_pos(ByteArray* b, Value index) {
  intptr i;
  if (index.is_small()) {
    i = index.small();
  } else {
    Value iv = index_value(index);
    i = iv.is_small() ? iv.small() : INTPTR_MAX;
  }
  if (i < 0) i += static_cast<intptr>(b->buf.len);
  if (i < 0 || static_cast<size_t>(i) >= b->buf.len) raise_index_error("bytearray index out of range");
  return static_cast<size_t>(i);
}

Value bytearray_subscr(Value self, Value index, Value value) {
  ByteArray* b = self_ba(self);
  if (is_type(index, &slice_type)) {
    SliceIndices si;
    if (value == kSubscrLoad) {
      slice_indices(index, b->buf.len, &si);
      return text_slice(self, si);
    }
    if (value == kSubscrDelete) {
      slice_indices(index, b->buf.len, &si);
      itembuf_delete_slice(&b->buf, si, 1);
      return none();
    }
    ByteArray* src = slice_source(value);
    slice_indices(index, b->buf.len, &si);
    if (!itembuf_assign_slice(&b->buf, si, src->buf.data, src->buf.len, 1))
      raise_fmt(&exc::ValueError, "attempt to assign bytes of size %z to extended slice of size %z", src->buf.len,
                si.count);
    return none();
  }
  if (!has_index(index))
    raise_fmt(&exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(index));
  if (value == kSubscrLoad) return small(b->buf.data[item_pos(b, index)]);
  if (value == kSubscrDelete) {
    itembuf_erase(&b->buf, item_pos(b, index), 1, 1);
    return none();
  }
  uint8_t c = byte_value(value, kByteRange);
  b->buf.data[item_pos(b, index)] = c;
  return none();
}

Value bytearray_getiter(Value self) { return bytes_iter_new(&bytearray_iterator_type, self); }

bool bytearray_get_buffer(Value self, Buffer* out, bool writable) {
  ByteArray* b = self_ba(self);
  out->data = b->buf.data;
  out->len = b->buf.len;
  out->typecode = 'B';
  out->writable = true;
  return true;
}

// ---------------------------------------------------------------------------
// Methods.

Value append_m(Value self, Value x) {
  uint8_t c = byte_value(x, kByteRange);
  bytearray_append(self_ba(self), &c, 1);
  return none();
}

Value extend_m(Value self, Value x) {
  ByteSpan s;
  if (is_type(x, &memoryview_type)) x = memoryview_tobytes(x);
  if (!bytes_like(x, &s)) {
    if (!has_index(x) && bytes_can_iterate(x)) {
      // Collect first: a failure half way leaves self unchanged.
      ByteArray* tmp = bytearray_alloc(0);
      bytes_fill_from_iterable(tmp, x, false);
      bytearray_append(self_ba(self), tmp->buf.data, tmp->buf.len);
      return none();
    }
    raise_fmt(&exc::TypeError, "can't extend bytearray with %s", type_name(x));
  }
  bytearray_append(self_ba(self), s.p, s.n);
  return none();
}

Value insert_m(Value self, Value index, Value x) {
  intptr i = index_intptr(index);
  uint8_t c = byte_value(x, kByteRange);
  ByteArray* b = self_ba(self);
  intptr n = static_cast<intptr>(b->buf.len);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  itembuf_insert(&b->buf, static_cast<size_t>(i), &c, 1, 1);
  return none();
}

Value pop_m(size_t n_args, const Value* args) {
  intptr i = n_args > 1 ? index_intptr(args[1]) : -1;
  ByteArray* b = self_ba(args[0]);
  if (b->buf.len == 0) raise_index_error("pop from empty bytearray");
  if (i < 0) i += static_cast<intptr>(b->buf.len);
  if (i < 0 || static_cast<size_t>(i) >= b->buf.len) raise_index_error("pop index out of range");
  uint8_t c = b->buf.data[i];
  itembuf_erase(&b->buf, static_cast<size_t>(i), 1, 1);
  return small(c);
}

Value remove_m(Value self, Value x) {
  uint8_t c = byte_value(x, kByteRange);
  ByteArray* b = self_ba(self);
  const void* at = b->buf.len ? memchr(b->buf.data, c, b->buf.len) : nullptr;
  if (!at) raise_value_error("value not found in bytearray");
  itembuf_erase(&b->buf, static_cast<size_t>(static_cast<const uint8_t*>(at) - b->buf.data), 1, 1);
  return none();
}

Value reverse_m(Value self) {
  itembuf_reverse(&self_ba(self)->buf, 1);
  return none();
}

Value clear_m(Value self) {
  ByteArray* b = self_ba(self);
  b->buf.data = nullptr;
  b->buf.len = b->buf.alloc = 0;
  return none();
}

Value copy_m(Value self) {
  ByteSpan s = bytes_span(self);
  return bytearray_from(s.p, s.n);
}

Value init_m(size_t n_args, size_t n_kw, const Value* args) {
  fill(self_ba(args[0]), n_args - 1, n_kw, args + 1);
  return none();
}

Value setitem_m(Value self, Value index, Value v) { return bytearray_subscr(self, index, v); }
Value delitem_m(Value self, Value index) { return bytearray_subscr(self, index, kSubscrDelete); }

constexpr BuiltinFn setitem_fn = make_fn3(QSTR(__setitem__), setitem_m);
constexpr BuiltinFn delitem_fn = make_fn2(QSTR(__delitem__), delitem_m);
constexpr BuiltinFn append_fn = make_fn2(QSTR(append), append_m);
constexpr BuiltinFn extend_fn = make_fn2(QSTR(extend), extend_m);
constexpr BuiltinFn insert_fn = make_fn3(QSTR(insert), insert_m);
constexpr BuiltinFn pop_fn = make_fn_var(QSTR(pop), 1, 2, pop_m);
constexpr BuiltinFn remove_fn = make_fn2(QSTR(remove), remove_m);
constexpr BuiltinFn reverse_fn = make_fn1(QSTR(reverse), reverse_m);
constexpr BuiltinFn clear_fn = make_fn1(QSTR(clear), clear_m);
constexpr BuiltinFn copy_fn = make_fn1(QSTR(copy), copy_m);
constexpr BuiltinFn init_fn = make_fn_kw(QSTR(__init__), init_m);

constexpr MethodEntry bytearray_own_entries[] = {
    entry(QSTR(__delitem__), &delitem_fn),
    entry(QSTR(__init__), &init_fn),
    entry(QSTR(__setitem__), &setitem_fn),
    entry(QSTR(append), &append_fn),
    entry(QSTR(clear), &clear_fn),
    entry(QSTR(copy), &copy_fn),
    entry(QSTR(extend), &extend_fn),
    entry(QSTR(fromhex), &bytes_fromhex_cm),
    entry(QSTR(insert), &insert_fn),
    entry(QSTR(pop), &pop_fn),
    entry(QSTR(remove), &remove_fn),
    entry(QSTR(reverse), &reverse_fn),
};
constexpr auto bytearray_locals_entries = concat_entries(bytes_shared_entries, bytearray_own_entries);
constexpr Table bytearray_locals = make_table(bytearray_locals_entries);

}  // namespace

constexpr TypeSlots bytearray_slots = {
    bytearray_make_new, bytearray_print, nullptr, bytearray_unary_op, bytearray_binary_op,
    nullptr, nullptr, bytearray_subscr, bytearray_getiter, nullptr, bytearray_get_buffer};
constinit const Type bytearray_type = {
    &type_type, QSTR(bytearray), kTypeBaseOK | kTypeInitFills, &bytearray_type, &object_type, &bytearray_slots,
    &bytearray_locals};

// Iterates like the bytes iterator, with the same slots (bytes.h).
constinit const Type bytearray_iterator_type = {
    &type_type, QSTR(bytearray_iterator), kTypeIterIsSelf, &bytearray_iterator_type, &object_type,
    &bytes_iterator_slots, nullptr};

}  // namespace minnow
