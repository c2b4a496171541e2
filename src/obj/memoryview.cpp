// memoryview: a typed, one-dimensional window on another object's buffer;
// and the typed item conversions (item_load, item_encode, item_write) that
// memoryview, array and struct share.
//
// A memoryview keeps the exporting object, never a pointer into it: the
// buffer is fetched again at every access and the view's extent checked
// against it. A bytearray resized under a view therefore cannot be read or
// written out of bounds (the access raises BufferError; CPython refuses the
// resize instead). Slices are new views with their own offset, stride and
// length over the same object: no bytes are copied.
//
// MicroPython's memoryview has indexing, slicing, len(), item and slice
// assignment, comparison, iteration, the buffer protocol and itemsize. The
// rest of CPython's (tobytes, tolist, hex, cast, release, toreadonly, the
// context manager, hashing, the attributes other than itemsize, the explicit
// __getitem__/__setitem__/__delitem__/__len__ methods and m[...]) is full
// level only (MINNOW_CPYTHON_EXTRA).
#include <cmath>
#include <cstring>

#include "config.h"
#include "gc/heap.h"
#include "obj/bytes.h"
#include "obj/format.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type memory_iterator_type;

// ---------------------------------------------------------------------------
// Typed items.

size_t native_item_size(char c) {
  switch (c) {
    case 'b': case 'B': case 'c': return 1;
    case '?': return sizeof(bool);
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(size_t);
    case 'P': return sizeof(void*);
    case 'e': return 2;
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    default: return 0;
  }
}

size_t native_item_align(char c) {
  switch (c) {
    case 'h': case 'H': case 'e': return alignof(short);
    case 'i': case 'I': return alignof(int);
    case 'l': case 'L': return alignof(long);
    case 'q': case 'Q': return alignof(long long);
    case 'n': case 'N': return alignof(size_t);
    case 'P': return alignof(void*);
    case 'f': return alignof(float);
    case 'd': return alignof(double);
    case '?': return alignof(bool);
    default: return 1;
  }
}

namespace {

uint64_t read_bits(const uint8_t* p, size_t size, bool big) {
  uint64_t v = 0;
  if (big) {
    for (size_t i = 0; i < size; i++) v = (v << 8) | p[i];
  } else {
    for (size_t i = size; i-- > 0;) v = (v << 8) | p[i];
  }
  return v;
}

// IEEE 754 binary16 <-> double, rounding to nearest even.
double half_to_double(uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0) v = std::ldexp(static_cast<double>(mant), -24);
  else if (exp == 31) v = mant ? NAN : INFINITY;
  else v = std::ldexp(static_cast<double>(mant + 1024), exp - 25);
  return (h & 0x8000) ? -v : v;
}

// Returns false if d is too large (it would round to infinity).
bool double_to_half(double d, uint16_t* out) {
  uint16_t sign = std::signbit(d) ? 0x8000 : 0;
  if (std::isnan(d)) {
    *out = sign | 0x7e00;
    return true;
  }
  double a = std::fabs(d);
  if (std::isinf(a)) {
    *out = sign | 0x7c00;
    return true;
  }
  if (a >= 65520.0) return false;  // half of the last ulp above 65504
  if (a < std::ldexp(1.0, -14)) {
    // Subnormal: a multiple of 2**-24 (1024 becomes the smallest normal).
    *out = sign | static_cast<uint16_t>(std::nearbyint(std::ldexp(a, 24)));
    return true;
  }
  int e;
  std::frexp(a, &e);  // a = m * 2**e, m in [0.5, 1)
  int exp = e - 1;    // a = 1.f * 2**exp
  double m = std::nearbyint(std::ldexp(a, 10 - exp));  // in [1024, 2048]
  if (m >= 2048.0) {
    m = 1024.0;
    exp++;
  }
  if (exp > 15) return false;
  *out = sign | static_cast<uint16_t>((exp + 15) << 10) | static_cast<uint16_t>(static_cast<int>(m) - 1024);
  return true;
}

bool is_signed_code(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

// An int as 64 bits (two's complement for negatives). Sets *neg, and *wide
// when it is outside [INT64_MIN, INT64_MAX]; returns false when it is
// outside [INT64_MIN, UINT64_MAX] too.
bool int_bits(Value iv, uint64_t* out, bool* neg, bool* wide) {
  *wide = false;
  if (iv.is_small()) {
    intptr x = iv.small();
    *neg = x < 0;
    *out = static_cast<uint64_t>(static_cast<int64_t>(x));
    return true;
  }
  *neg = int_is_negative(iv);
  constexpr uint64_t top = uint64_t{1} << 63;
  if (*neg) {
    if (less(iv, int_from_i64(INT64_MIN))) {
      *wide = true;
      return false;
    }
    *out = static_cast<uint64_t>(int_to_i64(iv));
    return true;
  }
  if (less(iv, int_from_u64(top))) {
    *out = static_cast<uint64_t>(int_to_i64(iv));
    return true;
  }
  *wide = true;
  if (less(int_from_u64(UINT64_MAX), iv)) return false;
  *out = static_cast<uint64_t>(int_to_i64(binary_op(BinOp::Sub, iv, int_from_u64(top)))) + top;
  return true;
}

bool has_float(Value v) {
  if (is_float(v) || is_int(v)) return true;
  const Type* t = type_of(v);
  return (t->flags & kTypeHeap) &&
         (!type_lookup(t, QSTR(__float__)).is_null() || !type_lookup(t, QSTR(__index__)).is_null());
}

}  // namespace

Value item_load(char c, const uint8_t* p, size_t size, bool big) {
  uint64_t u = read_bits(p, size, big);
  switch (c) {
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n':
      if (size < 8 && ((u >> (size * 8 - 1)) & 1)) u |= ~uint64_t{0} << (size * 8);
      return int_from_i64(static_cast<int64_t>(u));
    case '?': return bool_(u != 0);
    case 'c': {
      char b = static_cast<char>(u);
      return bytes_new(&b, 1);
    }
    default: break;
  }
  if constexpr (!cfg::float_) {
    if (c == 'f' || c == 'd' || c == 'e') raise_type_error("no float support");
  }
  switch (c) {
    case 'f': {
      uint32_t w = static_cast<uint32_t>(u);
      float f;
      memcpy(&f, &w, 4);
      return float_new(static_cast<double>(f));
    }
    case 'd': {
      double d;
      memcpy(&d, &u, 8);
      return float_new(d);
    }
    case 'e': return float_new(half_to_double(static_cast<uint16_t>(u)));
    default: return u <= static_cast<uint64_t>(Value::small_max) ? small(static_cast<intptr>(u)) : int_from_u64(u);
  }
}

ItemBits item_encode(char c, size_t size, Value v, bool clamp_float) {
  ItemBits r{0, ItemError::Ok, false, false};
  switch (c) {
    case '?':
      r.bits = truthy(v);
      return r;
    case 'c': {
      ByteSpan s;
      if (!isinstance(v, &bytes_type) || !bytes_like(v, &s) || s.n != 1) r.err = ItemError::NotChar;
      else r.bits = s.p[0];
      return r;
    }
    case 'f':
    case 'd':
    case 'e': {
      if (!cfg::float_ || !has_float(v)) {
        r.err = ItemError::NotFloat;
        return r;
      }
      double d = float_value(v);
      if (c == 'd') {
        memcpy(&r.bits, &d, 8);
      } else if (c == 'f') {
        // Values at or past the midpoint above FLT_MAX round to infinity.
        float f;
        if (std::isfinite(d) && std::fabs(d) >= 0x1.ffffffp127) {
          if (!clamp_float) {
            r.err = ItemError::FloatRange;
            return r;
          }
          f = d < 0 ? -INFINITY : INFINITY;
        } else {
          f = static_cast<float>(d);
        }
        uint32_t w;
        memcpy(&w, &f, 4);
        r.bits = w;
      } else {
        uint16_t h;
        if (!double_to_half(d, &h)) {
          if (!clamp_float) {
            r.err = ItemError::FloatRange;
            return r;
          }
          h = d < 0 ? 0xfc00 : 0x7c00;
        }
        r.bits = h;
      }
      return r;
    }
    default: break;
  }
  if (!has_index(v)) {
    r.err = ItemError::NotInt;
    return r;
  }
  Value iv = v.is_small() ? v : index_value(v);
  uint64_t u;
  if (!int_bits(iv, &u, &r.neg, &r.wide)) {
    r.err = ItemError::Range;
    return r;
  }
  r.bits = u;
  unsigned bits = static_cast<unsigned>(size * 8);
  bool ok;
  if (is_signed_code(c)) {
    if (bits >= 64) ok = !r.wide;
    else if (r.neg) ok = static_cast<int64_t>(u) >= -(int64_t{1} << (bits - 1));
    else ok = u <= (uint64_t{1} << (bits - 1)) - 1;
  } else if (r.neg && c == 'P') {
    // Pointers also take negative numbers, as C's intptr_t.
    ok = bits >= 64 || static_cast<int64_t>(u) >= -(int64_t{1} << (bits - 1));
  } else {
    ok = !r.neg && (bits >= 64 || (u >> bits) == 0);
  }
  if (!ok) r.err = ItemError::Range;
  return r;
}

void item_write(uint8_t* p, size_t size, bool big, uint64_t bits) {
  if (big) {
    for (size_t i = size; i-- > 0;) {
      p[i] = static_cast<uint8_t>(bits);
      bits >>= 8;
    }
  } else {
    for (size_t i = 0; i < size; i++) {
      p[i] = static_cast<uint8_t>(bits);
      bits >>= 8;
    }
  }
}

// ---------------------------------------------------------------------------
// memoryview.

namespace {

struct MemoryView {
  const Type* type;  // &memoryview_type
  Value obj;         // the exporting object (None once released)
  size_t offset;     // byte offset of item 0 in obj's buffer
  size_t len;        // items
  intptr stride;     // bytes from one item to the next (negative when reversed)
  uint8_t itemsize;
  char format;
  bool readonly;
#if MINNOW_CPYTHON_EXTRA
  bool released;
#endif
};

inline MemoryView* self_mv(Value v) { return v.as<MemoryView>(); }

#if MINNOW_CPYTHON_EXTRA
[[noreturn]] [[gnu::cold]] void raise_released() {
  raise_value_error("operation forbidden on released memoryview object");
}

inline bool is_released(const MemoryView* m) { return m->released; }
inline void check_live(const MemoryView* m) {
  if (m->released) raise_released();
}
#else
// No release() below the full level: a view is never released.
inline bool is_released(const MemoryView*) { return false; }
inline void check_live(const MemoryView*) {}
#endif

inline bool contiguous(const MemoryView* m) { return m->len <= 1 || m->stride == m->itemsize; }
#if MINNOW_CPYTHON_EXTRA
inline bool byte_format(char c) { return c == 'B' || c == 'b' || c == 'c'; }
#endif

// Item 0 of the view, after checking that the exporter's buffer still
// covers every item. Null for an empty view.
uint8_t* view_data(const MemoryView* m) {
  check_live(m);
  Buffer b;
  if (!get_buffer_maybe(m->obj, &b, false)) raise_msg(&exc::BufferError, "memoryview: the object has no buffer");
  if (m->len == 0) return nullptr;
  intptr first = static_cast<intptr>(m->offset);
  intptr last = first + static_cast<intptr>(m->len - 1) * m->stride;
  intptr lo = first < last ? first : last;
  intptr hi = (first < last ? last : first) + m->itemsize;
  if (lo < 0 || static_cast<size_t>(hi) > b.len) raise_msg(&exc::BufferError, "memoryview: underlying buffer was resized");
  return static_cast<uint8_t*>(b.data) + m->offset;
}

MemoryView* alloc_view() {
  auto* m = static_cast<MemoryView*>(gc::alloc(sizeof(MemoryView)));
  m->type = &memoryview_type;
  return m;
}

MemoryView* copy_view(const MemoryView* src) {
  check_live(src);
  MemoryView* m = alloc_view();
  *m = *src;
  return m;
}

MemoryView* view_of(Value obj) {
  if (is_type(obj, &memoryview_type)) return copy_view(self_mv(obj));
  Buffer b;
  bool ro = false;
  if (!get_buffer_maybe(obj, &b, true)) {
    if (!get_buffer_maybe(obj, &b, false))
      raise_fmt(&exc::TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(obj));
    ro = true;
  }
  size_t isz = native_item_size(b.typecode);
  char fmt = b.typecode;
  if (!isz) {
    isz = 1;
    fmt = 'B';
  }
  MemoryView* m = alloc_view();
  m->obj = obj;
  m->offset = 0;
  m->len = b.len / isz;
  m->stride = static_cast<intptr>(isz);
  m->itemsize = static_cast<uint8_t>(isz);
  m->format = fmt;
  m->readonly = ro || !b.writable;
  return m;
}

// The position of an int index, or IndexError.
size_t index_pos(const MemoryView* m, Value index) {
  Value iv = index.is_small() ? index : index_value(index);
  intptr i = iv.is_small() ? iv.small() : INTPTR_MAX;
  if (i < 0) i += static_cast<intptr>(m->len);
  if (i < 0 || static_cast<size_t>(i) >= m->len) raise_index_error("index out of bounds on dimension 1");
  return static_cast<size_t>(i);
}

// Copies the view's items, in order, to out (len * itemsize bytes).
void gather(const MemoryView* m, uint8_t* out) {
  uint8_t* p = view_data(m);
  if (!p) return;
  if (m->stride == m->itemsize) {
    memcpy(out, p, m->len * m->itemsize);
    return;
  }
  for (size_t i = 0; i < m->len; i++) memcpy(out + i * m->itemsize, p + static_cast<intptr>(i) * m->stride, m->itemsize);
}

Value to_bytes(const MemoryView* m) {
  check_live(m);
  Bytes* b = bytes_alloc_obj(m->len * m->itemsize);
  gather(m, b->data());
  return from_ptr(b);
}

[[noreturn]] [[gnu::cold]] void raise_item_error(ItemError e, char fmt) {
  if (e == ItemError::Range || e == ItemError::FloatRange)
    raise_fmt(&exc::ValueError, "memoryview: invalid value for format '%c'", fmt);
  raise_fmt(&exc::TypeError, "memoryview: invalid type for format '%c'", fmt);
}

void store_item(MemoryView* m, Value index, Value v) {
  ItemBits ib = item_encode(m->format, m->itemsize, v, false);
  if (ib.err != ItemError::Ok) raise_item_error(ib.err, m->format);
  size_t i = index_pos(m, index);
  uint8_t* p = view_data(m);
  item_write(p + static_cast<intptr>(i) * m->stride, m->itemsize, kHostBigEndian, ib.bits);
}

void store_slice(MemoryView* m, Value index, Value v) {
  // A copy of the source first: it may overlap the target.
  char src_fmt;
  Value src;
  if (is_type(v, &memoryview_type)) {
    src_fmt = self_mv(v)->format;
    src = to_bytes(self_mv(v));
  } else {
    Buffer b;
    if (!get_buffer_maybe(v, &b, false))
      raise_fmt(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    src_fmt = native_item_size(b.typecode) ? b.typecode : 'B';
    src = bytes_new(static_cast<const char*>(b.data), b.len);
  }
  SliceIndices si;
  slice_indices(index, m->len, &si);
  const Bytes* sb = src.as<Bytes>();
  if (src_fmt != m->format || sb->len != si.count * m->itemsize)
    raise_value_error("memoryview assignment: lvalue and rvalue have different structures");
  uint8_t* p = view_data(m);
  intptr pos = si.start;
  for (size_t k = 0; k < si.count; k++, pos += si.step)
    memcpy(p + pos * m->stride, sb->data() + k * m->itemsize, m->itemsize);
}

// ---------------------------------------------------------------------------
// Slots.

Value mv_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(object)};
  Value a[1];
  parse_args(QSTR(memoryview), n_args, n_kw, args, names, 1, 1, a);
  return from_ptr(view_of(a[0]));
}

void print_hex_addr(Printer* p, uintptr x) {
  char buf[2 * sizeof(uintptr)];
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[x & 15];
    x >>= 4;
  } while (x);
  print_cstr(p, "0x");
  while (n) print_bytes(p, &buf[--n], 1);
}

void mv_print(Printer* p, Value self, bool) {
  print_cstr(p, is_released(self_mv(self)) ? "<released memory at " : "<memory at ");
  print_hex_addr(p, self.bits);
  print_cstr(p, ">");
}

Value mv_unary_op(UnaryOp op, Value self) {
  MemoryView* m = self_mv(self);
  switch (op) {
    case UnaryOp::Len:
    case UnaryOp::Bool:
      check_live(m);
      return op == UnaryOp::Len ? small(static_cast<intptr>(m->len)) : bool_(m->len != 0);
#if MINNOW_CPYTHON_EXTRA
    case UnaryOp::Hash: {
      check_live(m);
      if (!m->readonly) raise_value_error("cannot hash writable memoryview object");
      if (!byte_format(m->format)) raise_value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      const Bytes* b = to_bytes(m).as<Bytes>();
      return small(static_cast<intptr>(hash_bytes(reinterpret_cast<const char*>(b->data()), b->len)));
    }
#endif
    default: return Value::not_impl_slot();
  }
}

// One side of a comparison: the items of a view or of another buffer.
struct Items {
  const uint8_t* p;
  size_t len;
  intptr stride;
  size_t isz;
  char fmt;
};

bool items_of(Value v, Items* out) {
  if (is_type(v, &memoryview_type)) {
    MemoryView* m = self_mv(v);
    *out = {view_data(m), m->len, m->stride, m->itemsize, m->format};
    return true;
  }
  Buffer b;
  if (!get_buffer_maybe(v, &b, false)) return false;
  size_t isz = native_item_size(b.typecode);
  char fmt = isz ? b.typecode : 'B';
  if (!isz) isz = 1;
  *out = {static_cast<const uint8_t*>(b.data), b.len / isz, static_cast<intptr>(isz), isz, fmt};
  return true;
}

Value mv_binary_op(BinOp op, Value lhs, Value rhs) {
  if (op != BinOp::Eq && op != BinOp::Ne) return Value::not_impl_slot();
  bool want = op == BinOp::Eq;
  if (lhs == rhs) return bool_(want);
#if MINNOW_CPYTHON_EXTRA
  bool lrel = is_type(lhs, &memoryview_type) && self_mv(lhs)->released;
  bool rrel = is_type(rhs, &memoryview_type) && self_mv(rhs)->released;
  if (lrel || rrel) return bool_(!want);
#endif
  Items a, b;
  if (!items_of(lhs, &a) || !items_of(rhs, &b)) return Value::not_impl_slot();
  if (a.len != b.len) return bool_(!want);
  bool raw = a.fmt == b.fmt && a.fmt != 'f' && a.fmt != 'd' && a.fmt != 'e';
  for (size_t i = 0; i < a.len; i++) {
    const uint8_t* x = a.p + static_cast<intptr>(i) * a.stride;
    const uint8_t* y = b.p + static_cast<intptr>(i) * b.stride;
    bool same = raw ? memcmp(x, y, a.isz) == 0
                    : equal(item_load(a.fmt, x, a.isz, kHostBigEndian), item_load(b.fmt, y, b.isz, kHostBigEndian));
    if (!same) return bool_(!want);
  }
  return bool_(want);
}

Value mv_subscr(Value self, Value index, Value value) {
  MemoryView* m = self_mv(self);
  check_live(m);
  if (value != kSubscrLoad && m->readonly) raise_type_error("cannot modify read-only memory");
  if (is_type(index, &slice_type)) {
    if (value == kSubscrDelete) raise_type_error("cannot delete memory");
    if (value != kSubscrLoad) {
      store_slice(m, index, value);
      return none();
    }
    SliceIndices si;
    slice_indices(index, m->len, &si);
    MemoryView* r = copy_view(m);
    r->offset = static_cast<size_t>(static_cast<intptr>(m->offset) + si.start * m->stride);
    r->len = si.count;
    r->stride = m->stride * si.step;
    return from_ptr(r);
  }
#if MINNOW_CPYTHON_EXTRA
  if (index == ellipsis() && value == kSubscrLoad) return self;
#endif
  if (!has_index(index)) raise_type_error("memoryview: invalid slice key");
  if (value == kSubscrDelete) raise_type_error("cannot delete memory");
  if (value != kSubscrLoad) {
    store_item(m, index, value);
    return none();
  }
  size_t i = index_pos(m, index);
  uint8_t* p = view_data(m);
  return item_load(m->format, p + static_cast<intptr>(i) * m->stride, m->itemsize, kHostBigEndian);
}

Value mv_iter_next(Value self) {
  auto* it = self.as<ByteIter>();
  MemoryView* m = self_mv(it->seq);
  if (it->pos >= m->len) return Value::stop();
  uint8_t* p = view_data(m);
  size_t i = it->pos++;
  return item_load(m->format, p + static_cast<intptr>(i) * m->stride, m->itemsize, kHostBigEndian);
}

Value mv_getiter(Value self) {
  check_live(self_mv(self));
  return bytes_iter_new(&memory_iterator_type, self);
}

bool mv_get_buffer(Value self, Buffer* out, bool writable) {
  MemoryView* m = self_mv(self);
  if (is_released(m) || !contiguous(m) || (writable && m->readonly)) return false;
  out->data = view_data(m);
  out->len = m->len * m->itemsize;
  out->typecode = m->format;
  out->writable = !m->readonly;
  return true;
}

Value mv_getattr(Value self, const Str* name) {
  MemoryView* m = self_mv(self);
#if !MINNOW_CPYTHON_EXTRA
  return name == QSTR(itemsize) ? small(m->itemsize) : Value::null();
#else
  if (name == QSTR(obj)) return m->released ? none() : m->obj;
  bool known = name == QSTR(format) || name == QSTR(itemsize) || name == QSTR(nbytes) || name == QSTR(readonly) ||
               name == QSTR(ndim) || name == QSTR(shape) || name == QSTR(strides) || name == QSTR(suboffsets) ||
               name == QSTR(c_contiguous) || name == QSTR(f_contiguous) || name == QSTR(contiguous);
  if (!known) return Value::null();
  if (m->released) raise_released();
  if (name == QSTR(format)) return str_char(static_cast<uint8_t>(m->format));
  if (name == QSTR(itemsize)) return small(m->itemsize);
  if (name == QSTR(nbytes)) return small(static_cast<intptr>(m->len * m->itemsize));
  if (name == QSTR(readonly)) return bool_(m->readonly);
  if (name == QSTR(ndim)) return small(1);
  if (name == QSTR(shape)) {
    Value n = small(static_cast<intptr>(m->len));
    return tuple_new(1, &n);
  }
  if (name == QSTR(strides)) {
    Value s = small(m->stride);
    return tuple_new(1, &s);
  }
  if (name == QSTR(suboffsets)) return empty_tuple();
  return bool_(contiguous(m));
#endif
}

// ---------------------------------------------------------------------------
// Methods (all CPython's: MicroPython's memoryview has none).

#if MINNOW_CPYTHON_EXTRA

Value tobytes_m(size_t n_args, const Value* args) { return to_bytes(self_mv(args[0])); }

Value tolist_m(Value self) {
  MemoryView* m = self_mv(self);
  if (m->released) raise_released();
  List* l = list_new(m->len);
  for (size_t i = 0; i < m->len; i++) {
    uint8_t* p = view_data(m);
    l->items[i] = item_load(m->format, p + static_cast<intptr>(i) * m->stride, m->itemsize, kHostBigEndian);
  }
  return from_ptr(l);
}

Value hex_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(sep), QSTR(bytes_per_sep)};
  Value a[2];
  parse_args(QSTR(hex), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  if (!a[1].is_null()) a[1] = small(index_intptr(a[1]));
  const Bytes* b = to_bytes(self_mv(args[0])).as<Bytes>();
  return bytes_hex(b->data(), b->len, a[0], a[1]);
}

Value release_m(Value self) {
  MemoryView* m = self_mv(self);
  m->released = true;
  m->obj = none();
  return none();
}

Value toreadonly_m(Value self) {
  MemoryView* r = copy_view(self_mv(self));
  r->readonly = true;
  return from_ptr(r);
}

Value cast_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(format), QSTR(shape)};
  Value a[2];
  parse_args(QSTR(cast), n_args - 1, n_kw, args + 1, names, 2, 1, a);
  MemoryView* m = self_mv(args[0]);
  if (m->released) raise_released();
  const Str* f = str_arg(a[0], "memoryview: format argument");
  const char* fs = f->data();
  size_t fn = f->len;
  if (fn == 2 && fs[0] == '@') {
    fs++;
    fn--;
  }
  size_t isz = fn == 1 ? native_item_size(fs[0]) : 0;
  if (!isz)
    raise_value_error(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  char fmt = fs[0];
  if (!contiguous(m)) raise_type_error("memoryview: casts are restricted to C-contiguous views");
  if (!byte_format(fmt) && !byte_format(m->format))
    raise_type_error("memoryview: cannot cast between two non-byte formats");
  size_t nbytes = m->len * m->itemsize;
  if (nbytes % isz) raise_type_error("memoryview: length is not a multiple of itemsize");
  size_t n = nbytes / isz;
  if (!a[1].is_null() && !is_none(a[1])) {
    // Only one-dimensional shapes: [n] or (n,).
    Value sh = a[1];
    const Value* items = nullptr;
    size_t cnt = 0;
    if (is_tuple(sh)) {
      items = sh.as<Tuple>()->items();
      cnt = sh.as<Tuple>()->len;
    } else if (is_list(sh)) {
      items = sh.as<List>()->items;
      cnt = sh.as<List>()->len;
    } else {
      raise_type_error("shape must be a list or a tuple");
    }
    if (cnt != 1) raise_msg(&exc::NotImplementedError, "memoryview: only one-dimensional views are supported");
    if (index_intptr(items[0]) != static_cast<intptr>(n))
      raise_type_error("memoryview: product(shape) * itemsize != buffer size");
  }
  MemoryView* r = copy_view(m);
  r->len = n;
  r->itemsize = static_cast<uint8_t>(isz);
  r->stride = static_cast<intptr>(isz);
  r->format = fmt;
  return from_ptr(r);
}

Value enter_m(Value self) {
  if (self_mv(self)->released) raise_released();
  return self;
}

Value exit_m(size_t n_args, const Value* args) { return release_m(args[0]); }

Value getitem_m(Value self, Value i) { return mv_subscr(self, i, kSubscrLoad); }
Value setitem_m(Value self, Value i, Value v) { return mv_subscr(self, i, v); }
Value delitem_m(Value self, Value i) { return mv_subscr(self, i, kSubscrDelete); }
Value len_m(Value self) { return mv_unary_op(UnaryOp::Len, self); }

constexpr BuiltinFn getitem_fn = make_fn2(QSTR(__getitem__), getitem_m);
constexpr BuiltinFn setitem_fn = make_fn3(QSTR(__setitem__), setitem_m);
constexpr BuiltinFn delitem_fn = make_fn2(QSTR(__delitem__), delitem_m);
constexpr BuiltinFn len_fn = make_fn1(QSTR(__len__), len_m);
constexpr BuiltinFn tobytes_fn = make_fn_var(QSTR(tobytes), 1, 2, tobytes_m);
constexpr BuiltinFn tolist_fn = make_fn1(QSTR(tolist), tolist_m);
constexpr BuiltinFn hex_fn = make_fn_kw(QSTR(hex), hex_m);
constexpr BuiltinFn release_fn = make_fn1(QSTR(release), release_m);
constexpr BuiltinFn toreadonly_fn = make_fn1(QSTR(toreadonly), toreadonly_m);
constexpr BuiltinFn cast_fn = make_fn_kw(QSTR(cast), cast_m);
constexpr BuiltinFn enter_fn = make_fn1(QSTR(__enter__), enter_m);
constexpr BuiltinFn exit_fn = make_fn_var(QSTR(__exit__), 1, 4, exit_m);

constexpr MethodEntry mv_locals_entries[] = {
    entry(QSTR(__delitem__), &delitem_fn),
    entry(QSTR(__getitem__), &getitem_fn),
    entry(QSTR(__len__), &len_fn),
    entry(QSTR(__setitem__), &setitem_fn),
    entry(QSTR(__enter__), &enter_fn),
    entry(QSTR(__exit__), &exit_fn),
    entry(QSTR(cast), &cast_fn),
    entry(QSTR(hex), &hex_fn),
    entry(QSTR(release), &release_fn),
    entry(QSTR(tobytes), &tobytes_fn),
    entry(QSTR(tolist), &tolist_fn),
    entry(QSTR(toreadonly), &toreadonly_fn),
};
constexpr Table mv_locals = make_table(mv_locals_entries);
#endif

}  // namespace

Value memoryview_tobytes(Value mv) { return to_bytes(self_mv(mv)); }

constexpr TypeSlots memoryview_slots = {
    mv_make_new, mv_print, nullptr, mv_unary_op, mv_binary_op,
    mv_getattr, nullptr, mv_subscr, mv_getiter, nullptr, mv_get_buffer};
constinit const Type memoryview_type = {
    &type_type, QSTR(memoryview), 0, &memoryview_type, &object_type, &memoryview_slots,
#if MINNOW_CPYTHON_EXTRA
    &mv_locals
#else
    nullptr
#endif
};

constexpr TypeSlots memory_iterator_slots = iterator_slots(mv_iter_next);
constinit const Type memory_iterator_type = {
    &type_type, QSTR(memory_iterator), kTypeIterIsSelf, &memory_iterator_type, &object_type,
    &memory_iterator_slots, nullptr};

}  // namespace minnow
