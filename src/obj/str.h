// str internals shared by the files that work on text: str.cpp (storage,
// interning, printing), str_methods.cpp (the str type and its methods) and
// format.cpp (formatting). Other files use the "Strings" section of
// vm/runtime.h; bytes.decode and friends may use the codec entry points here.
//
// Invariants of a Str (see obj/object.h for the layout):
// - data() holds len bytes of UTF-8 and a NUL after them; the text never
//   changes once anyone else can see the object. Lone surrogates (from
//   chr(0xD800)) are stored as their 3-byte form; encode() rejects them.
// - hash is 0 until str_hash() computes it; static strings carry it already.
// - indices seen by Python code are code points; byte offsets stay inside
//   these files. An ASCII string (the common case) has len code points.
#pragma once
#include "vm/runtime.h"

namespace minnow {

// ---------------------------------------------------------------------------
// UTF-8.

inline bool utf8_is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Bytes in the sequence that starts with lead byte b (1 for a stray byte).
inline size_t utf8_seq_len(uint8_t b) {
  if (b < 0xE0) return b < 0xC0 ? 1 : 2;
  return b < 0xF0 ? 3 : 4;
}

// Decodes the code point starting at *p (valid UTF-8) and moves *p past it.
inline uint32_t utf8_next(const char** p) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(*p);
  uint32_t c = s[0];
  if (c < 0x80) {
    *p += 1;
    return c;
  }
  if (c < 0xE0) {
    *p += 2;
    return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c < 0xF0) {
    *p += 3;
    return ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);
  }
  *p += 4;
  return ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3F);
}

// Decodes the code point that ends just before *p (valid UTF-8, *p > start)
// and moves *p back to its first byte.
inline uint32_t utf8_prev(const char** p) {
  const char* q = *p - 1;
  while (utf8_is_cont(static_cast<uint8_t>(*q))) q--;
  *p = q;
  const char* r = q;
  return utf8_next(&r);
}

// Bytes needed to encode cp (cp <= 0x10FFFF).
inline size_t utf8_width(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Writes cp as UTF-8 to out (room for 4 bytes) and returns the byte count.
size_t utf8_encode(uint32_t cp, char* out);

// Checks that s[0, n) is valid UTF-8 as Python's decoder accepts it (no
// overlong forms, no surrogates, nothing above U+10FFFF). On failure stores
// the offset of the bad sequence, how many bytes of it to report, and a
// reason ("invalid start byte", "invalid continuation byte", "unexpected end
// of data").
bool utf8_check(const char* s, size_t n, size_t* bad_at, size_t* bad_len, const char** reason);

// True if every byte of s[0, n) is below 0x80.
bool ascii_only(const char* s, size_t n);

// ---------------------------------------------------------------------------
// Code points of a Str.

// Code points in s. Heap strings remember the count (see str.cpp), so
// calling this for every s[i] of a loop stays O(1) per call.
size_t str_char_len(const Str* s);
inline bool str_is_ascii(const Str* s) { return str_char_len(s) == s->len; }
// Byte offset of code point number ci of s (0 <= ci <= char length).
// Sequential calls on one string (left to right or back) are O(step).
size_t str_byte_offset(const Str* s, size_t ci);
// Code point index of byte offset bi (a character boundary) of s.
size_t str_char_index(const Str* s, size_t bi);

// A one-character str; ASCII ones are static and never allocate.
Value str_char(uint32_t cp);
// The value of a Str pointer (static or heap).
inline Value str_value(const Str* s) { return Value::from_obj(reinterpret_cast<const Obj*>(s)); }
// The Str of a str (or str subclass) argument; else raises TypeError
// "<what> must be str, not T" (what may be null: "expected str, got T").
const Str* str_arg(Value v, const char* what);
// s[b0, b1) by byte offsets (character boundaries) as a str; shares s itself
// for the whole range.
Value str_sub(const Str* s, size_t b0, size_t b1);
// a + b.
Value str_concat(const Str* a, const Str* b);
// -1, 0 or 1 comparing by code point (UTF-8 byte order is code point order).
int str_compare(const Str* a, const Str* b);

// ---------------------------------------------------------------------------
// The str type (str_methods.cpp).

extern const Table str_locals;
// Iterator over the characters of a str.
extern const Type str_iter_type;

// ---------------------------------------------------------------------------
// Codecs: str(bytes, encoding, errors), bytes.decode and str.encode.
// encoding/errors may be null for the defaults ('utf-8', 'strict'). Supported
// encodings: utf-8, ascii, latin-1 (with the usual spellings); errors:
// strict, ignore, replace, and for encoding also backslashreplace.
// Raises LookupError for other encodings, UnicodeDecodeError/EncodeError.
Value str_decode(const char* s, size_t n, const Str* encoding, const Str* errors);
Value str_encode(const Str* s, const Str* encoding, const Str* errors);

}  // namespace minnow
