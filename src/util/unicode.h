// Character classes and case mappings of Unicode code points, as Python's
// str methods see them (the Unicode version of CPython 3.11: 14.0).
//
// With cfg::unicode (the full level) the answers come from compact range
// tables generated from CPython's unicodedata by tools/gen_unicode.py; without
// it only ASCII and Latin-1 are classified and other characters are
// caseless, printable, non-space and not letters (as in MicroPython).
// Everything here works for ASCII too, but callers keep their own ASCII fast
// paths.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow::unicode {

bool is_printable(uint32_t cp);  // str.isprintable() of one character
bool is_space(uint32_t cp);      // str.isspace(): what split() splits on
bool is_alpha(uint32_t cp);      // categories L*
bool is_decimal(uint32_t cp);    // Nd
bool is_digit(uint32_t cp);      // has a digit value (Nd and superscripts...)
bool is_numeric(uint32_t cp);    // has a numeric value
bool is_upper(uint32_t cp);      // Uppercase property
bool is_lower(uint32_t cp);      // Lowercase property
bool is_title(uint32_t cp);      // Lt
bool is_cased(uint32_t cp);      // upper, lower or title
// Ignored when looking for the cased letters around a capital sigma.
bool is_case_ignorable(uint32_t cp);
bool is_xid_start(uint32_t cp);     // may start an identifier ('_' included)
bool is_xid_continue(uint32_t cp);  // may continue one
// The value 0..9 of a decimal digit, or -1.
int decimal_value(uint32_t cp);

// Full case mappings (Python's upper(), lower(), title() of one character,
// and casefold()): write 1..3 code points to out and return how many.
size_t to_upper(uint32_t cp, uint32_t out[3]);
size_t to_lower(uint32_t cp, uint32_t out[3]);
size_t to_title(uint32_t cp, uint32_t out[3]);
size_t to_fold(uint32_t cp, uint32_t out[3]);

}  // namespace minnow::unicode
