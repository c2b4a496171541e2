// Float <-> text conversion with Python's exact semantics, freestanding.
//
// Everything here is correctly rounded: repr() prints the shortest digit
// string that reads back to the same double; format() prints the exact
// binary value rounded half-even at the requested digit; parse() rounds the
// exact decimal value half-even.  No allocation, no libc formatting.
//
// Resource use (see fltfmt.cpp for the reasoning):
//   * flash: about 9 KB of code and 0.7 KB of tables (powers of five).
//   * stack: repr() < 0.5 KB; format() and round_ndigits() peak near 1.3 KB
//     (an 800-byte digit buffer plus a 160-byte big integer) only when more
//     than 17 significant digits are requested; parse() peaks near 1 KB on
//     the rare inputs that need the exact comparison (two 360-byte big
//     integers), otherwise well under 0.3 KB.
//   * time: repr() of a typical double is tens of nanoseconds on a desktop
//     CPU; the exact big-integer paths run only for inputs a 128-bit
//     estimate cannot decide (about 1 in 64 of inputs with 20 or more
//     significant digits, otherwise practically never).
#pragma once

#include <cstddef>
#include <cstdint>

namespace minnow::fltfmt {

// ---------------------------------------------------------------------------
// repr(float) == str(float)

// Buffer size that always suffices for repr(): the longest output is 24
// characters ("-1.2345678901234567e-308") plus the terminating NUL.
inline constexpr size_t kReprBufSize = 32;

// Writes Python's repr(v) into buf (at least kReprBufSize bytes), followed by
// a NUL, and returns its length (without the NUL).
size_t repr(double v, char* buf);

// ---------------------------------------------------------------------------
// format(v, spec) and the %-operator

// The parts of a format spec that change the number's text.  Fill, align,
// width, the '+'/' ' sign options and grouping are the caller's business:
// format() emits '-' for values with the sign bit set (including -0.0, except
// under no_neg_zero) and nothing for other values, and never signs a nan.
struct FormatSpec {
  // One of 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%', or 0 for the empty type, or 'r'
  // (also accepted as 's') for repr.  'n' behaves as 'g' (no locale).  The
  // upper-case types print "E", "INF" and "NAN".  '%' multiplies by 100 (in
  // double arithmetic, as CPython does), formats as 'f' and appends '%'.
  char type = 0;
  // Digits after the point ('e' 'f' '%') or significant digits ('g' and the
  // empty type); -1 means the default (6 for e/f/g/%, shortest repr for the
  // empty type).  'r' ignores it.
  int precision = -1;
  bool alternate = false;    // '#': keep the point and trailing zeros
  bool no_neg_zero = false;  // 'z': drop the '-' of a result that shows 0
};

// Formats v as described by spec into buf, writing at most bufsize bytes
// (no NUL terminator), and returns the full length of the text, which may
// exceed bufsize; then call again with a buffer of that size.  Never fails.
// Returns 0 and writes nothing for an unknown spec.type.
size_t format(double v, const FormatSpec& spec, char* buf, size_t bufsize);

// An upper bound of format(v, spec, ...) over all doubles v.
size_t format_bound(const FormatSpec& spec);

// The %-operator's float conversions: conv is one of "eEfFgG" (precision
// < 0 means 6; flag '#' sets alternate), or 'r', 's', 'a' which give repr
// (a precision on %r/%s truncates the string; that is the caller's job).
// Same return convention as format().
size_t format_printf(double v, char conv, int precision, bool alternate, char* buf,
                     size_t bufsize);

// ---------------------------------------------------------------------------
// round(x, ndigits)

// Python's round(x, ndigits) for a float: x rounded half-even, on its exact
// binary value, to a multiple of 10**-ndigits, then read back as a double.
// nan and ±inf come back unchanged; ndigits > 323 returns x; ndigits < -308
// returns 0.0 with x's sign.  A finite x giving a ±inf result means the
// rounded value overflowed: Python raises
//   OverflowError("rounded value too large to represent").
// Callers holding a Python int ndigits clamp it to [-400, 400] first.
double round_ndigits(double x, int ndigits);

// ---------------------------------------------------------------------------
// parse

enum ParseFlags : unsigned {
  // float(str) syntax: surrounding whitespace (" \t\n\v\f\r" and, in UTF-8,
  // the Unicode spaces str.isspace() knows, but not \x1c-\x1f, which
  // float() rejects), an optional sign, digits with single underscores
  // between digits, '.', exponent, and inf / infinity / nan in any case.
  kParseFloat = 0,
  // A float literal token as the lexer hands it over: no whitespace, no
  // sign, no inf/nan words.  Underscores follow the same rule.
  kParseLiteral = 1,
  // float(bytes): as kParseFloat but only ASCII whitespace is stripped.
  kParseBytes = 2,
};

// Parses s[0, n) and stores the correctly rounded double in *out (overflow
// gives ±inf, underflow ±0.0, "nan" the quiet NaN with the given sign).
// Returns false, leaving *out alone, if the text is not exactly a float in
// the selected syntax.  Non-ASCII decimal digits are not accepted (CPython
// accepts any Unicode Nd digit; a caller wanting that maps them first).
bool parse(const char* s, size_t n, double* out, unsigned flags = kParseFloat);

// ---------------------------------------------------------------------------
// Internals exposed for the unit tests only.
namespace detail {

// 10**e10 ~= (hi * 2**64 + lo) * 2**exp2 with the 128-bit mantissa normalized
// (top bit set) and truncated toward zero; exact is true when nothing was
// truncated.  Valid for -364 <= e10 <= 363.
struct Pow10 {
  uint64_t hi, lo;
  int exp2;
  bool exact;
};
Pow10 pow10_approx(int e10);

// floor(e * log10(2)) and floor(e * log10(2) + log10(3/4)), |e| <= 1100.
int floor_log10_pow2(int e);
int floor_log10_three_quarters_pow2(int e);

// floor(x * 2**e2 * 10**e10) and whether it was inexact.  Returns false if the
// floor does not fit in 64 bits.  force_exact skips the 128-bit estimate's
// shortcut and always confirms the result with big integers.
bool scaled_floor(uint64_t x, int e2, int e10, uint64_t* fl, bool* inexact,
                  bool force_exact = false);

// Digit generators (digits not NUL-terminated, trailing zeros stripped; the
// value is 0.DIGITS * 10**decpt).  force_exact takes the big-integer path.
int shortest_digits(double v, char* out, int* decpt, bool force_exact = false);
int sig_digits(double v, int ndigits, char* out, int* decpt, bool force_exact);
int fixed_digits(double v, int frac_digits, char* out, int* decpt, bool force_exact);
inline constexpr int kMaxDigits = 800;  // size of `out` for the generators

// The exact-comparison path of parse(), forced.
bool parse_exact(const char* s, size_t n, double* out);

}  // namespace detail

}  // namespace minnow::fltfmt
