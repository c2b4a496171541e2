// Float <-> text conversion with Python's exact semantics, freestanding.
//
// Everything here is correctly rounded: repr() prints the shortest digit
// string that reads back to the same double; format() prints the exact
// binary value rounded half-even at the requested digit; parse() rounds the
// exact decimal value half-even.  No allocation, no libc formatting.
//
// Resource use, measured for Cortex-M0 (clang -Os, Thumb-1):
//   * flash: about 15 KB of code, including 0.8 KB of tables (a 26-entry
//     table of 192-bit powers of five; other powers of ten are derived).
//   * stack, worst case including the rare exact big-integer paths:
//     repr() 0.8 KB; format() 1.6 KB (an 800-byte digit buffer); parse()
//     1.1 KB (two 352-byte big integers, only for inputs the 128-bit estimate
//     cannot decide); round_ndigits() 1.9 KB.
//   * time (x86-64 desktop): repr() of a typical double 60-150 ns, format()
//     with up to 17 significant digits 50-120 ns, parse() 30-70 ns.  The
//     exact paths run for more than 17 requested digits, when a scaled value
//     is an exact integer but the power of ten is not (repr(1e20)), and for
//     under 1% of parse inputs with more than 19 significant digits.
//
// The compact build (cfg::fltfmt_compact, the default below the full level)
// keeps only the exact big-integer paths and gives the same results
// everywhere: about 5.7 KB of code instead of 9.8 KB (Cortex-M4, GCC -Os),
// stack within the bounds above, and 2-7 times the time (x86-64: repr() of a
// typical double 0.25 us, of 1e308 1.6 us; parse() 0.2-0.4 us, 8 us for 800
// digits).  In that build the detail functions pow10_approx() and
// scaled_floor() do not exist and force_exact changes nothing.
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
size_t format_printf(double v, char conv, int precision, bool alternate, char* buf, size_t bufsize);

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
// floor does not fit in 64 bits, x >= 2**62 or e10 is outside [-364, 363].  force_exact skips the
// 128-bit estimate's shortcut and always confirms the result with big integers.
bool scaled_floor(uint64_t x, int e2, int e10, uint64_t* fl, bool* inexact,
                  bool force_exact = false);

// Digit generators for a finite v > 0 (digits not NUL-terminated, trailing
// zeros stripped; the value is 0.DIGITS * 10**decpt).  force_exact takes the
// big-integer path.  sig_digits rounds to ndigits >= 1 significant digits;
// fixed_digits rounds to a multiple of 10**-frac_digits and returns 0 digits
// with decpt = -frac_digits when that is zero.
int shortest_digits(double v, char* out, int* decpt, bool force_exact = false);
int sig_digits(double v, int ndigits, char* out, int* decpt, bool force_exact);
int fixed_digits(double v, int frac_digits, char* out, int* decpt, bool force_exact);
inline constexpr int kMaxDigits = 800;  // size of `out` for the generators

// The exact-comparison path of parse(), forced.
bool parse_exact(const char* s, size_t n, double* out);

}  // namespace detail

}  // namespace minnow::fltfmt
