// Arbitrary-precision integer kernel: arithmetic on caller-owned digit arrays.
//
// Nothing here allocates. Every result goes into a buffer the caller supplies,
// sized with the bound function documented next to the operation; every
// operation that needs temporary space takes a `scratch` buffer sized with its
// `*_scratch` function (a bound of 0 means null may be passed). Bound
// functions return kTooBig when the size would not fit in memory, so a caller
// can raise MemoryError before computing anything.
//
// Representation
//   A magnitude is a little-endian array of 32-bit Digits plus a length. It is
//   normalized when its top digit is nonzero; zero is the empty array (n == 0).
//   Every function reads normalized inputs and returns the normalized length
//   of what it wrote; digits written above that length are unspecified.
//
//   A signed value is an Int view: {digits, length, sign}. Zero is never
//   negative. Signed operations follow Python's semantics: floor division,
//   a modulo with the divisor's sign, bitwise operations on an infinite
//   two's-complement representation, >> rounding toward minus infinity.
//
// Aliasing
//   Unless a function says otherwise, output buffers must not overlap any
//   input or the scratch buffer. The elementwise magnitude primitives
//   (mag_add, mag_sub, mag_*_small, mag_shl, mag_shr) allow the output to be
//   exactly the same pointer as an input.
//
// Preconditions (division by zero, a negative exponent, bad bases...) are the
// caller's to check; they are listed per function and not re-checked here.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow::bignum {

using Digit = uint32_t;
using DDigit = uint64_t;
inline constexpr unsigned kDigitBits = 32;

// Returned by bound functions when the result could not fit in memory.
inline constexpr size_t kTooBig = SIZE_MAX;

// Below this many digits in the shorter operand, multiplication (and squaring)
// is schoolbook and needs no scratch.
inline constexpr size_t kKaratsubaThreshold = 32;

// Interrupt polling. Long operations (products, divisions, powers, string
// conversions, gcd) call poll_hook, when set, after about every million
// digit operations of work, so a few milliseconds apart at most. The hook
// may leave by a non-local jump (the VM raises KeyboardInterrupt from it):
// nothing here holds resources, so the operation and its buffers are simply
// abandoned; the caller's output and scratch are left unspecified.
extern void (*poll_hook)();

enum class Status : uint8_t {
  ok,
  overflow,        // result does not fit the requested type or width
  not_invertible,  // pow(a, -e, m) with gcd(a, m) != 1
  invalid,         // from_string: a character that is not a digit of the base
};

// A read-only view of a signed integer. Invariant: d[n-1] != 0 when n > 0,
// and neg is false when n == 0.
struct Int {
  const Digit* d;
  size_t n;
  bool neg;
};

inline Int make_int(const Digit* d, size_t n, bool neg) { return Int{d, n, neg && n != 0}; }
inline Int negate(Int a) { return Int{a.d, a.n, !a.neg && a.n != 0}; }
inline Int abs_of(Int a) { return Int{a.d, a.n, false}; }
inline bool is_zero(Int a) { return a.n == 0; }

// ---------------------------------------------------------------------------
// Magnitude primitives. Inputs normalized; outputs sized as stated.

// Length of a without its zero top digits.
size_t mag_normalize(const Digit* a, size_t n);
// -1, 0 or 1 as a <, ==, > b.
int mag_cmp(const Digit* a, size_t an, const Digit* b, size_t bn);
// Bits in a (0 for zero).
uint64_t mag_bit_length(const Digit* a, size_t an);

// r = a + b. r: max(an, bn) + 1 digits; r may be a or b.
size_t mag_add(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn);
// r = a - b, requires a >= b. r: an digits; r may be a or b.
size_t mag_sub(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn);
// r = a + b. r: an + 1 digits; r may be a.
size_t mag_add_small(Digit* r, const Digit* a, size_t an, Digit b);
// r = a - b, requires a >= b. r: an digits (at least 1); r may be a.
size_t mag_sub_small(Digit* r, const Digit* a, size_t an, Digit b);
// r = a * m + add. r: an + 1 digits; r may be a.
size_t mag_mul_small(Digit* r, const Digit* a, size_t an, Digit m, Digit add = 0);

// r = a * b. r: an + bn digits, must not overlap a or b (a may equal b: that
// squares). scratch: mag_mul_scratch(an, bn) digits (0 below the Karatsuba
// threshold). Karatsuba above kKaratsubaThreshold digits.
size_t mag_mul(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn, Digit* scratch);
size_t mag_mul_scratch(size_t an, size_t bn);

// q = a / d, *rem = a % d, requires d != 0. q: an digits; q may be a.
// Returns the length of q.
size_t mag_divmod_small(Digit* q, const Digit* a, size_t an, Digit d, Digit* rem);
// a % d, requires d != 0.
Digit mag_mod_small(const Digit* a, size_t an, Digit d);

// Knuth's algorithm D: q = a / b, r = a % b, requires bn > 0.
// q: max(an - bn + 1, 1) digits, or null when only the remainder is wanted.
// r: bn digits, or null; *rn receives its length (rn may be null when r is).
// q may alias a, r may alias a or b; q and r must not overlap each other.
// scratch: mag_divmod_scratch(an, bn). Returns the length of q.
size_t mag_divmod(Digit* q, Digit* r, size_t* rn, const Digit* a, size_t an, const Digit* b, size_t bn,
                  Digit* scratch);
size_t mag_divmod_scratch(size_t an, size_t bn);

// r = a << k. r: mag_shl_size(an, k) digits; r may be a.
size_t mag_shl(Digit* r, const Digit* a, size_t an, uint64_t k);
size_t mag_shl_size(size_t an, uint64_t k);
// r = a >> k. r: an digits; r may be a.
size_t mag_shr(Digit* r, const Digit* a, size_t an, uint64_t k);

// ---------------------------------------------------------------------------
// Signed operations (Python semantics). Results are views into the caller's
// buffer r. Sizes are in digits.

// -1, 0 or 1 as a <, ==, > b.
int cmp(Int a, Int b);

// r = a + b, a - b. r: add_size(a, b).
inline size_t add_size(Int a, Int b) { return (a.n > b.n ? a.n : b.n) + 1; }
Int add(Digit* r, Int a, Int b);
Int sub(Digit* r, Int a, Int b);

// r = a * b. r: a.n + b.n. scratch: mag_mul_scratch(a.n, b.n).
Int mul(Digit* r, Int a, Int b, Digit* scratch);

// Floor division: q = floor(a / b), r = a - q*b (zero or with b's sign).
// Requires b != 0 (the caller raises ZeroDivisionError). Either output may be
// null. q: divmod_q_size(a.n, b.n); r: b.n. scratch: divmod_scratch(a.n, b.n).
struct DivMod {
  Int q;
  Int r;
};
inline size_t divmod_q_size(size_t an, size_t bn) { return an >= bn ? an - bn + 2 : 1; }
size_t divmod_scratch(size_t an, size_t bn);
DivMod divmod(Digit* q, Digit* r, Int a, Int b, Digit* scratch);
inline Int floordiv(Digit* q, Int a, Int b, Digit* scratch) { return divmod(q, nullptr, a, b, scratch).q; }
inline Int mod(Digit* r, Int a, Int b, Digit* scratch) { return divmod(nullptr, r, a, b, scratch).r; }

// r = a ** e for e >= 0. pow_size is a bound on the result computed from
// log2|a| * e before any work, kTooBig if absurd (the caller raises
// MemoryError). r: pow_size(a, e); scratch: pow_scratch(a, e).
size_t pow_size(Int a, Int e);
size_t pow_scratch(Int a, Int e);
Int pow(Digit* r, Int a, Int e, Digit* scratch);

// *out = pow(a, e, m), Python 3.8+ semantics: requires m != 0 (the caller
// raises ValueError); the result is 0 or has m's sign; a negative e uses the
// modular inverse of a and reports not_invertible when there is none.
// r: m.n digits. scratch: pow_mod_scratch(a.n, m.n).
size_t pow_mod_scratch(size_t an, size_t mn);
Status pow_mod(Digit* r, Int* out, Int a, Int e, Int m, Digit* scratch);

// Bitwise operations on infinite two's complement. r: bitwise_size(a, b).
inline size_t bitwise_size(Int a, Int b) { return (a.n > b.n ? a.n : b.n) + 1; }
Int bit_and(Digit* r, Int a, Int b);
Int bit_or(Digit* r, Int a, Int b);
Int bit_xor(Digit* r, Int a, Int b);
// r = ~a = -a - 1. r: a.n + 1.
Int bit_not(Digit* r, Int a);

// r = a << k. r: shl_size(a.n, k) (kTooBig when absurd).
inline size_t shl_size(size_t an, uint64_t k) { return mag_shl_size(an, k); }
Int shl(Digit* r, Int a, uint64_t k);
// r = a >> k, rounding toward minus infinity (so -1 >> k == -1). r: a.n + 1.
Int shr(Digit* r, Int a, uint64_t k);

// Bits of |a| (Python's int.bit_length) and set bits of |a| (int.bit_count).
inline uint64_t bit_length(Int a) { return mag_bit_length(a.d, a.n); }
uint64_t bit_count(Int a);

// r = gcd(|a|, |b|) by Lehmer's algorithm; gcd(0, 0) == 0.
// r: gcd_size(a.n, b.n). scratch: gcd_scratch(a.n, b.n).
inline size_t gcd_size(size_t an, size_t bn) { return (an > bn ? an : bn) + 1; }
size_t gcd_scratch(size_t an, size_t bn);
Int gcd(Digit* r, Int a, Int b, Digit* scratch);

// Python's hash(int): a reduced modulo the Mersenne prime 2**61-1 (2**31-1
// where intptr_t is 32 bits), with the sign of a, and -1 mapped to -2.
intptr_t hash(Int a);

// ---------------------------------------------------------------------------
// Conversions.

// Writes a in base 2..36: a '-' when negative, then the digits (lowercase
// unless upper), no prefix, no terminator. Returns the number of chars.
// out: to_string_size(a.n, base) chars (a bound; the text is written at its
// end first, then moved to out[0]); scratch: to_string_scratch(a.n, base).
// Powers of two are a linear walk over the bits. Other bases split the number
// by divide and conquer at powers of the base (long division), down to
// pieces of a few dozen digits peeled 9 decimal digits (or the base's
// equivalent) at a time: 100,000 decimal digits take about 0.08 s on a
// desktop, against 0.14 s for CPython 3.11.
size_t to_string_size(size_t an, unsigned base);
size_t to_string_scratch(size_t an, unsigned base);
size_t to_string(char* out, Int a, unsigned base, Digit* scratch, bool upper = false);

// Parses s[0..len) as digits of base 2..36 (either letter case). No sign,
// prefix or whitespace: the caller strips them. With underscores, a single
// '_' is accepted between two digits (Python's rule; after a base prefix
// such as "0x_1f" the caller strips that one '_' too). Empty input, a bad
// character or a misplaced '_' give Status::invalid. The result is
// nonnegative. r: from_string_size(len, base). Horner's rule on chunks of 9
// decimal digits (quadratic: 100,000 decimal digits in about 0.04 s).
// Powers of two are linear.
size_t from_string_size(size_t len, unsigned base);
Status from_string(Digit* r, Int* out, const char* s, size_t len, unsigned base, bool underscores);

// Machine integers. r: 2 digits.
inline constexpr size_t kU64Digits = 2;
Int from_u64(Digit* r, uint64_t v);
Int from_i64(Digit* r, int64_t v);
Status to_i64(Int a, int64_t* out);
Status to_u64(Int a, uint64_t* out);  // overflow for a negative a too
bool fits_intptr(Int a);
intptr_t to_intptr(Int a);  // requires fits_intptr(a)

// float(a), correctly rounded (half to even); overflow past the double range
// (Python: "int too large to convert to float").
Status to_double(Int a, double* out);
// int(x): truncates toward zero. Requires x finite (the caller raises for inf
// and nan). r: kDoubleDigits.
inline constexpr size_t kDoubleDigits = 33;
Int from_double(Digit* r, double x);

// a / b as a double, correctly rounded from the exact quotient (not
// float(a) / float(b)). Requires b != 0. Overflow when the quotient is
// beyond the double range; underflow gives a signed zero, like CPython.
// scratch: true_div_scratch(a.n, b.n).
size_t true_div_scratch(size_t an, size_t bn);
Status true_div(Int a, Int b, double* out, Digit* scratch);

// int.to_bytes: writes a into exactly len bytes, two's complement when
// is_signed. Overflow if a does not fit (or is negative and !is_signed).
Status to_bytes(uint8_t* out, size_t len, Int a, bool little, bool is_signed);
// int.from_bytes. r: from_bytes_size(len).
inline size_t from_bytes_size(size_t len) { return len / 4 + 2; }
Int from_bytes(Digit* r, const uint8_t* in, size_t len, bool little, bool is_signed);

}  // namespace minnow::bignum
