// Small versions of C library functions whose results are fully specified
// (no rounding choice, or correct rounding), so that any correct version
// gives the same bits as newlib's: floor, ceil, trunc, rint, modf, frexp,
// scalbn/ldexp, fmod, sqrt, and memcpy/memmove, memset, memcmp, memchr,
// strncmp, strcmp, strlen.
//
// Newlib's versions are written for speed and cost flash (these save about
// 3.5 KB on the Cortex-M4; the core only applies the string functions to
// short names and messages). The Cortex-M4F's FPU
// only does single precision, so every double operation there is a
// soft-float call; these work on the IEEE 754 bits with integer operations
// instead, and use a soft-float operation only where it saves code: scaling
// subnormals (unpack, pack) and modf's subtraction.
//
// They live in namespace minnow::exact so that the host's unit test
// (tests/unit/exact_math_test.cpp) can compare them with glibc's without a
// clash of names; ports/common/libm.cpp and libc.cpp give them their C
// names on the boards (an archive member is pulled only for a symbol still
// undefined, so newlib's stay out of the link). Newlib's own libm members (pow, the trigonometric reduction,
// remainder, hypot...) call some of them too, so they are right for every
// input: signed zeros, subnormals, infinities, NaN. (One difference with
// newlib, on purpose: its modf returns a zero fraction for NaN, where C and
// CPython's math.modf give NaN.)
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

namespace minnow::exact {

// ---------------------------------------------------------------------------
// Doubles as bits. |x| = m * 2^(e - 1075) where e is the biased exponent
// field and m the significand with its implicit leading bit (2^52).

constexpr uint64_t kSign = uint64_t(1) << 63;
constexpr uint64_t kHidden = uint64_t(1) << 52;
constexpr uint64_t kMant = kHidden - 1;
constexpr uint64_t kInf = uint64_t(0x7ff) << 52;
constexpr uint64_t kOne = uint64_t(1023) << 52;   // bits of 1.0
constexpr uint64_t kHalf = uint64_t(1022) << 52;  // bits of 0.5
constexpr uint64_t kQuietNaN = kInf | (uint64_t(1) << 51);

inline uint64_t bits_of(double x) { return std::bit_cast<uint64_t>(x); }
inline double double_of(uint64_t u) { return std::bit_cast<double>(u); }

// True for ±0, ±inf and NaN: the values the functions below pass through
// unchanged. a is the bits without the sign.
inline bool zero_or_special(uint64_t a) { return a - 1 >= kInf - 1; }

// The significand of a finite nonzero double, in [2^52, 2^53), and its
// exponent in *e, so that |x| = m * 2^(*e - 1075). A subnormal is first
// scaled by 2^64 (exact), which leaves its exponent at 0 or below.
[[gnu::noinline]] inline uint64_t unpack(double x, int* e) {
  int adjust = 0;
  if ((bits_of(x) & kInf) == 0) {
    x *= 0x1p64;
    adjust = 64;
  }
  uint64_t u = bits_of(x);
  *e = (static_cast<int>(u >> 52) & 0x7ff) - adjust;
  return (u & kMant) | kHidden;
}

// The double (-1)^sign * m * 2^(e - 1075) for m in [2^52, 2^53) and any e:
// infinity above the range; below it, a subnormal rounded to nearest, ties
// to even (scalbn needs the rounding; fmod's results are exact). The
// rounding is the soft-float multiplication's: the value is built 2^64 too
// large, a normal double, and one multiplication by 2^-64 rounds it once.
[[gnu::noinline]] inline double pack(bool sign, uint64_t m, int e) {
  uint64_t s = uint64_t(sign) << 63;
  if (e > 2046) return double_of(s | kInf);
  bool tiny = e < 1;
  // Below 2^-1135 everything rounds to 0: the clamp keeps y normal.
  if (tiny) e = (e < -60 ? -60 : e) + 64;
  // m's implicit bit adds the 1 back to the exponent field e - 1.
  double y = double_of(s | ((uint64_t(e - 1) << 52) + m));
  return tiny ? y * 0x1p-64 : y;
}

// ---------------------------------------------------------------------------
// Rounding to an integral value

// Floor and ceil round the magnitude away from zero for one sign and
// towards it for the other: bit 0 of their Mode is the sign they round
// away for.
enum Mode { kNearest = 0, kTrunc = 1, kFloor = 3, kCeil = 2 };

// x rounded to an integral double in the given mode (kNearest: ties to even,
// the default rounding of rint and nearbyint). Keeps the sign of zero.
[[gnu::noinline]] inline double round_integral(double x, Mode mode) {
  uint64_t u = bits_of(x);
  int e = static_cast<int>(u >> 52) & 0x7ff;
  if (e >= 1075) return x;  // no fraction bits: integral, inf or NaN
  // The bits below `step` are the fraction; `unit` is what adding one to
  // the integral magnitude adds to the bits.
  uint64_t step, half, unit;
  if (e < 1023) {
    // |x| < 1: everything but the sign is fraction, and the result is 0 or
    // 1. As bit patterns of positive doubles order like their values, |x|
    // against 0.5 is a compare of the bits.
    step = kSign;
    half = kHalf;
    unit = kOne;
  } else {
    // 1075 - e fraction bits, 1 to 52. At e = 1023 the integer's lowest bit
    // is the exponent's lowest, 1, like the implicit bit: the oddness test
    // below holds there too.
    step = uint64_t(1) << (1075 - e);
    half = step >> 1;
    unit = step;
  }
  uint64_t frac = u & (step - 1), keep = u - frac;
  // The magnitude goes up when frac > limit: never towards zero, for any
  // fraction away from it, above half or at half to an even integer.
  uint64_t limit = ~uint64_t(0);
  if (mode == kNearest) {
    limit = half - ((keep & unit) != 0);
  } else if (mode != kTrunc && (mode & 1) == (u >> 63)) {
    limit = 0;
  }
  // A carry into the exponent gives the next power of two, as it should.
  return double_of(frac > limit ? keep + unit : keep);
}

inline double floor(double x) { return round_integral(x, kFloor); }
inline double ceil(double x) { return round_integral(x, kCeil); }
inline double trunc(double x) { return round_integral(x, kTrunc); }
inline double rint(double x) { return round_integral(x, kNearest); }

// The integral part in *ip and the fraction, both with the sign of x.
inline double modf(double x, double* ip) {
  uint64_t u = bits_of(x);
  double i = round_integral(x, kTrunc);
  *ip = i;
  // x - i is exact; an integral x gives +0 there, and infinity gives NaN,
  // so the sign of x goes on a zero made of the magnitude bits.
  uint64_t f = (u & ~kSign) == kInf ? 0 : bits_of(x - i);
  return double_of(f | (u & kSign));
}

// ---------------------------------------------------------------------------
// Exponents

// x * 2^n; or, with e, frexp: the m = x * 2^-*e with 0.5 <= |m| < 1. Zero,
// inf and NaN come back unchanged, with *e = 0. A result among the
// subnormals is rounded to nearest.
[[gnu::noinline]] inline double rescale(double x, int n, int* e) {
  uint64_t u = bits_of(x);
  if (e) *e = 0;
  if (zero_or_special(u & ~kSign)) return x;
  int ex;
  uint64_t m = unpack(x, &ex);
  if (e) {
    *e = ex - 1022;
    n = 1022 - ex;
  }
  // Beyond ±4000 every finite x overflows or underflows alike; the clamp
  // keeps ex + n from overflowing an int.
  if (n > 4000) n = 4000;
  if (n < -4000) n = -4000;
  return pack(u >> 63, m, ex + n);
}

inline double frexp(double x, int* e) { return rescale(x, 0, e); }
inline double scalbn(double x, int n) { return rescale(x, n, nullptr); }

// x - n*y for the integer n that truncates x/y: exact, with the sign of x.
// NaN when x is infinite or NaN, y is NaN or zero.
inline double fmod(double x, double y) {
  uint64_t ux = bits_of(x), ax = ux & ~kSign, ay = bits_of(y) & ~kSign;
  if (ax >= kInf || ay > kInf || ay == 0) return double_of(kQuietNaN);
  if (ax < ay) return x;  // also x = ±0 and y = ±inf
  int ex, ey;
  uint64_t mx = unpack(x, &ex), my = unpack(y, &ey);
  // Long division in binary: mx * 2^(ex - ey) modulo my, one bit of the
  // quotient per step. mx stays below 2 * my, so a subtraction reduces it.
  for (int k = ex - ey;; k--) {
    if (mx >= my) mx -= my;
    if (k == 0) break;
    mx <<= 1;
  }
  if (mx == 0) return double_of(ux & kSign);
  while (mx < kHidden) mx <<= 1, ey--;
  return pack(ux >> 63, mx, ey);
}

// The square root, correctly rounded to nearest.
inline double sqrt(double x) {
  uint64_t u = bits_of(x);
  // -0, +0, +inf and NaN are their own roots; the negatives have none.
  if (u >= kSign) return (u << 1) == 0 ? x : double_of(kQuietNaN);
  if (u == 0 || u >= kInf) return x;
  int e;
  uint64_t m = unpack(x, &e);
  // x = m * 2^(e - 1075); an even power of two has an exact root, so move
  // a bit into m when e - 1075 is odd. Then m < 2^54.
  if (!(e & 1)) {
    m <<= 1;
    e--;
  }
  // The root of m * 2^54, digit by digit: q = floor(sqrt), 54 bits, r the
  // remainder (below 2q + 1, so below 2^55). The radicand's 108 bits come
  // two at a time from the top of rad (m's, then zeros).
  uint64_t rad = m << 10, q = 0, r = 0;
  for (int i = 0; i < 54; i++) {
    r = (r << 2) | (rad >> 62);
    rad <<= 2;
    uint64_t t = (q << 2) | 1;  // (2q + 1)^2 - (2q)^2, in the scale of r
    q <<= 1;
    if (r >= t) {
      r -= t;
      q |= 1;
    }
  }
  // sqrt(x) = (q + fraction) * 2^((e - 1075) / 2 - 27), and q's lowest bit
  // is the first one rounded off. The root is never exactly halfway (then
  // it would be an odd 54-bit integer times a power of two, whose square has
  // more than 54 significant bits, unlike x), so that bit alone decides.
  uint64_t s = (q >> 1) + (q & 1);
  // A carry to 2^53 moves to the exponent, as it should.
  return double_of((uint64_t((e - 1075) / 2 + 1048) << 52) + s);
}

// ---------------------------------------------------------------------------
// Memory and strings. GCC recognises loops that copy or fill bytes and turns
// them into calls of memcpy or memset, which here would call themselves:
// no-tree-loop-distribute-patterns keeps the loops (the C names in
// libc.cpp need it too, or these could not be inlined there).
#define MINNOW_KEEP_LOOPS [[gnu::optimize("no-tree-loop-distribute-patterns")]]

typedef uint32_t Word __attribute__((may_alias));

// Copies n bytes, the areas may overlap. A word at a time when both
// addresses are word-aligned (the VM copies arrays of values), bytes
// otherwise. (Always inlined: at -Os on the Cortex-M0, GCC would keep it a
// function of its own behind the C name, one call more.)
MINNOW_KEEP_LOOPS [[gnu::always_inline]] inline void* memmove(void* dst, const void* src, size_t n) {
  unsigned char* d = static_cast<unsigned char*>(dst);
  const unsigned char* s = static_cast<const unsigned char*>(src);
  uintptr_t di = reinterpret_cast<uintptr_t>(d), si = reinterpret_cast<uintptr_t>(s);
  bool words = ((di | si) & 3) == 0;
  if (di - si >= n) {
    // The destination is below the source or apart from it: forwards. A
    // word written never covers a source byte not yet read.
    if (words) {
      for (; n >= 4; n -= 4, d += 4, s += 4) *reinterpret_cast<Word*>(d) = *reinterpret_cast<const Word*>(s);
    }
    for (; n; n--) *d++ = *s++;
  } else {
    // The destination overlaps the source from above: backwards. With both
    // starts aligned the ends are equally misaligned: the odd bytes first.
    d += n;
    s += n;
    if (words) {
      for (; n & 3; n--) *--d = *--s;
      for (; n; n -= 4) {
        d -= 4;
        s -= 4;
        *reinterpret_cast<Word*>(d) = *reinterpret_cast<const Word*>(s);
      }
    }
    for (; n; n--) *--d = *--s;
  }
  return dst;
}

MINNOW_KEEP_LOOPS inline void* memset(void* dst, int c, size_t n) {
  unsigned char* d = static_cast<unsigned char*>(dst);
  unsigned char b = static_cast<unsigned char>(c);
  if ((reinterpret_cast<uintptr_t>(d) & 3) == 0) {
    uint32_t w = b * 0x01010101u;
    for (; n >= 4; n -= 4, d += 4) *reinterpret_cast<Word*>(d) = w;
  }
  for (; n; n--) *d++ = b;
  return dst;
}

inline int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* x = static_cast<const unsigned char*>(a);
  const unsigned char* y = static_cast<const unsigned char*>(b);
  for (; n; n--, x++, y++) {
    if (*x != *y) return *x - *y;
  }
  return 0;
}

inline void* memchr(const void* p, int c, size_t n) {
  const unsigned char* s = static_cast<const unsigned char*>(p);
  for (; n; n--, s++) {
    if (*s == static_cast<unsigned char>(c)) return const_cast<unsigned char*>(s);
  }
  return nullptr;
}

inline int strncmp(const char* a, const char* b, size_t n) {
  const unsigned char* x = reinterpret_cast<const unsigned char*>(a);
  const unsigned char* y = reinterpret_cast<const unsigned char*>(b);
  for (; n; n--, x++, y++) {
    if (*x != *y) return *x - *y;
    if (*x == 0) break;
  }
  return 0;
}

inline int strcmp(const char* a, const char* b) {
  const unsigned char* x = reinterpret_cast<const unsigned char*>(a);
  const unsigned char* y = reinterpret_cast<const unsigned char*>(b);
  while (*x && *x == *y) x++, y++;
  return *x - *y;
}

inline size_t strlen(const char* s) {
  const char* p = s;
  while (*p) p++;
  return static_cast<size_t>(p - s);
}

}  // namespace minnow::exact
