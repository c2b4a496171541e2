// The struct module: packing values into bytes and back, following a
// format string.
//
// Format grammar: [order] { [count] code }, whitespace allowed between
// items. order is '@' (native sizes and alignment, the default), '=' (host
// order, standard sizes), '<' (little-endian), '>' or '!' (big-endian).
// Codes: x pad, c char, b B ? h H i I l L q Q e f d, s and p strings, and
// in native mode also n N P. A count repeats the item, except for s and p
// where it is the string's length.
//
// MicroPython's struct has the module functions calcsize, pack, pack_into,
// unpack and unpack_from, and raises ValueError. struct.Struct,
// struct.iter_unpack and the struct.error exception are CPython's: full
// level only (MINNOW_CPYTHON_EXTRA); without them errors are ValueErrors.
#include <cstring>

#include "obj/bytes.h"
#include "obj/exception.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

#if MINNOW_CPYTHON_EXTRA
// struct.error: an Exception subclass, with the exception slots.
constinit const Type struct_error_type = {
    &type_type, QSTR(error), kTypeBaseOK | kTypeException, &exc::BaseException, &exc::Exception,
    &exception_slots, nullptr};
#endif

namespace {

#if MINNOW_CPYTHON_EXTRA
constexpr const Type* kStructError = &struct_error_type;
#else
constexpr const Type* kStructError = &exc::ValueError;
#endif

[[noreturn]] [[gnu::cold]] void raise_struct(const char* msg) { raise_msg(kStructError, msg); }

// A parsed format: text plus the byte order and mode from its first char.
struct Format {
  const char* s;
  size_t n;
  size_t pos;   // after the order character
  bool native;  // '@': native sizes and alignment
  bool big;
};

// One item of a format.
struct Item {
  size_t count;
  char code;
  size_t size;   // of one value (1 for x, s, p)
  size_t align;  // 1 unless native
};

Format parse_format(Value fmt_v) {
  Format f;
  if (const Str* s = as_str(fmt_v)) {
    f.s = s->data();
    f.n = s->len;
  } else if (isinstance(fmt_v, &bytes_type)) {
    ByteSpan b = bytes_like_arg(fmt_v);
    f.s = reinterpret_cast<const char*>(b.p);
    f.n = b.n;
  } else {
    raise_fmt(&exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(fmt_v));
  }
  f.pos = 0;
  f.native = true;
  f.big = kHostBigEndian;
  if (f.n) {
    switch (f.s[0]) {
      case '@': f.pos = 1; break;
      case '=': f.pos = 1; f.native = false; break;
      case '<': f.pos = 1; f.native = false; f.big = false; break;
      case '>':
      case '!': f.pos = 1; f.native = false; f.big = true; break;
      default: break;
    }
  }
  return f;
}

size_t std_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

// Reads the next item; returns false at the end of the format.
bool next_item(Format* f, Item* it) {
  while (f->pos < f->n && (f->s[f->pos] == ' ' || (f->s[f->pos] >= '\t' && f->s[f->pos] <= '\r'))) f->pos++;
  if (f->pos == f->n) return false;
  size_t count = 1;
  bool has_count = false;
  if (f->s[f->pos] >= '0' && f->s[f->pos] <= '9') {
    count = 0;
    has_count = true;
    while (f->pos < f->n && f->s[f->pos] >= '0' && f->s[f->pos] <= '9') {
      if (count > (SIZE_MAX / 16 - 9) / 10) raise_struct("total struct size too long");
      count = count * 10 + static_cast<size_t>(f->s[f->pos++] - '0');
    }
    if (f->pos == f->n) raise_struct("repeat count given without format specifier");
  }
  (void)has_count;
  char c = f->s[f->pos++];
  size_t size = std_size(c);
  size_t align = 1;
  if (f->native) {
    if (c == 'n' || c == 'N' || c == 'P') size = native_item_size(c);
    else if (size && c != 'x' && c != 's' && c != 'p') size = native_item_size(c);
    align = size ? native_item_align(c) : 1;
    if (c == 'x' || c == 's' || c == 'p') align = 1;
  }
  if (!size) raise_struct("bad char in struct format");
  *it = {count, c, size, align};
  return true;
}

inline size_t align_up(size_t n, size_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

// Total size in bytes and the number of values of a format.
size_t calc(Value fmt_v, size_t* n_values) {
  Format f = parse_format(fmt_v);
  Item it;
  size_t size = 0, values = 0;
  while (next_item(&f, &it)) {
    size = align_up(size, it.align);
    bool str = it.code == 's' || it.code == 'p';
    size_t add = str || it.code == 'x' ? it.count : it.count * it.size;
    if (add > SIZE_MAX / 4 - size) raise_struct("total struct size too long");
    size += add;
    if (it.code != 'x') values += str ? 1 : it.count;
  }
  if (n_values) *n_values = values;
  return size;
}

[[noreturn]] [[gnu::cold]] void raise_pack_error(const ItemBits& ib, const Item& it) {
  switch (ib.err) {
    case ItemError::NotInt: raise_struct("required argument is not an integer");
    case ItemError::NotFloat: raise_struct("required argument is not a float");
    case ItemError::NotChar: raise_struct("char format requires a bytes object of length 1");
    case ItemError::FloatRange:
      raise_fmt(&exc::OverflowError, "float too large to pack with %c format", it.code);
    default: break;
  }
  if (!ib.wide) {
    switch (it.code) {
      case 'b': raise_struct("byte format requires -128 <= number <= 127");
      case 'B': raise_struct("ubyte format requires 0 <= number <= 255");
      case 'h': raise_struct("short format requires -32768 <= number <= 32767");
      case 'H': raise_struct("ushort format requires 0 <= number <= 65535");
      case 'i': case 'l':
        if (it.size == 4)
          raise_fmt(kStructError, "'%c' format requires -2147483648 <= number <= 2147483647", it.code);
        break;
      case 'I': case 'L':
        if (it.size == 4 && !ib.neg)
          raise_fmt(kStructError, "'%c' format requires 0 <= number <= 4294967295", it.code);
        break;
      default: break;
    }
  }
  raise_struct("argument out of range");
}

// Packs values into out (zeroed, calc() bytes long). Python code may run
// (__index__ and friends), so out must not be a buffer others can resize.
void pack_to(Value fmt_v, uint8_t* out, size_t n_values, const Value* values) {
  Format f = parse_format(fmt_v);
  Item it;
  size_t pos = 0, v = 0;
  while (next_item(&f, &it)) {
    pos = align_up(pos, it.align);
    if (it.code == 'x') {
      pos += it.count;
      continue;
    }
    if (it.code == 's' || it.code == 'p') {
      Value x = values[v++];
      if (!isinstance(x, &bytes_type) && !isinstance(x, &bytearray_type))
        raise_fmt(kStructError, "argument for '%c' must be a bytes object", it.code);
      ByteSpan s = bytes_like_arg(x);
      size_t n = s.n;
      if (it.code == 's') {
        if (n > it.count) n = it.count;
        if (n) memcpy(out + pos, s.p, n);
      } else if (it.count > 0) {
        if (n > it.count - 1) n = it.count - 1;
        if (n > 255) n = 255;
        out[pos] = static_cast<uint8_t>(n);
        if (n) memcpy(out + pos + 1, s.p, n);
      }
      pos += it.count;
      continue;
    }
    for (size_t k = 0; k < it.count; k++) {
      ItemBits ib = item_encode(it.code, it.size, values[v++], false);
      if (ib.err != ItemError::Ok) raise_pack_error(ib, it);
      item_write(out + pos, it.size, f.big, ib.bits);
      pos += it.size;
    }
  }
  (void)n_values;
}

// Unpacks a format from data (at least calc() bytes) into a tuple.
Value unpack_at(Value fmt_v, const uint8_t* data, size_t n_values) {
  Tuple* t = tuple_alloc(n_values);
  Format f = parse_format(fmt_v);
  Item it;
  size_t pos = 0, v = 0;
  while (next_item(&f, &it)) {
    pos = align_up(pos, it.align);
    if (it.code == 'x') {
      pos += it.count;
      continue;
    }
    if (it.code == 's') {
      t->items()[v++] = bytes_new(reinterpret_cast<const char*>(data + pos), it.count);
      pos += it.count;
      continue;
    }
    if (it.code == 'p') {
      size_t n = it.count ? data[pos] : 0;
      if (it.count && n > it.count - 1) n = it.count - 1;
      t->items()[v++] = bytes_new(reinterpret_cast<const char*>(data + pos + 1), n);
      pos += it.count;
      continue;
    }
    for (size_t k = 0; k < it.count; k++) {
      t->items()[v++] = item_load(it.code, data + pos, it.size, f.big);
      pos += it.size;
    }
  }
  return from_ptr(t);
}

Value pack_values(Value fmt_v, size_t n, const Value* values) {
  size_t n_values;
  size_t size = calc(fmt_v, &n_values);
  if (n != n_values) raise_fmt(kStructError, "pack expected %z items for packing (got %z)", n_values, n);
  Bytes* b = bytes_alloc_obj(size);
  if (size) pack_to(fmt_v, b->data(), n, values);
  return from_ptr(b);
}

Value unpack_buffer(Value fmt_v, Value buffer) {
  size_t n_values;
  size_t size = calc(fmt_v, &n_values);
  ByteSpan s = bytes_like_arg(buffer);
  if (s.n != size) raise_fmt(kStructError, "unpack requires a buffer of %z bytes", size);
  return unpack_at(fmt_v, s.p, n_values);
}

// unpack_from/pack_into offsets: negative ones count from the end.
size_t resolve_offset(intptr off, size_t buf_len, size_t size, bool packing) {
  if (off < 0) {
    if (static_cast<size_t>(-off) > buf_len)
      raise_fmt(kStructError, "offset %D out of range for %z-byte buffer", off, buf_len);
    if (static_cast<size_t>(-off) < size) {
      if (packing) raise_fmt(kStructError, "no space to pack %z bytes at offset %D", size, off);
      raise_fmt(kStructError, "not enough data to unpack %z bytes at offset %D", size, off);
    }
    return buf_len - static_cast<size_t>(-off);
  }
  size_t o = static_cast<size_t>(off);
  if (o > buf_len || buf_len - o < size) {
    if (packing)
      raise_fmt(kStructError,
                "pack_into requires a buffer of at least %z bytes for packing %z bytes at offset %z (actual buffer size is %z)",
                size + o, size, o, buf_len);
    raise_fmt(kStructError,
              "unpack_from requires a buffer of at least %z bytes for unpacking %z bytes at offset %z (actual buffer size is %z)",
              size + o, size, o, buf_len);
  }
  return o;
}

Value unpack_from_impl(Value fmt_v, Value buffer, Value offset) {
  intptr off = offset.is_null() ? 0 : index_intptr(offset);
  size_t n_values;
  size_t size = calc(fmt_v, &n_values);
  ByteSpan s = bytes_like_arg(buffer);
  size_t at = resolve_offset(off, s.n, size, false);
  return unpack_at(fmt_v, s.p + at, n_values);
}

Value pack_into_impl(Value fmt_v, Value buffer, Value offset, size_t n, const Value* values) {
  intptr off = index_intptr(offset);
  Buffer b;
  if (!get_buffer_maybe(buffer, &b, true))
    raise_fmt(&exc::TypeError, "argument must be read-write bytes-like object, not %s", type_name(buffer));
  // Pack into a fresh bytes first: packing may run code that resizes buffer.
  Value packed = pack_values(fmt_v, n, values);
  const Bytes* pb = packed.as<Bytes>();
  get_buffer(buffer, &b, true);
  size_t at = resolve_offset(off, b.len, pb->len, true);
  if (pb->len) memcpy(static_cast<uint8_t*>(b.data) + at, pb->data(), pb->len);
  return none();
}

#if MINNOW_CPYTHON_EXTRA
// Iterator of iter_unpack: unpacks one record per step.
struct UnpackIter {
  const Type* type;
  Value fmt;
  Value buffer;
  size_t pos;
  size_t size;
  size_t n_values;
};

extern const Type unpack_iterator_type;

Value iter_unpack_impl(Value fmt_v, Value buffer) {
  size_t n_values;
  size_t size = calc(fmt_v, &n_values);
  if (size == 0) raise_struct("cannot iteratively unpack with a struct of length 0");
  ByteSpan s = bytes_like_arg(buffer);
  if (s.n % size)
    raise_fmt(kStructError, "iterative unpacking requires a buffer of a multiple of %z bytes", size);
  auto* it = static_cast<UnpackIter*>(gc::alloc(sizeof(UnpackIter)));
  it->type = &unpack_iterator_type;
  it->fmt = fmt_v;
  it->buffer = buffer;
  it->size = size;
  it->n_values = n_values;
  return from_ptr(it);
}

Value unpack_iter_next(Value self) {
  auto* it = self.as<UnpackIter>();
  ByteSpan s = bytes_like_arg(it->buffer);
  if (it->pos > s.n || s.n - it->pos < it->size) return Value::stop();
  Value r = unpack_at(it->fmt, s.p + it->pos, it->n_values);
  it->pos += it->size;
  return r;
}

#endif

// ---------------------------------------------------------------------------
// Module functions.

Value calcsize_f(Value fmt) { return small(static_cast<intptr>(calc(fmt, nullptr))); }
Value pack_f(size_t n_args, const Value* args) { return pack_values(args[0], n_args - 1, args + 1); }
Value unpack_f(Value fmt, Value buffer) { return unpack_buffer(fmt, buffer); }
#if MINNOW_CPYTHON_EXTRA
Value iter_unpack_f(Value fmt, Value buffer) { return iter_unpack_impl(fmt, buffer); }
#endif

Value unpack_from_f(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(format), QSTR(buffer), QSTR(offset)};
  Value a[3];
  parse_args(QSTR(unpack_from), n_args, n_kw, args, names, 3, 2, a);
  return unpack_from_impl(a[0], a[1], a[2]);
}

Value pack_into_f(size_t n_args, const Value* args) {
  return pack_into_impl(args[0], args[1], args[2], n_args - 3, args + 3);
}

#if MINNOW_CPYTHON_EXTRA
// ---------------------------------------------------------------------------
// struct.Struct: a format checked once, with the same methods.

struct StructObj {
  const Type* type;  // &struct_type
  Value format;      // the str or bytes given
  size_t size;
  size_t n_values;
};

extern const Type struct_type;

inline StructObj* self_st(Value v) { return native_of(v, &struct_type).as<StructObj>(); }

Value struct_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(format)};
  Value a[1];
  parse_args(QSTR(Struct), n_args, n_kw, args, names, 1, 1, a);
  auto* st = static_cast<StructObj*>(gc::alloc(sizeof(StructObj)));
  st->type = &struct_type;
  st->size = calc(a[0], &st->n_values);
  st->format = a[0];
  return from_ptr(st);
}

Value struct_getattr(Value self, const Str* name) {
  StructObj* st = self_st(self);
  if (name == QSTR(size)) return small(static_cast<intptr>(st->size));
  if (name == QSTR(format)) {
    if (isinstance(st->format, &bytes_type)) {
      ByteSpan b = bytes_like_arg(st->format);
      return str_new(reinterpret_cast<const char*>(b.p), b.n);
    }
    return st->format;
  }
  return Value::null();
}

Value st_pack_m(size_t n_args, const Value* args) {
  return pack_values(self_st(args[0])->format, n_args - 1, args + 1);
}
Value st_unpack_m(Value self, Value buffer) { return unpack_buffer(self_st(self)->format, buffer); }
Value st_iter_unpack_m(Value self, Value buffer) { return iter_unpack_impl(self_st(self)->format, buffer); }
Value st_unpack_from_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(buffer), QSTR(offset)};
  Value a[2];
  parse_args(QSTR(unpack_from), n_args - 1, n_kw, args + 1, names, 2, 1, a);
  return unpack_from_impl(self_st(args[0])->format, a[0], a[1]);
}
Value st_pack_into_m(size_t n_args, const Value* args) {
  return pack_into_impl(self_st(args[0])->format, args[1], args[2], n_args - 3, args + 3);
}

constexpr BuiltinFn st_pack_fn = make_fn_var(QSTR(pack), 1, 255, st_pack_m);
constexpr BuiltinFn st_unpack_fn = make_fn2(QSTR(unpack), st_unpack_m);
constexpr BuiltinFn st_iter_unpack_fn = make_fn2(QSTR(iter_unpack), st_iter_unpack_m);
constexpr BuiltinFn st_unpack_from_fn = make_fn_kw(QSTR(unpack_from), st_unpack_from_m);
constexpr BuiltinFn st_pack_into_fn = make_fn_var(QSTR(pack_into), 3, 255, st_pack_into_m);

constexpr MethodEntry struct_locals_entries[] = {
    entry(QSTR(iter_unpack), &st_iter_unpack_fn),
    entry(QSTR(pack), &st_pack_fn),
    entry(QSTR(pack_into), &st_pack_into_fn),
    entry(QSTR(unpack), &st_unpack_fn),
    entry(QSTR(unpack_from), &st_unpack_from_fn),
};
constexpr Table struct_locals = make_table(struct_locals_entries);

constexpr TypeSlots struct_slots = {
    struct_make_new, nullptr, nullptr, nullptr, nullptr,
    struct_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type struct_type = {
    &type_type, QSTR(Struct), kTypeBaseOK, &struct_type, &object_type, &struct_slots, &struct_locals};

constexpr TypeSlots unpack_iterator_slots = iterator_slots(unpack_iter_next);
constinit const Type unpack_iterator_type = {
    &type_type, QSTR(unpack_iterator), kTypeIterIsSelf, &unpack_iterator_type, &object_type,
    &unpack_iterator_slots, nullptr};
#endif

constexpr BuiltinFn calcsize_fn = make_fn1(QSTR(calcsize), calcsize_f);
constexpr BuiltinFn pack_fn = make_fn_var(QSTR(pack), 1, 255, pack_f);
constexpr BuiltinFn unpack_fn = make_fn2(QSTR(unpack), unpack_f);
constexpr BuiltinFn unpack_from_fn = make_fn_kw(QSTR(unpack_from), unpack_from_f);
constexpr BuiltinFn pack_into_fn = make_fn_var(QSTR(pack_into), 3, 255, pack_into_f);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn iter_unpack_fn = make_fn2(QSTR(iter_unpack), iter_unpack_f);
#endif

constexpr MethodEntry struct_globals_entries[] = {
    entry(QSTR(__name__), QSTR(struct)),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(Struct), &struct_type),
#endif
    entry(QSTR(calcsize), &calcsize_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(error), &struct_error_type),
    entry(QSTR(iter_unpack), &iter_unpack_fn),
#endif
    entry(QSTR(pack), &pack_fn),
    entry(QSTR(pack_into), &pack_into_fn),
    entry(QSTR(unpack), &unpack_fn),
    entry(QSTR(unpack_from), &unpack_from_fn),
};
constexpr Table struct_globals = make_table(struct_globals_entries);

}  // namespace

constinit const BuiltinModule struct_module = {QSTR(struct), &struct_globals, nullptr};

}  // namespace minnow
