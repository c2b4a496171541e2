// bytes: the immutable byte string, and the read-only methods it shares
// with bytearray but not with str (both tables list the same BuiltinFns; see
// bytes.h; the methods str has too are in strbytes.cpp).
//
// Every shared method takes self as the native Bytes or ByteArray, converts
// all its arguments first (which may run Python code, e.g. __index__), and
// only then takes spans of the data, so no span outlives a call out.
#include "obj/bytes.h"

#include <cstring>

#include "gc/heap.h"
#include "obj/str.h"
#include "obj/strbytes.h"

namespace minnow {

extern const Type bytes_iterator_type;

namespace {

struct EmptyBytes {
  Bytes hdr;
  uint8_t nul[sizeof(size_t)];
};
// The one empty bytes: shared by every b'' (its hash is precomputed, so
// nothing ever writes to it).
constinit const EmptyBytes empty_bytes = {{&bytes_type, hash_bytes("", 0), 0}, {}};

inline Value empty_bytes_value() { return from_ptr(&empty_bytes.hdr); }

inline void copy_bytes(uint8_t* dst, const uint8_t* src, size_t n) {
  if (n) memcpy(dst, src, n);
}

inline bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// ---------------------------------------------------------------------------
// Translation, hex and codecs.

#if MINNOW_CPYTHON_EXTRA
Value translate_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(table), QSTR(delete)};
  Value a[2];
  parse_args(QSTR(translate), n_args - 1, n_kw, args + 1, names, 2, 1, a);
  Value self = args[0];
  bool has_table = !is_none(a[0]);
  ByteSpan table{nullptr, 0};
  if (has_table) {
    table = bytes_like_arg(a[0]);
    if (table.n != 256) raise_value_error("translation table must be 256 characters long");
  }
  ByteSpan del{nullptr, 0};
  if (!a[1].is_null()) del = bytes_like_arg(a[1]);
  bool drop[256] = {};
  for (size_t i = 0; i < del.n; i++) drop[del.p[i]] = true;
  ByteSpan s = bytes_span(self);
  size_t n = 0;
  for (size_t i = 0; i < s.n; i++) n += !drop[s.p[i]];
  Value out;
  uint8_t* d = text_alloc(self, n, &out);
  s = bytes_span(self);
  if (has_table) table = bytes_like_arg(a[0]);
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (!drop[c]) *d++ = has_table ? table.p[c] : c;
  }
  return out;
}

Value maketrans_m(Value from, Value to) {
  ByteSpan f = bytes_like_arg(from);
  ByteSpan t = bytes_like_arg(to);
  if (f.n != t.n) raise_value_error("maketrans arguments must have same length");
  Bytes* r = bytes_alloc_obj(256);
  for (size_t i = 0; i < 256; i++) r->data()[i] = static_cast<uint8_t>(i);
  for (size_t i = 0; i < f.n; i++) r->data()[f.p[i]] = t.p[i];
  return from_ptr(r);
}
#endif

Value decode_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(encoding), QSTR(errors)};
  Value a[2];
  parse_args(QSTR(decode), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  const Str* enc = a[0].is_null() ? nullptr : str_arg(a[0], "decode() argument 'encoding'");
  const Str* err = a[1].is_null() ? nullptr : str_arg(a[1], "decode() argument 'errors'");
  ByteSpan s = bytes_span(args[0]);
  return str_decode(reinterpret_cast<const char*>(s.p), s.n, enc, err);
}

Value hex_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(sep), QSTR(bytes_per_sep)};
  Value a[2];
  parse_args(QSTR(hex), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  // Validate the arguments before reading self (they may run __index__).
  if (!a[1].is_null()) a[1] = small(index_intptr(a[1]));
  ByteSpan s = bytes_span(args[0]);
  return bytes_hex(s.p, s.n, a[0], a[1]);
}

inline int hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses fromhex() text into out (null: only count). Returns the byte count.
size_t parse_hex(const Str* str, uint8_t* out) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(str->data());
  size_t n = str->len, k = 0;
  for (size_t i = 0; i < n;) {
    if (is_space(s[i])) {
      i++;
      continue;
    }
    int hi = hex_digit(s[i]);
    int lo = i + 1 < n ? hex_digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      raise_fmt(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %z",
                str_char_index(str, at));
    }
    if (out) out[k] = static_cast<uint8_t>(hi << 4 | lo);
    k++;
    i += 2;
  }
  return k;
}

// bytes.fromhex and bytearray.fromhex (a classmethod: cls picks the kind).
Value fromhex_m(Value cls, Value text) {
  const Str* s = as_str(text);
  if (!s) raise_fmt(&exc::TypeError, "fromhex() argument must be str, not %s", type_name(text));
  size_t n = parse_hex(s, nullptr);
  const Type* t = cls.as<Type>();
  Value r;
  if (is_subtype(t, &bytearray_type)) {
    ByteArray* b = bytearray_alloc(n);
    parse_hex(s, b->buf.data);
    r = from_ptr(b);
  } else {
    Bytes* b = bytes_alloc_obj(n);
    if (n) parse_hex(s, b->data());
    r = from_ptr(b);
  }
  if (t != &bytes_type && t != &bytearray_type) return call1(cls, r);
  return r;
}

}  // namespace

// ---------------------------------------------------------------------------
// Helpers shared with bytearray, memoryview, array and struct.

bool bytes_like(Value v, ByteSpan* out) {
  if (v.is_obj()) {
    const Type* t = v.obj()->type;
    if (t == &bytes_type || t == &bytearray_type) {
      *out = bytes_span(v);
      return true;
    }
  }
  Buffer b;
  if (!get_buffer_maybe(v, &b, false)) return false;
  out->p = static_cast<const uint8_t*>(b.data);
  out->n = b.len;
  return true;
}

ByteSpan bytes_like_arg(Value v) {
  ByteSpan s;
  if (!bytes_like(v, &s)) raise_fmt(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return s;
}

Bytes* bytes_alloc_obj(size_t n) {
  // Callers write nothing into a zero-length result, so sharing is safe.
  if (n == 0) return const_cast<Bytes*>(&empty_bytes.hdr);
  if (n > SIZE_MAX / 2) raise_memory_error();
  auto* b = static_cast<Bytes*>(gc::alloc(sizeof(Bytes) + n + 1, gc::kNoScan));
  b->type = &bytes_type;
  b->len = n;
  return b;
}

Value bytes_new(const char* s, size_t n) {
  Bytes* b = bytes_alloc_obj(n);
  copy_bytes(b->data(), reinterpret_cast<const uint8_t*>(s), n);
  return from_ptr(b);
}

Value bytes_alloc(size_t n, uint8_t** data) {
  Bytes* b = bytes_alloc_obj(n);
  *data = b->data();
  return from_ptr(b);
}

Value bytes_like_new(Value self, const uint8_t* p, size_t n) {
  if (self.obj()->type == &bytearray_type) return bytearray_from(p, n);
  const Bytes* b = self.as<Bytes>();
  if (p == b->data() && n == b->len) return self;
  return bytes_new(reinterpret_cast<const char*>(p), n);
}

Value bytes_compare(BinOp op, ByteSpan a, ByteSpan b) {
  if (op == BinOp::Eq || op == BinOp::Ne) {
    bool eq = a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
    return bool_(eq == (op == BinOp::Eq));
  }
  size_t m = a.n < b.n ? a.n : b.n;
  int c = m ? memcmp(a.p, b.p, m) : 0;
  if (c == 0) c = a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  switch (op) {
    case BinOp::Lt: return bool_(c < 0);
    case BinOp::Le: return bool_(c <= 0);
    case BinOp::Gt: return bool_(c > 0);
    default: return bool_(c >= 0);
  }
}

Value bytes_contains(ByteSpan a, Value item) {
  if (has_index(item)) {
    uint8_t c = byte_value(item, "byte must be in range(0, 256)");
    return bool_(a.n && memchr(a.p, c, a.n));
  }
  ByteSpan s = bytes_like_arg(item);
  return bool_(text_search(a.p, 0, a.n, s.p, s.n, false) >= 0);
}

Value bytes_hex(const uint8_t* p, size_t n, Value sep, Value per_sep) {
  char sep_c = 0;
  if (!sep.is_null() && !is_none(sep)) {
    const char* sp;
    size_t sn;
    ByteSpan bs;
    if (const Str* s = as_str(sep)) {
      sp = s->data();
      sn = s->len;
      if (str_char_len(s) != 1) raise_value_error("sep must be length 1.");
    } else if (bytes_like(sep, &bs)) {
      sp = reinterpret_cast<const char*>(bs.p);
      sn = bs.n;
      if (sn != 1) raise_value_error("sep must be length 1.");
    } else {
      raise_type_error("sep must be str or bytes.");
    }
    if (static_cast<uint8_t>(sp[0]) >= 0x80) raise_value_error("sep must be ASCII.");
    sep_c = sp[0];
  }
  intptr group = per_sep.is_null() ? 1 : index_intptr(per_sep);
  size_t g = group < 0 ? static_cast<size_t>(-group) : static_cast<size_t>(group);
  if (!sep_c || g == 0 || n == 0) g = 0;
  size_t n_seps = g ? (n - 1) / g : 0;
  if (n > (SIZE_MAX / 4)) raise_memory_error();
  Str* out = str_alloc(2 * n + n_seps);
  char* d = out->mut_data();
  // With a positive count the groups are counted from the right end.
  size_t first = g ? (group > 0 ? (n % g ? n % g : g) : g) : 0;
  for (size_t i = 0; i < n; i++) {
    if (g && i) {
      bool boundary = group > 0 ? (i >= first && (i - first) % g == 0) : i % g == 0;
      if (boundary) *d++ = sep_c;
    }
    *d++ = "0123456789abcdef"[p[i] >> 4];
    *d++ = "0123456789abcdef"[p[i] & 15];
  }
  return str_value(out);
}

uint8_t byte_value(Value v, const char* range_msg) {
  intptr i;
  if (v.is_small()) {
    i = v.small();
  } else {
    Value iv = index_value(v);
    if (!iv.is_small()) raise_value_error(range_msg);
    i = iv.small();
  }
  if (i < 0 || i > 255) raise_value_error(range_msg);
  return static_cast<uint8_t>(i);
}

void bytes_fill_from_iterable(ByteArray* out, Value iterable, bool for_bytes) {
  const char* msg = for_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  Value it = getiter(iterable);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) {
    uint8_t c = byte_value(x, msg);
    bytearray_append(out, &c, 1);
  }
}

bool bytes_can_iterate(Value v) {
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap) {
    if (!type_lookup(t, QSTR(__iter__)).is_null() || !type_lookup(t, QSTR(__getitem__)).is_null()) return true;
    t = t->native;
  }
  return t && (t->slots->getiter || (t->slots->subscr && t != &type_type));
}

Value bytes_source(const Str* fn, bool for_bytes, size_t n_args, size_t n_kw, const Value* args, bool* temp) {
  *temp = false;
  static const Str* const names[] = {QSTR(source), QSTR(encoding), QSTR(errors)};
  Value a[3];
  parse_args(fn, n_args, n_kw, args, names, 3, 0, a);
  Value x = a[0];
  if (x.is_null()) {
    if (!a[1].is_null()) raise_type_error("encoding without a string argument");
    if (!a[2].is_null()) raise_type_error("errors without a string argument");
    return Value::null();
  }
  if (!a[1].is_null() || !a[2].is_null()) {
    const Str* s = as_str(x);
    if (!s) raise_type_error(a[1].is_null() ? "errors without a string argument" : "encoding without a string argument");
    const Str* enc = a[1].is_null() ? nullptr : str_arg(a[1], for_bytes ? "bytes() argument 'encoding'" : "bytearray() argument 'encoding'");
    const Str* err = a[2].is_null() ? nullptr : str_arg(a[2], for_bytes ? "bytes() argument 'errors'" : "bytearray() argument 'errors'");
    return str_encode(s, enc, err);
  }
  const Type* t = type_of(x);
  if (for_bytes && (t->flags & kTypeHeap) && !type_lookup(t, QSTR(__bytes__)).is_null()) {
    Value r = call_method(x, QSTR(__bytes__), 0, nullptr);
    if (!isinstance(r, &bytes_type)) raise_fmt(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    return r;
  }
  if (as_str(x)) raise_type_error("string argument without an encoding");
  if (has_index(x)) {
    intptr n = index_intptr(x);
    if (n < 0) raise_value_error("negative count");
    return small(n);
  }
  if (is_type(x, &memoryview_type)) return memoryview_tobytes(x);
  ByteSpan s;
  if (bytes_like(x, &s)) return x;
  if (!bytes_can_iterate(x))
    raise_fmt(&exc::TypeError, "cannot convert '%s' object to %s", type_name(x), for_bytes ? "bytes" : "bytearray");
  ByteArray* acc = bytearray_alloc(0);
  bytes_fill_from_iterable(acc, x, for_bytes);
  *temp = true;
  return from_ptr(acc);
}

// ---------------------------------------------------------------------------
// Iterators of bytes and bytearray.

Value bytes_iter_new(const Type* t, Value seq) {
  auto* it = static_cast<ByteIter*>(gc::alloc(sizeof(ByteIter)));
  it->type = t;
  it->seq = seq;
  return from_ptr(it);
}


Value bytes_iter_next(Value self) {
  auto* it = self.as<ByteIter>();
  ByteSpan s = bytes_span(it->seq);
  if (it->pos < s.n) return small(s.p[it->pos++]);
  it->pos = SIZE_MAX;
  return Value::stop();
}

// ---------------------------------------------------------------------------
// The shared method objects.

constinit const BuiltinFn bytes_decode_fn = make_fn_kw(QSTR(decode), decode_m);
constinit const BuiltinFn bytes_hex_fn = make_fn_kw(QSTR(hex), hex_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn bytes_translate_fn = make_fn_kw(QSTR(translate), translate_m);
#endif

namespace {
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn maketrans_fn = make_fn2(QSTR(maketrans), maketrans_m);
#endif
constexpr BuiltinFn fromhex_fn = make_fn2(QSTR(fromhex), fromhex_m);
}  // namespace
#if MINNOW_CPYTHON_EXTRA
constinit const StaticMethodObj bytes_maketrans_sm = {&staticmethod_type, &maketrans_fn};
#endif
constinit const StaticMethodObj bytes_fromhex_cm = {&classmethod_type, &fromhex_fn};

// ---------------------------------------------------------------------------
// The bytes type.

namespace {

Value bytes_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  bool temp;
  Value src = bytes_source(QSTR(bytes), true, n_args, n_kw, args, &temp);
  if (src.is_null()) return empty_bytes_value();
  if (src.is_small()) return from_ptr(bytes_alloc_obj(static_cast<size_t>(src.small())));
  if (is_bytes(src)) return src;
  ByteSpan s = bytes_like_arg(src);
  return bytes_new(reinterpret_cast<const char*>(s.p), s.n);
}

void bytes_print(Printer* p, Value self, bool) {
  const Bytes* b = self.as<Bytes>();
  print_bytes_repr(p, b->data(), b->len, false);
}

Value bytes_unary_op(UnaryOp op, Value self) {
  Bytes* b = self.as<Bytes>();
  switch (op) {
    case UnaryOp::Bool: return bool_(b->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(b->len));
    case UnaryOp::Hash:
      if (!b->hash) b->hash = hash_bytes(reinterpret_cast<const char*>(b->data()), b->len);
      return small(static_cast<intptr>(b->hash));
    default: return Value::not_impl_slot();
  }
}

}  // namespace

Value bytes_family_binary_op(BinOp op, Value lhs, Value rhs, bool ba) {
  bool compare = op >= BinOp::Lt && op <= BinOp::Ge;
  if (ba ? !is_bytearray(lhs) : !is_bytes(lhs)) {
    // Reflected: n * b, and a bytearray compares with any bytes-like object.
    if (op == BinOp::Mul && has_index(lhs)) return text_repeat(rhs, lhs);
    ByteSpan a;
    if (ba && compare && bytes_like(lhs, &a)) return bytes_compare(op, a, bytes_span(rhs));
    return Value::not_impl_slot();
  }
  const char* kind = ba ? "bytearray" : "bytes";
  ByteSpan b;
  switch (op) {
    case BinOp::Add:
    case BinOp::IAdd: {
      if (!bytes_like(rhs, &b)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't concat %s to %s", type_name(rhs), kind);
      }
      if (ba && op == BinOp::IAdd) {
        bytearray_append(lhs.as<ByteArray>(), b.p, b.n);
        return lhs;
      }
      ByteSpan a = bytes_span(lhs);
      if (!ba && b.n == 0) return lhs;
      if (!ba && a.n == 0 && is_bytes(rhs)) return rhs;
      Value out;
      uint8_t* d = text_alloc(lhs, a.n + b.n, &out);
      copy_bytes(d, a.p, a.n);
      copy_bytes(d + a.n, b.p, b.n);
      return out;
    }
    case BinOp::Mul:
    case BinOp::IMul:
      if (!has_index(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(rhs));
      }
      if (ba && op == BinOp::IMul) {
        itembuf_repeat(&lhs.as<ByteArray>()->buf, index_intptr(rhs), 1);
        return lhs;
      }
      return text_repeat(lhs, rhs);
    case BinOp::Mod:
    case BinOp::IMod:
      return bytes_percent(lhs, rhs);
    case BinOp::Contains:
      return bytes_contains(bytes_span(lhs), rhs);
    default:
      if (!compare) return Value::not_impl_slot();
      // bytes compares with bytes (a bytearray answers the reflected
      // comparison), a bytearray with any bytes-like object.
      if (ba) {
        if (!bytes_like(rhs, &b)) return Value::not_impl_slot();
      } else {
        Value r = native_of(rhs, &bytes_type);
        if (!is_bytes(r)) return Value::not_impl_slot();
        b = bytes_span(r);
      }
      return bytes_compare(op, bytes_span(lhs), b);
  }
}

namespace {

Value bytes_binary_op(BinOp op, Value lhs, Value rhs) { return bytes_family_binary_op(op, lhs, rhs, false); }

Value bytes_subscr(Value self, Value index, Value value) {
  const Bytes* b = self.as<Bytes>();
  if (value != kSubscrLoad) {
    if (value == kSubscrDelete) raise_type_error("'bytes' object doesn't support item deletion");
    raise_type_error("'bytes' object does not support item assignment");
  }
  if (index.is_small()) {
    intptr i = index.small();
    if (i < 0) i += static_cast<intptr>(b->len);
    if (i < 0 || static_cast<size_t>(i) >= b->len) raise_index_error("index out of range");
    return small(b->data()[i]);
  }
  SliceIndices si;
  if (slice_indices(index, b->len, &si)) return text_slice(self, si);
  if (!has_index(index))
    raise_fmt(&exc::TypeError, "byte indices must be integers or slices, not %s", type_name(index));
  Value iv = index_value(index);
  intptr i = iv.is_small() ? iv.small() : INTPTR_MAX;
  if (i < 0) i += static_cast<intptr>(b->len);
  if (i < 0 || static_cast<size_t>(i) >= b->len) raise_index_error("index out of range");
  return small(b->data()[i]);
}

Value bytes_getiter(Value self) { return bytes_iter_new(&bytes_iterator_type, self); }

bool bytes_get_buffer(Value self, Buffer* out, bool writable) {
  if (writable) return false;
  Bytes* b = self.as<Bytes>();
  out->data = b->data();
  out->len = b->len;
  out->typecode = 'B';
  out->writable = false;
  return true;
}

constexpr MethodEntry bytes_own_entries[] = {
    entry(QSTR(fromhex), &bytes_fromhex_cm),
};
constexpr auto bytes_locals_entries = concat_entries(bytes_shared_entries, bytes_own_entries);
constexpr Table bytes_locals = make_table(bytes_locals_entries);

}  // namespace

constexpr TypeSlots bytes_slots = {
    bytes_make_new, bytes_print, nullptr, bytes_unary_op, bytes_binary_op,
    nullptr, nullptr, bytes_subscr, bytes_getiter, nullptr, bytes_get_buffer};
constinit const Type bytes_type = {
    &type_type, QSTR(bytes), kTypeBaseOK, &bytes_type, &object_type, &bytes_slots, &bytes_locals};

constinit const TypeSlots bytes_iterator_slots = iterator_slots(bytes_iter_next);
constinit const Type bytes_iterator_type = {
    &type_type, QSTR(bytes_iterator), kTypeIterIsSelf, &bytes_iterator_type, &object_type,
    &bytes_iterator_slots, nullptr};

}  // namespace minnow
