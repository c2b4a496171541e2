// Binary data: the layouts of bytes and bytearray, the helpers their files
// share (bytes.cpp defines the read-only methods once for both types), and
// the typed item access used by memoryview, array and struct.
//
// Invariants:
// - A Bytes holds len bytes right after its header and a NUL after them; it
//   never changes once anyone else can see it. The whole object is one
//   kNoScan allocation (its only pointer is the type, in flash).
// - A ByteArray (and an array.array) keeps its items in an ItemBuf: a
//   separate kNoScan block `data` with room for `alloc` items (null when
//   alloc is 0); items [len, alloc) are unspecified. Any call that can run
//   Python code or grow the buffer may move `data`: code never holds a data
//   pointer across one.
// - Results of the shared methods have the type of self: bytes methods make
//   bytes, bytearray methods make bytearrays.
#pragma once
#include <array>

#include "vm/runtime.h"

namespace minnow {

struct Bytes {
  const Type* type;  // &bytes_type
  uint32_t hash;     // 0 until computed
  size_t len;
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
};

// A growable array of fixed-size items; sizes and counts are in items.
struct ItemBuf {
  uint8_t* data;
  size_t len;
  size_t alloc;
};

struct ByteArray {
  const Type* type;  // &bytearray_type
  ItemBuf buf;       // items are bytes
};

// A read-only window on bytes-like data. It stays valid only until Python
// code runs or a bytearray it points into is resized.
struct ByteSpan {
  const uint8_t* p;
  size_t n;
};

inline bool is_bytes(Value v) { return v.is_obj() && v.obj()->type == &bytes_type; }
inline bool is_bytearray(Value v) { return v.is_obj() && v.obj()->type == &bytearray_type; }

// The contents of a native Bytes or ByteArray (what the slots receive).
inline ByteSpan bytes_span(Value self) {
  if (self.obj()->type == &bytearray_type) {
    const ByteArray* b = self.as<ByteArray>();
    return {b->buf.data, b->buf.len};
  }
  const Bytes* b = self.as<Bytes>();
  return {b->data(), b->len};
}

// Does v work as an index or count (int, bool, or a class with __index__)?
inline bool has_index(Value v) {
  if (v.is_small() || is_int(v)) return true;
  const Type* t = type_of(v);
  return (t->flags & kTypeHeap) && !type_lookup(t, QSTR(__index__)).is_null();
}

// Any object with a C-contiguous buffer (bytes, bytearray, memoryview,
// array...). Returns false for anything else.
bool bytes_like(Value v, ByteSpan* out);
// As bytes_like, but raises TypeError "a bytes-like object is required, not 'T'".
ByteSpan bytes_like_arg(Value v);

// A bytes of n bytes (and the NUL) to be filled in by the caller before
// anyone else sees it. n == 0 gives the shared empty bytes.
Bytes* bytes_alloc_obj(size_t n);
// A bytes or bytearray (like self, a native Bytes or ByteArray) holding a
// copy of p[0, n); self itself when that is a bytes with exactly this data.
Value bytes_like_new(Value self, const uint8_t* p, size_t n);
// self * count for a native Bytes or ByteArray (strbytes.cpp does it for str
// too).
Value text_repeat(Value self, Value count);
inline Value bytes_repeat(Value self, Value count) { return text_repeat(self, count); }
// Python's repr of binary data: b'...' with CPython's quote choice and
// escapes; escape_sq escapes ' even inside "..." (as bytearray's repr does).
inline void print_bytes_repr(Printer* p, const uint8_t* s, size_t n, bool escape_sq) {
  print_quoted(p, reinterpret_cast<const char*>(s), n, true, escape_sq);
}
// The binary_op slot of bytes (for_bytearray false) and of bytearray:
// concatenation, repetition, %, comparisons and `in`, with results of lhs's
// kind (+= and *= work in place on a bytearray).
Value bytes_family_binary_op(BinOp op, Value lhs, Value rhs, bool for_bytearray);
// Comparison (Eq..Ge) of two byte strings.
Value bytes_compare(BinOp op, ByteSpan a, ByteSpan b);
// `item in data`: item is an int in range(256) or bytes-like.
Value bytes_contains(ByteSpan a, Value item);
// self % args for a native Bytes or ByteArray (the result is of its kind);
// format.cpp formats str and bytes with one engine.
Value text_percent(Value self, Value args);
inline Value bytes_percent(Value self, Value args) { return text_percent(self, args); }
// The hex() method's work: sep may be null or None (no separator) or a str
// or bytes of one ASCII character; per_sep may be null (1).
Value bytes_hex(const uint8_t* p, size_t n, Value sep, Value per_sep);
// A byte from an int-like value; raises TypeError for non-ints and
// ValueError(range_msg) outside range(256).
uint8_t byte_value(Value v, const char* range_msg);
// Appends the items (ints in range(256)) of any iterable to out. for_bytes
// picks the message of bytes() over bytearray() for bad values.
void bytes_fill_from_iterable(ByteArray* out, Value iterable, bool for_bytes);
// What bytes(...)/bytearray(...) (fn names which) were called with: null
// for no argument, a small int n for n zero bytes, or an object with a
// buffer holding the data: the argument itself, an encoded str, or (with
// *temp set) a new bytearray filled from an iterable, free to be taken over.
Value bytes_source(const Str* fn, bool for_bytes, size_t n_args, size_t n_kw, const Value* args, bool* temp);
// Can v be iterated (it has __iter__, __getitem__ or an iterator slot)?
bool bytes_can_iterate(Value v);

// Iterators over bytes, bytearray (and memoryview items): seq is the native
// object, pos the next index.
struct ByteIter {
  const Type* type;
  Value seq;
  size_t pos;
};
Value bytes_iter_new(const Type* t, Value seq);
// iternext for bytes and bytearray iterators (re-reads the length each time).
Value bytes_iter_next(Value self);
// The slots of both the bytes and the bytearray iterator.
extern const TypeSlots bytes_iterator_slots;

// ---------------------------------------------------------------------------
// ItemBuf and bytearray helpers (bytearray.cpp). isz is the item size.

// Makes room for at least need items (amortised growth).
void itembuf_reserve(ItemBuf* b, size_t need, size_t isz);
// Inserts n items from src at item position at; src may point into b.
void itembuf_insert(ItemBuf* b, size_t at, const uint8_t* src, size_t n, size_t isz);
// Removes n items at position at.
void itembuf_erase(ItemBuf* b, size_t at, size_t n, size_t isz);
// del b[slice] for the positions si selects.
void itembuf_delete_slice(ItemBuf* b, const SliceIndices& si, size_t isz);
// b[slice] = n items from src (src must not point into b). Returns false,
// changing nothing, for an extended slice whose size is not n.
bool itembuf_assign_slice(ItemBuf* b, const SliceIndices& si, const uint8_t* src, size_t n, size_t isz);
// b *= times.
void itembuf_repeat(ItemBuf* b, intptr times, size_t isz);
void itembuf_reverse(ItemBuf* b, size_t isz);

ByteArray* bytearray_alloc(size_t n);  // n zero bytes
Value bytearray_from(const uint8_t* p, size_t n);
// Appends p[0, n); p may point into b itself.
inline void bytearray_append(ByteArray* b, const uint8_t* p, size_t n) { itembuf_insert(&b->buf, b->buf.len, p, n, 1); }

// The read-only methods bytes and bytearray have (bytes.cpp, and strbytes.h
// for those str has too), in the order of a method table. bytes.cpp and
// bytearray.cpp add their own.
extern const BuiltinFn bytes_decode_fn, bytes_hex_fn, bytes_translate_fn;
extern const BuiltinFn strbytes_capitalize_fn, strbytes_center_fn, strbytes_count_fn, strbytes_endswith_fn,
    strbytes_expandtabs_fn, strbytes_find_fn, strbytes_index_fn, strbytes_isalnum_fn, strbytes_isalpha_fn,
    strbytes_isascii_fn, strbytes_isdigit_fn, strbytes_islower_fn, strbytes_isspace_fn, strbytes_istitle_fn,
    strbytes_isupper_fn, strbytes_join_fn, strbytes_ljust_fn, strbytes_lower_fn, strbytes_lstrip_fn,
    strbytes_partition_fn, strbytes_removeprefix_fn, strbytes_removesuffix_fn, strbytes_replace_fn,
    strbytes_rfind_fn, strbytes_rindex_fn, strbytes_rjust_fn, strbytes_rpartition_fn, strbytes_rsplit_fn,
    strbytes_rstrip_fn, strbytes_split_fn, strbytes_splitlines_fn, strbytes_startswith_fn, strbytes_strip_fn,
    strbytes_swapcase_fn, strbytes_title_fn, strbytes_upper_fn, strbytes_zfill_fn, strbytes_getitem_fn,
    strbytes_len_fn, strbytes_iter_fn, strbytes_contains_fn;
extern const StaticMethodObj bytes_maketrans_sm;
// bytes.fromhex / bytearray.fromhex (a classmethod: cls picks the result).
extern const StaticMethodObj bytes_fromhex_cm;

inline constexpr MethodEntry bytes_shared_entries[] = {
    entry(QSTR(__contains__), &strbytes_contains_fn),
    entry(QSTR(__getitem__), &strbytes_getitem_fn),
    entry(QSTR(__iter__), &strbytes_iter_fn),
    entry(QSTR(__len__), &strbytes_len_fn),
    entry(QSTR(center), &strbytes_center_fn),
    entry(QSTR(count), &strbytes_count_fn),
    entry(QSTR(decode), &bytes_decode_fn),
    entry(QSTR(endswith), &strbytes_endswith_fn),
    entry(QSTR(find), &strbytes_find_fn),
    entry(QSTR(hex), &bytes_hex_fn),
    entry(QSTR(index), &strbytes_index_fn),
    entry(QSTR(isalpha), &strbytes_isalpha_fn),
    entry(QSTR(isdigit), &strbytes_isdigit_fn),
    entry(QSTR(islower), &strbytes_islower_fn),
    entry(QSTR(isspace), &strbytes_isspace_fn),
    entry(QSTR(isupper), &strbytes_isupper_fn),
    entry(QSTR(join), &strbytes_join_fn),
    entry(QSTR(lower), &strbytes_lower_fn),
    entry(QSTR(lstrip), &strbytes_lstrip_fn),
    entry(QSTR(partition), &strbytes_partition_fn),
    entry(QSTR(replace), &strbytes_replace_fn),
    entry(QSTR(rfind), &strbytes_rfind_fn),
    entry(QSTR(rindex), &strbytes_rindex_fn),
    entry(QSTR(rpartition), &strbytes_rpartition_fn),
    entry(QSTR(rsplit), &strbytes_rsplit_fn),
    entry(QSTR(rstrip), &strbytes_rstrip_fn),
    entry(QSTR(split), &strbytes_split_fn),
    entry(QSTR(splitlines), &strbytes_splitlines_fn),
    entry(QSTR(startswith), &strbytes_startswith_fn),
    entry(QSTR(strip), &strbytes_strip_fn),
    entry(QSTR(upper), &strbytes_upper_fn),
    // CPython has these, MicroPython leaves them out.
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(capitalize), &strbytes_capitalize_fn),
    entry(QSTR(expandtabs), &strbytes_expandtabs_fn),
    entry(QSTR(isalnum), &strbytes_isalnum_fn),
    entry(QSTR(isascii), &strbytes_isascii_fn),
    entry(QSTR(istitle), &strbytes_istitle_fn),
    entry(QSTR(ljust), &strbytes_ljust_fn),
    entry(QSTR(maketrans), &bytes_maketrans_sm),
    entry(QSTR(removeprefix), &strbytes_removeprefix_fn),
    entry(QSTR(removesuffix), &strbytes_removesuffix_fn),
    entry(QSTR(rjust), &strbytes_rjust_fn),
    entry(QSTR(swapcase), &strbytes_swapcase_fn),
    entry(QSTR(title), &strbytes_title_fn),
    entry(QSTR(translate), &bytes_translate_fn),
    entry(QSTR(zfill), &strbytes_zfill_fn),
#endif
};

// The shared entries followed by a type's own, as one constexpr array.
template <size_t A, size_t B>
constexpr std::array<MethodEntry, A + B> concat_entries(const MethodEntry (&a)[A], const MethodEntry (&b)[B]) {
  std::array<MethodEntry, A + B> r{};
  for (size_t i = 0; i < A; i++) r[i] = a[i];
  for (size_t i = 0; i < B; i++) r[A + i] = b[i];
  return r;
}
template <size_t N>
constexpr Table make_table(const std::array<MethodEntry, N>& e) {
  return {e.data(), N};
}

// ---------------------------------------------------------------------------
// Typed items (memoryview.cpp): the scalar formats of the struct module as
// memoryview, array and struct store them.

// Bytes of one item of code c in native mode (memoryview and array), or 0
// if c is not a scalar code. Codes: b B h H i I l L q Q n N P f d e ? c.
size_t native_item_size(char c);
// Alignment of code c in native mode ('@' in struct).
size_t native_item_align(char c);
// Host byte order.
inline constexpr bool kHostBigEndian = __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__;

// Reads the item of code c stored in `size` bytes at p (big-endian if big).
// Integer codes give ints, f/d/e floats, '?' a bool, 'c' a bytes of length 1.
Value item_load(char c, const uint8_t* p, size_t size, bool big);

enum class ItemError : uint8_t {
  Ok,
  NotInt,      // needs an int (or __index__)
  NotFloat,    // needs a real number
  NotChar,     // 'c' needs a bytes of length 1
  Range,       // the int does not fit the item
  FloatRange,  // the float is too large for f or e
};

// An item converted to its bits, ready for item_write. For integer codes
// neg and wide describe the value (for error messages): wide means outside
// [INT64_MIN, INT64_MAX]; with a Range error bits still holds the value
// (two's complement) unless it is outside [INT64_MIN, UINT64_MAX].
struct ItemBits {
  uint64_t bits;
  ItemError err;
  bool neg;
  bool wide;
};
// Converts v for code c stored in `size` bytes. This is where Python code
// may run (__index__, __float__, __bool__), so callers take their data
// pointer only afterwards. If clamp_float, f/e values too large become
// infinities (as array does) instead of FloatRange.
ItemBits item_encode(char c, size_t size, Value v, bool clamp_float);
// Stores the low `size` bytes of bits at p in the given byte order.
void item_write(uint8_t* p, size_t size, bool big, uint64_t bits);

// The bytes selected by a memoryview, as a new bytes (for bytes(view) of
// strided views).
Value memoryview_tobytes(Value mv);

}  // namespace minnow
