// The methods str shares with bytes and bytearray (strbytes.cpp): one
// byte-level implementation of searching, splitting, stripping, replacing,
// padding, case mapping and the is*() tests serves all three types, and the
// method tables of str (str_methods.cpp) and bytes/bytearray (bytes.h) list
// the same BuiltinFn objects.
//
// A shared method receives self as the native Str, Bytes or ByteArray and
// tells them apart by self's type. What differs between the kinds is small
// and decided once per call, never per byte:
// - the result objects: str for str, self's kind for bytes and bytearray
//   (text_new, text_alloc, text_from_builder);
// - indices: code points for str (str methods still work on bytes, and
//   convert at the edges: a byte match of valid UTF-8 always starts on a
//   character boundary), bytes otherwise;
// - the arguments accepted: str for str, any bytes-like object for bytes;
// - the character classes: str has Unicode's (ASCII strings, the common
//   case, take the same byte loops as bytes), bytes only ASCII's;
// - the error messages, which follow CPython's for each type.
// Methods convert every argument first (which may run Python code, e.g.
// __index__, and resize a bytearray self) and take spans of the data after.
#pragma once
#include "obj/bytes.h"

namespace minnow {

// Is self (a native str, bytes or bytearray) a str?
inline bool is_text(Value self) { return self.obj()->type == &str_type; }

// The bytes of a native str, bytes or bytearray.
inline ByteSpan text_span(Value self) {
  if (is_text(self)) {
    const Str* s = self.as<Str>();
    return {reinterpret_cast<const uint8_t*>(s->data()), s->len};
  }
  return bytes_span(self);
}

// A result of self's kind holding a copy of p[0, n): self itself when that is
// a str or bytes holding exactly this data.
Value text_new(Value self, const uint8_t* p, size_t n);
// Room for a result of n bytes of self's kind, filled in by the caller before
// anyone else sees it; *out gets the object.
uint8_t* text_alloc(Value self, size_t n, Value* out);
// The builder's contents as a result of self's kind (the builder is emptied).
Value text_from_builder(Value self, StrBuilder* sb);

// self * count, of self's kind: text_repeat (declared in bytes.h).
// self[slice] for bytes, bytearray and all-ASCII strs (positions are bytes).
Value text_slice(Value self, const SliceIndices& si);

// First (or, if last, the last) position of nd[0, m) in h[start, end), or -1.
intptr text_search(const uint8_t* h, size_t start, size_t end, const uint8_t* nd, size_t m, bool last);

// ASCII character classes of the is*() tests and of split()/strip().
enum : uint8_t {
  kCharSpace = 1,   // str's whitespace: \t \n \v \f \r \x1c-\x1f and ' '
  kCharDigit = 2,
  kCharUpper = 4,
  kCharLower = 8,
  kCharPrint = 16,  // ' ' to '~'
  kCharByteSpace = 32,  // bytes' whitespace: \t \n \v \f \r and ' '
};
// True if self is non-empty (or empty_result for an empty one) and every
// character is in class cls (ASCII) or, for other characters of a str,
// satisfies pred; other bytes of a bytes never do.
Value text_all_chars(Value self, uint8_t cls, bool (*pred)(uint32_t), bool empty_result = false);

// Case mapping for lower() & co. and str.casefold().
enum class CaseMap : uint8_t { Lower, Upper, Swap, Capitalize, Title, Fold };
Value text_map_case(Value self, CaseMap how);

// The shared method objects are declared in bytes.h (strbytes_*_fn).

// ---------------------------------------------------------------------------
// Hooks implemented by the str type (str_methods.cpp).

// The case mapping of a str that is not all ASCII (full Unicode mappings).
Value str_map_case_unicode(const Str* s, CaseMap how);

}  // namespace minnow
