// Text formatting: the format-spec mini-language shared by format(),
// str.format and f-strings, and printf-style `%` formatting.
//
// Spec grammar (Python's):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parse_format_spec() turns the text into a FormatSpec; the format_* helpers
// apply one to a value and append the result to a StrBuilder.
#pragma once
#include "vm/runtime.h"

namespace minnow {

struct FormatSpec {
  uint32_t fill = ' ';   // code point
  bool fill_given = false;   // an explicit fill character came with align
  char align = 0;        // 0 (the type's default), '<', '>', '=', '^'
  bool zero = false;     // '0' before the width: zero padding
  char sign = 0;         // 0 (same as '-'), '+', '-', ' '
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  char grouping = 0;     // 0, ',' or '_'
  size_t width = 0;      // minimum width in code points
  intptr precision = -1; // -1 when absent
  char type = 0;         // 0 when absent
};

// Parses a format spec; raises ValueError for a malformed one. type_name is
// the formatted value's type (for messages) and default_type the type letter
// an absent one means: 's' for str, 'd' for int, 0 for float.
void parse_format_spec(const char* s, size_t n, FormatSpec* out, const char* type_name, char default_type);

// format(v, spec): str, int, bool, float and complex natively; objects of
// Python classes through their __format__; anything else accepts only an
// empty spec (str(v)). spec may be null (empty).
Value format_value(Value v, const Str* spec);

// The __format__ of the builtin types, appending to out. text is a str's
// text; i an int or bool; raise ValueError/TypeError as Python does.
void format_str_to(StrBuilder* out, const Str* text, const FormatSpec& spec);
void format_int_to(StrBuilder* out, Value i, const FormatSpec& spec);
void format_float_to(StrBuilder* out, double d, const FormatSpec& spec);

// ascii(v): repr(v) with non-ASCII characters escaped (\xNN, \uNNNN, \UNNNNNNNN).
Value ascii_of(Value v);

// fmt.format(*args, **kwargs): args holds n_args positional values, then
// n_kw (name, value) pairs.
Value str_format(const Str* fmt, size_t n_args, size_t n_kw, const Value* args);
// fmt.format_map(mapping).
Value str_format_map(const Str* fmt, Value mapping);
// self % args for a str, bytes or bytearray self (printf-style formatting,
// one engine for both: bytes formats differ in %s, %r, %a, %b and %c and
// make results of self's kind); args is a tuple, a mapping (for %(name)s)
// or a single value.
Value text_percent(Value self, Value args);
inline Value str_percent(const Str* fmt, Value args) {
  return text_percent(Value::from_obj(reinterpret_cast<const Obj*>(fmt)), args);
}

// ---------------------------------------------------------------------------
// Hooks implemented by the int type (obj/int.cpp).

// Writes the digits of |i| (an int or bool, no sign, lower-case letters) in
// base 2..36 to buf and returns how many there are. When bufsize is too small
// it writes nothing and returns a size that is enough (it may be an
// over-estimate); the caller then retries with a buffer that large.
size_t int_to_digits(Value i, int base, char* buf, size_t bufsize);
// Is the int or bool i below zero?
bool int_is_negative(Value i);

}  // namespace minnow
