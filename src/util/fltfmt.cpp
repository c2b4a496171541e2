// Float <-> text conversion.  See fltfmt.h for the contracts.
//
// Everything rests on one primitive, scaled_floor(x, e2, e10): the floor of
// x * 2**e2 * 10**e10 together with a flag saying whether the product was an
// integer.  Both the shortest-digits search and correct rounding at a fixed
// digit only need that floor and that flag ("is the scaled value exactly on,
// below or above this integer?"), so getting them exactly right is all the
// correctness there is.
//
// The primitive is computed from a 128-bit truncation P of 10**e10, which is
// itself built from a 26-entry table of 192-bit powers of five and an exact
// 64-bit power of five (the unit test checks, for every e10 in range, that the
// result equals the true truncation).  With P, x * P is known to within x
// units of its last bit, so the floor is certain unless the scaled value sits
// within about 2**-60 of an integer.  When it does (exact integers, or in
// theory a near miss) a big-integer comparison settles it.  This mirrors the
// idea behind Schubfach and Eisel-Lemire (a wide enough power-of-ten estimate
// decides almost everything), but every shortcut here is guarded by an error
// bound and falls back to exact arithmetic, so correctness does not depend on
// a table-wide proof.
//
// Parsing uses the same estimate: the first 19 significant digits times P
// pin the result to within a tiny interval; if that interval holds a point
// halfway between two doubles, the full digit string (up to 800 digits plus a
// sticky bit) is compared exactly against that halfway point.
//
// The compact build (cfg::fltfmt_compact, for boards) leaves out the
// estimate, its table and every fast path, and computes those same floors
// exactly: a schoolbook division of big integers yields floor(x * 2**e2 *
// 10**e10) with its inexact flag for the shortest-digits search, and the
// floor of a parsed decimal in units of half an ulp of the result; the
// fixed-precision formats always take the exact digit generation.  The
// digits and the rounding decisions built on them are the ones above, so
// every output is the same (the unit tests compile this file a second time,
// compact, and compare the two builds).  The fast-path code below still
// compiles in that build, for type checking, but nothing reaches it, so no
// code is emitted for it; only the definitions with external linkage are left
// out with #if.  What only one build uses is [[maybe_unused]] (and inline
// where an unoptimized build would otherwise emit a call to what is left out).

#include "util/fltfmt.h"

#include <cstring>

#include "config.h"

namespace minnow::fltfmt {

namespace {

// ---------------------------------------------------------------------------
// Fixed-width helpers

struct U128 {
  uint64_t hi, lo;
};

inline U128 mul64(uint64_t a, uint64_t b) {
#if defined(__SIZEOF_INT128__)
  __extension__ typedef unsigned __int128 u128;
  u128 p = u128(a) * b;
  return {uint64_t(p >> 64), uint64_t(p)};
#else
  uint64_t a0 = a & 0xffffffffu, a1 = a >> 32, b0 = b & 0xffffffffu, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
  return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & 0xffffffffu)};
#endif
}

inline int clz64(uint64_t x) { return __builtin_clzll(x); }  // x != 0

inline uint64_t bits_of(double v) {
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  return b;
}

inline double from_bits(uint64_t b) {
  double v;
  memcpy(&v, &b, sizeof v);
  return v;
}

constexpr uint64_t kSignBit = uint64_t(1) << 63;
constexpr uint64_t kHidden = uint64_t(1) << 52;
constexpr uint64_t kFracMask = kHidden - 1;
constexpr uint64_t kInfBits = uint64_t(0x7ff) << 52;
constexpr uint64_t kNanBits = uint64_t(0x7ff8) << 48;

// A finite nonzero |v| as c * 2**q with 1 <= c < 2**53; c >= 2**52 unless v is
// subnormal (then q == -1074).
struct Binary {
  uint64_t c;
  int q;
};

inline Binary decompose(uint64_t bits) {
  int be = int((bits >> 52) & 0x7ff);
  uint64_t f = bits & kFracMask;
  if (be == 0) return {f, -1074};
  return {f | kHidden, be - 1075};
}

// floor(log2(c * 2**q)) for c >= 1.
inline int floor_log2(const Binary& b) { return b.q + 63 - clz64(b.c); }

// clang-format off
constexpr uint64_t kPow10u64[20] = {
    1u, 10u, 100u, 1000u,
    10000u, 100000u, 1000000u, 10000000u,
    100000000u, 1000000000u, 10000000000u, 100000000000u,
    1000000000000u, 10000000000000u, 100000000000000u, 1000000000000000u,
    10000000000000000u, 100000000000000000u, 1000000000000000000u, 10000000000000000000u};

constexpr uint64_t kPow5u64[28] = {
    1u, 5u, 25u, 125u,
    625u, 3125u, 15625u, 78125u,
    390625u, 1953125u, 9765625u, 48828125u,
    244140625u, 1220703125u, 6103515625u, 30517578125u,
    152587890625u, 762939453125u, 3814697265625u, 19073486328125u,
    95367431640625u, 476837158203125u, 2384185791015625u, 11920928955078125u,
    59604644775390625u, 298023223876953125u, 1490116119384765625u, 7450580596923828125u};
// clang-format on

constexpr bool check_powers() {
  uint64_t p10 = 1, p5 = 1;
  for (int i = 0; i < 28; i++) {
    if (i < 20 && kPow10u64[i] != p10) return false;
    if (kPow5u64[i] != p5) return false;
    if (i < 19) p10 *= 10;
    if (i < 27) p5 *= 5;
  }
  return true;
}
static_assert(check_powers());

// Number of decimal digits of v (at most 20; 0 gives 1).
inline int count_digits(uint64_t v) {
  int n = 1;
  for (uint64_t p = 10; n < 20 && v >= p; p *= 10) n++;
  return n;
}

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// Writes the decimal digits of v (no leading zeros; "0" for 0) and returns how
// many were written (at most 20).  The full build writes two digits a step.
int write_u64(uint64_t v, char* out) {
  int n = count_digits(v);
  char* p = out + n;
  if constexpr (cfg::fltfmt_compact) {
    do {
      *--p = char('0' + v % 10);
      v /= 10;
    } while (v != 0);
  } else {
    while (v >= 100000000) {
      uint64_t hi = v / 100000000;
      uint32_t lo = uint32_t(v - hi * 100000000);
      v = hi;
      for (int i = 0; i < 4; i++) {
        uint32_t pair = lo % 100;
        lo /= 100;
        p -= 2;
        p[0] = kDigitPairs[2 * pair];
        p[1] = kDigitPairs[2 * pair + 1];
      }
    }
    uint32_t r = uint32_t(v);
    while (r >= 100) {
      uint32_t pair = r % 100;
      r /= 100;
      p -= 2;
      p[0] = kDigitPairs[2 * pair];
      p[1] = kDigitPairs[2 * pair + 1];
    }
    if (r >= 10) {
      p[-2] = kDigitPairs[2 * r];
      p[-1] = kDigitPairs[2 * r + 1];
    } else {
      p[-1] = char('0' + r);
    }
  }
  return n;
}

inline int strip_zeros(const char* d, int n) {
  while (n > 0 && d[n - 1] == '0') n--;
  return n;
}

// ---------------------------------------------------------------------------
// Powers of ten
//
// 5**(28j) for j in [-13, 12], truncated to 192 bits: value ~= w * 2**exp2 with
// w in [2**191, 2**192) (w[0] most significant).  Generated by exact rational
// arithmetic; 10**e10 for any e10 in [-364, 363] follows from one entry times
// an exact 5**r, r < 28.

struct Pow5Base {
  uint64_t w[3];
  int exp2;
};

constexpr int kBaseStep = 28;
constexpr int kBaseFirst = -13;
[[maybe_unused]] constexpr Pow5Base kPow5Base[26] = {
    {{0xe1afa13afbd14d6du, 0x82189c09a3a1ec21u, 0x7a43516213c7e04cu}, -1037},  // 5^-364
    {{0xe3e27a444d8d98b7u, 0xfd1b1b2308169b25u, 0x363b1f2c568dc3e2u}, -972},   // 5^-336
    {{0xe61acf033d1a45dfu, 0x6fb92487298e33bdu, 0xadd7728c20b99bd1u}, -907},   // 5^-308
    {{0xe858ad248f5c22c9u, 0xd1b3400f8f9cff68u, 0xf910f9f648232f14u}, -842},   // 5^-280
    {{0xea9c227723ee8bcbu, 0x465e15a979c1cadcu, 0x0a0ce827eac11f2du}, -777},   // 5^-252
    {{0xece53cec4a314ebdu, 0xa4f8bf5635246428u, 0x4609ac5c7899ca36u}, -712},   // 5^-224
    {{0xef340a98172aace4u, 0x86fb897116c87c34u, 0x9c39c1da4c49278du}, -647},   // 5^-196
    {{0xf18899b1bc3f8ca1u, 0xdc44e6c3cb279ac1u, 0xf80f36174730ca34u}, -582},   // 5^-168
    {{0xf3e2f893dec3f126u, 0x5a89dba3c3efccfau, 0xd8ecb58659be9c90u}, -517},   // 5^-140
    {{0xf64335bcf065d37du, 0x4d4617b5ff4a16d5u, 0xaa09501d5954a559u}, -452},   // 5^-112
    {{0xf8a95fcf88747d94u, 0x75a44c6397ce912au, 0x33cca6c06b07b74du}, -387},   // 5^-84
    {{0xfb158592be068d2eu, 0xeed6e2f0f0d56712u, 0xac2e4f162cfad40au}, -322},   // 5^-56
    {{0xfd87b5f28300ca0du, 0x8bca9d6e188853fcu, 0x76dcb60081ce0fa5u}, -257},   // 5^-28
    {{0x8000000000000000u, 0x0000000000000000u, 0x0000000000000000u}, -191},   // 5^0
    {{0x813f3978f8940984u, 0x4000000000000000u, 0x0000000000000000u}, -126},   // 5^28
    {{0x82818f1281ed449fu, 0xbff8f10e7a8921a4u, 0x2000000000000000u}, -61},    // 5^56
    {{0x83c7088e1aab65dbu, 0x792667c6da79e0fau, 0x0861d3ee22d1cc53u}, 4},      // 5^84
    {{0x850fadc09923329eu, 0x03e2cf6bc604ddb0u, 0x74a7ef0198791097u}, 69},     // 5^112
    {{0x865b86925b9bc5c2u, 0x0b8a2392ba45a9b2u, 0x5c6658d409fb8bf7u}, 134},    // 5^140
    {{0x87aa9aff79042286u, 0x90fb44d2f05d0842u, 0xfb118fc9c217a1d2u}, 199},    // 5^168
    {{0x88fcf317f22241e2u, 0x441fece3bdf81f03u, 0x12f274928400100du}, 264},    // 5^196
    {{0x8a5296ffe33cc92fu, 0x82bd6b70d99aaa6fu, 0xbc10c5c5cda97c8du}, 329},    // 5^224
    {{0x8bab8eefb6409c1au, 0x1ad089b6c2f7548eu, 0x25c7b885ba466e37u}, 394},    // 5^252
    {{0x8d07e33455637eb2u, 0xdb0b487b6423e1e8u, 0x7ec63730f500b406u}, 459},    // 5^280
    {{0x8e679c2f5e44ff8fu, 0x570f09eaa7ea7648u, 0x5961db50c6d2b886u}, 524},    // 5^308
    {{0x8fcac257558ee4e6u, 0x213a4f0aa5e8a7b1u, 0x949063d8a46f0c0eu}, 589},    // 5^336
};

constexpr int kMinPow10 = kBaseFirst * kBaseStep;                              // -364
[[maybe_unused]] constexpr int kMaxPow10 = (kBaseFirst + 26) * kBaseStep - 1;  // 363

}  // namespace

namespace detail {

// Both formulas hold for |e| <= 1100 (the tests check every e against exact
// arithmetic); C++20 defines >> of a negative value as an arithmetic shift.
int floor_log10_pow2(int e) { return (e * 78913) >> 18; }
int floor_log10_three_quarters_pow2(int e) { return (e * 1262611 - 524031) >> 22; }

#if !MINNOW_FLTFMT_COMPACT
Pow10 pow10_approx(int e10) {
  // Floor division: e10 = 28 j + r with 0 <= r < 28.
  int j = e10 >= 0 ? e10 / kBaseStep : -((-e10 + kBaseStep - 1) / kBaseStep);
  int r = e10 - j * kBaseStep;
  const Pow5Base& b = kPow5Base[j - kBaseFirst];
  uint64_t m = kPow5u64[r];
  // z = b.w * m as 256 bits; only the top three words matter.
  U128 p0 = mul64(b.w[2], m), p1 = mul64(b.w[1], m), p2 = mul64(b.w[0], m);
  uint64_t z1 = p0.hi + p1.lo;
  uint64_t c1 = z1 < p0.hi;
  uint64_t z2 = p1.hi + p2.lo;
  uint64_t c2 = z2 < p1.hi;
  z2 += c1;
  c2 += z2 < c1;
  uint64_t z3 = p2.hi + c2;
  // z >= 2**191, so when z3 is zero the top bit of z2 is set.
  int lz = z3 != 0 ? clz64(z3) : 64;
  Pow10 p;
  if (lz == 64) {
    p.hi = z2;
    p.lo = z1;
  } else if (lz == 0) {
    p.hi = z3;
    p.lo = z2;
  } else {
    p.hi = (z3 << lz) | (z2 >> (64 - lz));
    p.lo = (z2 << lz) | (z1 >> (64 - lz));
  }
  p.exp2 = b.exp2 + 128 - lz + e10;
  p.exact = e10 >= 0 && e10 <= 55;  // 5**55 < 2**128 <= 5**56
  return p;
}
#endif

}  // namespace detail

namespace {

using detail::floor_log10_pow2;
using detail::floor_log10_three_quarters_pow2;
using detail::Pow10;
using detail::pow10_approx;

// ---------------------------------------------------------------------------
// Big integers with a fixed number of 32-bit limbs, least significant first,
// kept in a BigN<kWords>.  Callers size kWords from the bounds stated at each
// use; an operation that would not fit sets `overflow` and leaves the number
// unspecified (but never writes out of bounds).  The arithmetic works on the
// size-independent base, so one copy of it serves every size.

struct Big {
  uint32_t* const w;
  const int cap;  // limbs available
  int n = 0;      // limbs in use; w[n - 1] != 0 when n > 0
  bool overflow = false;

  Big(uint32_t* limbs, int words) : w(limbs), cap(words) {}
  Big(const Big&) = delete;
  Big& operator=(const Big&) = delete;

  void set(uint64_t v) {
    n = 0;
    if (v != 0) {
      w[n++] = uint32_t(v);
      if ((v >> 32) != 0) w[n++] = uint32_t(v >> 32);
    }
  }
  bool is_zero() const { return n == 0; }

  void push(uint32_t v) {
    if (n < cap)
      w[n++] = v;
    else
      overflow = true;
  }

  void mul_small(uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
      uint64_t p = uint64_t(w[i]) * m + carry;
      w[i] = uint32_t(p);
      carry = p >> 32;
    }
    if (carry != 0) push(uint32_t(carry));
  }

  void add_small(uint32_t a) {
    for (int i = 0; i < n && a != 0; i++) {
      uint32_t s = w[i] + a;
      a = s < a ? 1 : 0;
      w[i] = s;
    }
    if (a != 0) push(a);
  }

  void mul_pow5(int e) {
    while (e >= 13) {
      mul_small(1220703125u);  // 5**13
      e -= 13;
    }
    uint32_t m = 1;
    for (; e > 0; e--) m *= 5;
    if (m != 1) mul_small(m);
  }

  void shl(int bits) {
    if (n == 0 || bits == 0) return;
    int ws = bits / 32, bs = bits % 32;
    int top = n + ws + (bs != 0 ? 1 : 0);
    if (top > cap) {
      overflow = true;
      return;
    }
    if (bs == 0) {
      for (int i = n - 1; i >= 0; i--) w[i + ws] = w[i];
    } else {
      w[n + ws] = w[n - 1] >> (32 - bs);
      for (int i = n - 1; i > 0; i--) w[i + ws] = (w[i] << bs) | (w[i - 1] >> (32 - bs));
      w[ws] = w[0] << bs;
    }
    for (int i = 0; i < ws; i++) w[i] = 0;
    n = top;
    trim();
  }

  void trim() {
    while (n > 0 && w[n - 1] == 0) n--;
  }

  // Divides in place by d (> 0) and returns the remainder.
  uint32_t divmod_small(uint32_t d) {
    uint64_t rem = 0;
    for (int i = n - 1; i >= 0; i--) {
      uint64_t cur = (rem << 32) | w[i];
      w[i] = uint32_t(cur / d);
      rem = cur % d;
    }
    trim();
    return uint32_t(rem);
  }

  // Returns the bits at positions >= f (which must fit in 32 bits) and clears
  // them.
  uint32_t take_high(int f) {
    int wi = f / 32, b = f % 32;
    if (wi >= n) return 0;
    uint64_t hi = 0;
    for (int i = n - 1; i >= wi; i--) hi = (hi << 32) | w[i];
    uint32_t out = uint32_t(hi >> b);
    w[wi] &= b != 0 ? (uint32_t(1) << b) - 1 : 0;
    n = wi + 1;
    trim();
    return out;
  }

  // The number of significant bits (0 for zero).
  int bit_length() const { return n == 0 ? 0 : 32 * n - __builtin_clz(w[n - 1]); }
};

template <int kWords>
struct BigN : Big {
  uint32_t limbs[kWords];
  BigN() : Big(limbs, kWords) {}
};

int compare(const Big& a, const Big& b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (int i = a.n - 1; i >= 0; i--) {
    if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
  }
  return 0;
}

// Multiplies lhs by 5**e5 and by 2**e2, moving a negative power across to rhs,
// so that lhs / rhs scales by 10**e5 * 2**(e2 - e5).
void scale_ratio(Big& lhs, Big& rhs, int e5, int e2) {
  if (e5 > 0)
    lhs.mul_pow5(e5);
  else
    rhs.mul_pow5(-e5);
  if (e2 > 0)
    lhs.shl(e2);
  else
    rhs.shl(-e2);
}

// floor(num / den) for a quotient below 2**64, by schoolbook division in base
// 2**32 (Knuth's algorithm D); *inexact tells whether a remainder was left.
// num and den (> 0) are used up, and num needs two spare limbs.
uint64_t divide(Big& num, Big& den, bool* inexact) {
  // With the top bit of den's top limb set, each estimated quotient digit is
  // at most 2 above the true one.  Scaling both sides keeps the quotient.
  int s = __builtin_clz(den.w[den.n - 1]);
  num.shl(s);
  den.shl(s);
  int n = den.n, m = num.n - n;  // m + 1 quotient digits
  uint32_t* u = num.w;
  const uint32_t* v = den.w;
  uint64_t q = 0;
  if (num.n >= num.cap) num.overflow = true;  // no room for the top digit's limb
  if (m >= 0 && !num.overflow) {
    u[num.n] = 0;
    for (int j = m; j >= 0; j--) {
      // The remainder u < v * 2**(32 (j + 1)): the digit fits in 32 bits.
      uint64_t digit = ((uint64_t(u[j + n]) << 32) | u[j + n - 1]) / v[n - 1];
      if (digit > 0xffffffffu) digit = 0xffffffffu;
      // u -= digit * v * 2**(32 j); borrow ends as -1 if that went negative.
      uint64_t carry = 0;
      int64_t borrow = 0;
      for (int i = 0; i <= n; i++) {
        uint64_t p = (i < n ? digit * v[i] : 0) + carry;
        carry = p >> 32;
        int64_t t = int64_t(u[i + j]) - int64_t(uint32_t(p)) + borrow;
        u[i + j] = uint32_t(t);
        borrow = t >> 32;
      }
      while (borrow < 0) {  // add v back, at most twice
        digit--;
        uint64_t c = 0;
        for (int i = 0; i <= n; i++) {
          c += uint64_t(u[i + j]) + (i < n ? v[i] : 0);
          u[i + j] = uint32_t(c);
          c >>= 32;
        }
        borrow += int64_t(c);
      }
      q = (q << 32) | digit;
    }
    num.n = n;
    num.trim();
  }
  *inexact = !num.is_zero();
  return q;
}

// ---------------------------------------------------------------------------
// scaled_floor

// 192-bit unsigned, w[0] least significant.
struct U192 {
  uint64_t w[3];
};

inline U192 mul_64x128(uint64_t x, uint64_t hi, uint64_t lo) {
  U128 a = mul64(x, lo), b = mul64(x, hi);
  U192 r;
  r.w[0] = a.lo;
  r.w[1] = a.hi + b.lo;
  r.w[2] = b.hi + (r.w[1] < a.hi ? 1 : 0);
  return r;
}

// r = a + b; returns the carry out of bit 191.
inline bool add192(const U192& a, const U192& b, U192* r) {
  uint64_t carry = 0;
  for (int i = 0; i < 3; i++) {
    uint64_t s = a.w[i] + b.w[i];
    uint64_t c = s < a.w[i] ? 1 : 0;
    s += carry;
    c += s < carry ? 1 : 0;
    r->w[i] = s;
    carry = c;
  }
  return carry != 0;
}

// *q = floor(v / 2**sh) and *rem = (v mod 2**sh != 0), for sh >= 0.  Returns
// false if the quotient needs more than 64 bits.
inline bool shift_out(const U192& v, int sh, uint64_t* q, bool* rem) {
  if (sh >= 192) {
    *q = 0;
    *rem = (v.w[0] | v.w[1] | v.w[2]) != 0;
    return true;
  }
  int word = sh / 64, bit = sh % 64;
  uint64_t low = v.w[word] >> bit;
  if (bit != 0 && word + 1 < 3) low |= v.w[word + 1] << (64 - bit);
  bool high = false;  // any bit at position >= sh + 64
  if (word + 1 < 3) {
    high = (v.w[word + 1] >> bit) != 0;
    if (bit == 0) high = v.w[word + 1] != 0;
    if (word + 2 < 3 && v.w[word + 2] != 0) high = true;
  }
  if (high) return false;
  bool r = bit != 0 && (v.w[word] & ((uint64_t(1) << bit) - 1)) != 0;
  for (int i = 0; i < word; i++) r = r || v.w[i] != 0;
  *q = low;
  *rem = r;
  return true;
}

// Sign of x * 2**e2 * 10**e10 - m, exactly.  The two sides are within a
// factor of 4 of each other when called (m is within 1 of the value and the
// value is >= 1 or m is 0 or 1), so each stays below 64 + log2(5**364) + 2
// < 920 bits.
[[gnu::noinline]] int compare_scaled(uint64_t x, int e2, int e10, uint64_t m) {
  BigN<32> lhs, rhs;
  lhs.set(x);
  rhs.set(m);
  scale_ratio(lhs, rhs, e10, e2 + e10);
  return compare(lhs, rhs);
}

// The exact floor given hint <= floor(value) <= hint + 1.
bool exact_scaled_floor(uint64_t x, int e2, int e10, uint64_t hint, uint64_t* fl, bool* inexact) {
  if (hint != UINT64_MAX) {
    int c = compare_scaled(x, e2, e10, hint + 1);
    if (c >= 0) {
      *fl = hint + 1;
      *inexact = c > 0;
      return true;
    }
  } else if (compare_scaled(x, e2, e10, hint) > 0) {
    return false;  // might be >= 2**64; callers take a path that needs no fit
  }
  *fl = hint;
  *inexact = compare_scaled(x, e2, e10, hint) != 0;
  return true;
}

// scaled_floor with the power of ten already looked up.  x < 2**62.
//
// W = x * P is exact; the true product x * 10**e10 / 2**p.exp2 lies in
// [W, W + x) (in [W, W] if P is exact), and the result is its floor after
// shifting right by sh = -(p.exp2 + e2).  If W and W + x - 1 shift to the same
// integer, that integer is the floor and the value is not an integer (a
// truncated P is never exact).  Otherwise the value is within x / 2**sh of the
// integer above, and the exact path decides.
[[maybe_unused]] inline bool scaled_floor_p(uint64_t x, int e2, int e10, const Pow10& p,
                                            uint64_t* fl, bool* inexact, bool force_exact) {
  U192 wprod = mul_64x128(x, p.hi, p.lo);
  int sh = -(p.exp2 + e2);
  if (sh < 0) return false;  // W >= 2**127, so the floor is huge
  uint64_t lo;
  bool rem;
  if (!shift_out(wprod, sh, &lo, &rem)) return false;
  if (!force_exact) {
    if (p.exact) {
      *fl = lo;
      *inexact = rem;
      return true;
    }
    U192 slack = {{x - 1, 0, 0}}, upper;
    uint64_t hi;
    bool rem2;
    if (!add192(wprod, slack, &upper) && shift_out(upper, sh, &hi, &rem2) && hi == lo) {
      *fl = lo;
      *inexact = true;
      return true;
    }
  }
  return exact_scaled_floor(x, e2, e10, lo, fl, inexact);
}

// The compact build's primitive: floor(x * 2**e2 * 10**e10) with its lowest
// bit set when the product is not an integer (as shortest_digits wants it),
// for x < 2**55 and a floor below 2**59.  With |e10| <= 324 and the power of
// two at most 2**-750 or 2**680, no number here exceeds 810 bits (and
// divide() adds at most 31 bits and a limb).
[[gnu::noinline, maybe_unused]] uint64_t exact_floor_odd(uint64_t x, int e2, int e10) {
  BigN<30> num, den;
  num.set(x);
  den.set(1);
  scale_ratio(num, den, e10, e2 + e10);
  bool inexact;
  uint64_t fl = divide(num, den, &inexact);
  return fl | (inexact ? 1 : 0);
}

}  // namespace

namespace detail {

#if !MINNOW_FLTFMT_COMPACT
bool scaled_floor(uint64_t x, int e2, int e10, uint64_t* fl, bool* inexact, bool force_exact) {
  if (x == 0) {
    *fl = 0;
    *inexact = false;
    return true;
  }
  if (x >= (uint64_t(1) << 62) || e10 < kMinPow10 || e10 > kMaxPow10) return false;
  return scaled_floor_p(x, e2, e10, pow10_approx(e10), fl, inexact, force_exact);
}
#endif

// ---------------------------------------------------------------------------
// Shortest digits
//
// v = c * 2**q is the only double in its rounding interval R: [v - dl, v + du]
// with du = 2**(q-1) and dl = du, or dl = du / 2 when v is a power of two with
// a narrower gap below (c == 2**52, q > -1074).  The ends belong to R when c
// is even (round-half-even maps them to v).  Python prints the decimal in R
// with the fewest significant digits, and among those the closest to v.
//
// Let k be the largest integer with 10**k <= |R|.  Since |R| >= 10**k, one of
// s = floor(v / 10**k) and s + 1 (in units of 10**k) is in R; since
// |R| < 10**(k+1), at most one multiple of 10**(k+1) is in R, and if there is
// one it has the fewest digits (the one exception, both 10**(k+1) and a
// one-digit multiple of 10**k in R, needs |R| > v / 20, i.e. a subnormal with
// c < 20; Python's choice there agrees, checked by the tests).  Otherwise
// every candidate in R has the same digit count and the closest wins; it
// cannot be a tie (that would make v an odd multiple of 10**k / 2, which a
// power of two at least 10**k apart cannot be).
//
// The tests "4 * lo(R) <= 4 s" and "4 (s + 1) <= 4 * hi(R)" compare scaled
// ends with even integers, so floor(4 * end) plus an inexact flag, folded into
// one number by setting its low bit ("round to odd"), decides them exactly.

int shortest_digits(double v, char* out, int* decpt, bool force_exact) {
  Binary b = decompose(bits_of(v));
  uint64_t c = b.c;
  int q = b.q;
  bool irregular = c == kHidden && q > -1074;
  int k = irregular ? floor_log10_three_quarters_pow2(q) : floor_log10_pow2(q);
  // 4c + 2 < 2**55 and 2**q / 10**k < 40/3, so every floor is below 2**59.
  uint64_t yl = 0, y = 0, yr = 0;
  if constexpr (cfg::fltfmt_compact) {
    yl = exact_floor_odd(4 * c - (irregular ? 1 : 2), q, -k);
    y = exact_floor_odd(4 * c, q, -k);
    yr = exact_floor_odd(4 * c + 2, q, -k);
  } else {
    Pow10 p = pow10_approx(-k);
    bool il = false, i = false, ir = false;
    scaled_floor_p(4 * c - (irregular ? 1 : 2), q, -k, p, &yl, &il, force_exact);
    scaled_floor_p(4 * c, q, -k, p, &y, &i, force_exact);
    scaled_floor_p(4 * c + 2, q, -k, p, &yr, &ir, force_exact);
    yl |= il ? 1 : 0;
    y |= i ? 1 : 0;
    yr |= ir ? 1 : 0;
  }
  uint64_t closed = (c & 1) == 0 ? 1 : 0;  // x < y + closed: x <= y for a closed R
  auto low_in = [&](uint64_t s) { return yl < 4 * s + closed; };
  auto high_in = [&](uint64_t t) { return 4 * t < yr + closed; };

  uint64_t s = y >> 2;
  uint64_t s10 = s - s % 10;
  uint64_t result;
  bool a = low_in(s10), z = high_in(s10 + 10);
  if (a != z) {
    result = a ? s10 : s10 + 10;
  } else {
    a = low_in(s);
    z = high_in(s + 1);
    if (a != z) {
      result = a ? s : s + 1;
    } else {
      uint64_t mid = 4 * s + 2;
      result = (y < mid || (y == mid && (s & 1) == 0)) ? s : s + 1;
    }
  }
  int n = write_u64(result, out);
  *decpt = n + k;
  return strip_zeros(out, n);
}

}  // namespace detail

namespace {

// ---------------------------------------------------------------------------
// Exact digit generation (the slow path of the fixed-precision formats)

// Collects digits up to a limit; digits past the limit only matter as
// "was any of them nonzero".
struct DigitSink {
  char* out;
  int count = 0;
  int limit = 0;
  bool sticky = false;

  void put(uint32_t v, int width) {  // width <= 9 in practice; <= 20 is safe
    char tmp[20];
    for (int i = width - 1; i >= 0; i--) {
      tmp[i] = char('0' + v % 10);
      v /= 10;
    }
    for (int i = 0; i < width; i++) {
      if (count < limit)
        out[count++] = tmp[i];
      else if (tmp[i] != '0')
        sticky = true;
    }
  }
  bool full() const { return count >= limit; }
  void set_limit(int lim) {
    limit = lim < 0 ? 0 : (lim > detail::kMaxDigits ? detail::kMaxDigits : lim);
  }
};

constexpr uint32_t kBillion = 1000000000u;

// Emits the significant digits of c * 2**q (c >= 1) from the leading one,
// where decpt makes the value 0.DIGITS * 10**decpt: `limit` of them, or
// decpt + limit when to_point (so up to `limit` places after the point),
// capped to [0, kMaxDigits].  *sticky tells whether nonzero digits follow.
// When fewer digits than the limit come out, the expansion is complete.
//
// The integer part (< 2**1024, 35 limbs) is split into base-1e9 chunks; the
// fraction is R / 2**f with f <= 1074, and each multiplication of R by 1e9
// pushes the next nine digits above bit f.  An exact expansion has at most
// 767 significant digits (c * 5**1074 has that many), so the 800-digit cap
// never cuts a nonzero digit.
[[gnu::noinline]] int generate_exact(uint64_t c, int q, char* out, int* decpt, bool* sticky,
                                     int limit, bool to_point) {
  BigN<36> big;
  uint32_t chunks[36];
  int nchunks = 0;
  int f = q < 0 ? -q : 0;  // fraction bits; the fraction is big / 2**f
  if (f < 64) {
    big.set(c >> f);
    if (q > 0) big.shl(q);
    while (!big.is_zero()) chunks[nchunks++] = big.divmod_small(kBillion);
    big.set(c & ((uint64_t(1) << f) - 1));
  } else {
    big.set(c);
  }

  DigitSink sink;
  sink.out = out;
  int dp;
  if (nchunks > 0) {
    int top = count_digits(chunks[nchunks - 1]);
    dp = top + 9 * (nchunks - 1);
    sink.set_limit(limit + (to_point ? dp : 0));
    sink.put(chunks[nchunks - 1], top);
    for (int i = nchunks - 2; i >= 0; i--) sink.put(chunks[i], 9);
  } else {
    dp = 0;
    if constexpr (!cfg::fltfmt_compact) {
      // Skip most leading zeros at once (the compact build finds them nine at
      // a time below): the value is >= 10**k0 with
      // k0 = floor(log10(2**floor_log2)), so it has at least -k0 - 1 of them.
      int k0 = floor_log10_pow2(floor_log2({c, q}));
      int skip = -k0 - 2;
      if (skip > 0) {
        big.mul_pow5(skip);
        big.shl(skip);  // still < 2**f: the skipped digits are zeros
        dp = -skip;
      }
    }
    uint32_t chunk;
    for (;;) {
      big.mul_small(kBillion);
      chunk = big.take_high(f);
      if (chunk != 0) break;
      dp -= 9;
    }
    int width = count_digits(chunk);
    dp -= 9 - width;
    sink.set_limit(limit + (to_point ? dp : 0));
    sink.put(chunk, width);
  }
  while (!big.is_zero() && !sink.full()) {
    big.mul_small(kBillion);
    sink.put(big.take_high(f), 9);
  }
  *sticky = sink.sticky || !big.is_zero();
  *decpt = dp;
  return sink.count;
}

// Rounds 0.d[0..n) * 10**decpt, followed by more nonzero digits if sticky,
// half-even to its first `keep` digits.  Returns the new digit count with
// trailing zeros stripped (0 if it rounds to zero); a carry out of the
// leading digit bumps *decpt.  When n <= keep, sticky must be false (the
// digits are the whole expansion).
int round_digits(char* d, int n, int keep, bool sticky, int* decpt) {
  if (keep < 0) return 0;
  if (keep >= n) return strip_zeros(d, n);
  char next = d[keep];
  bool rest = sticky;
  for (int i = keep + 1; i < n && !rest; i++) rest = d[i] != '0';
  bool odd = keep > 0 && ((d[keep - 1] - '0') & 1) != 0;
  bool up = next > '5' || (next == '5' && (rest || odd));
  if (!up) return strip_zeros(d, keep);
  int i = keep - 1;
  while (i >= 0 && d[i] == '9') i--;
  if (i < 0) {
    d[0] = '1';
    (*decpt)++;
    return 1;
  }
  d[i]++;
  return i + 1;
}

// Rounds floor-and-flag of 2y (f2 = floor(2 y), inexact) half-even to an
// integer after dividing y by 10**drop, drop in {0, 1}.
[[maybe_unused]] inline uint64_t round_half_even(uint64_t f2, bool inexact, int drop) {
  if (drop == 0) {
    uint64_t r = f2 >> 1;
    if ((f2 & 1) != 0 && (inexact || (r & 1) != 0)) r++;
    return r;
  }
  uint64_t r = f2 / 20, rem = f2 % 20;
  if (rem > 10 || (rem == 10 && (inexact || (r & 1) != 0))) r++;
  return r;
}

}  // namespace

namespace detail {

// Python's dtoa mode 2: `ndigits` (>= 1) significant digits.
int sig_digits(double v, int ndigits, char* out, int* decpt, bool force_exact) {
  Binary b = decompose(bits_of(v));
  int k0 = floor_log10_pow2(floor_log2(b));  // floor(log10 v) is k0 or k0 + 1
  if constexpr (!cfg::fltfmt_compact) {
    if (ndigits <= 17 && !force_exact) {
      // y = v * 10**(ndigits - 1 - k0) lies in [10**(ndigits-1), 10**(ndigits+1)).
      uint64_t f2;
      bool inexact;
      if (scaled_floor(2 * b.c, b.q, ndigits - 1 - k0, &f2, &inexact)) {
        int k = k0;
        int drop = 0;
        if (f2 >= 2 * kPow10u64[ndigits]) {
          k++;
          drop = 1;
        }
        uint64_t r = round_half_even(f2, inexact, drop);
        if (r == kPow10u64[ndigits]) {
          r = kPow10u64[ndigits - 1];
          k++;
        }
        int n = write_u64(r, out);
        *decpt = k + 1;
        return strip_zeros(out, n);
      }
    }
  }
  if (ndigits > kMaxDigits) ndigits = kMaxDigits;  // beyond the exact expansion
  bool sticky;
  int n = generate_exact(b.c, b.q, out, decpt, &sticky, ndigits + 1, false);
  return round_digits(out, n, ndigits, sticky, decpt);
}

// Python's dtoa mode 3: round to a multiple of 10**-frac_digits (frac_digits
// may be negative).  A result of zero returns 0 digits and decpt =
// -frac_digits.
int fixed_digits(double v, int frac_digits, char* out, int* decpt, bool force_exact) {
  Binary b = decompose(bits_of(v));
  int k0 = floor_log10_pow2(floor_log2(b));
  if (frac_digits > 1100) frac_digits = 1100;  // beyond the last binary digit
  if constexpr (!cfg::fltfmt_compact) {
    if (!force_exact && k0 + frac_digits <= 16 && frac_digits >= kMinPow10) {
      // y = v * 10**frac_digits < 10**18.
      uint64_t f2;
      bool inexact;
      if (scaled_floor(2 * b.c, b.q, frac_digits, &f2, &inexact)) {
        uint64_t r = round_half_even(f2, inexact, 0);
        if (r == 0) {
          *decpt = -frac_digits;
          return 0;
        }
        int n = write_u64(r, out);
        *decpt = n - frac_digits;
        return strip_zeros(out, n);
      }
    }
  }
  bool sticky;
  int n = generate_exact(b.c, b.q, out, decpt, &sticky, frac_digits + 1, true);
  n = round_digits(out, n, *decpt + frac_digits, sticky, decpt);
  if (n == 0) *decpt = -frac_digits;
  return n;
}

}  // namespace detail

namespace {

// ---------------------------------------------------------------------------
// Layout

// Bounded output: counts everything, stores what fits.
class Out {
 public:
  Out(char* buf, size_t cap) : buf_(buf), cap_(cap) {}
  void ch(char c) {
    if (len_ < cap_) buf_[len_] = c;
    len_++;
  }
  void str(const char* s, size_t n) {
    if (len_ < cap_) {
      size_t k = n < cap_ - len_ ? n : cap_ - len_;
      if (k <= 24) {
        for (size_t i = 0; i < k; i++) buf_[len_ + i] = s[i];
      } else {
        memcpy(buf_ + len_, s, k);
      }
    }
    len_ += n;
  }
  void zeros(size_t n) {
    if (len_ < cap_) memset(buf_ + len_, '0', n < cap_ - len_ ? n : cap_ - len_);
    len_ += n;
  }
  size_t len() const { return len_; }

 private:
  char* buf_;
  size_t cap_;
  size_t len_ = 0;
};

// The decimal number 0.D * 10**decpt (D = d[0, n), possibly empty) laid out
// as Python's float formatting does.  Think of D as sitting in an infinite
// row of zeros, digit i at position i; the text shows positions
// [start, end) with the point before position decpt:
//   * with an exponent, the point goes after the first digit and the
//     exponent makes up the difference;
//   * at least one digit shows before the point (start = decpt - 1 when
//     decpt <= 0, else 0);
//   * end is at least min_end (the precision's reach), n, decpt, and
//     decpt + 1 for a ".0" on integers (add_dot0, no exponent);
//   * a point with nothing after it is dropped unless alt.
void layout(Out& o, const char* d, int n, int64_t decpt, bool neg, bool use_exp, int64_t min_end,
            bool add_dot0, bool alt, char echar) {
  if (neg) o.ch('-');
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t start = decpt <= 0 ? decpt - 1 : 0;
  int64_t end = min_end;
  if (end < n) end = n;
  int64_t need = decpt + ((add_dot0 && !use_exp) ? 1 : 0);
  if (end < need) end = need;
  auto span = [&](int64_t a, int64_t b) {  // positions [a, b)
    if (a >= b) return;
    if (a < 0) {
      int64_t z = (b < 0 ? b : 0) - a;
      o.zeros(size_t(z));
      a += z;
    }
    if (a < n && a < b) {
      int64_t e = b < n ? b : n;
      o.str(d + a, size_t(e - a));
      a = e;
    }
    if (a < b) o.zeros(size_t(b - a));
  };
  span(start, decpt);
  if (decpt < end || alt) o.ch('.');
  span(decpt, end);
  if (use_exp) {
    o.ch(echar);
    o.ch(exp < 0 ? '-' : '+');
    // |exp| <= 324: at least two digits, at most three.
    int e = int(exp < 0 ? -exp : exp);
    if (e >= 100) o.ch(char('0' + e / 100));
    o.ch(char('0' + e / 10 % 10));
    o.ch(char('0' + e % 10));
  }
}

bool all_zero(const char* d, int n) {
  for (int i = 0; i < n; i++)
    if (d[i] != '0') return false;
  return true;
}

// Python's repr: shortest digits, exponent outside 1e-4 <= |v| < 1e16.
size_t format_repr(double v, bool alt, bool no_neg_zero, char* buf, size_t bufsize) {
  Out o(buf, bufsize);
  uint64_t bits = bits_of(v);
  bool neg = (bits & kSignBit) != 0;
  if (no_neg_zero && (bits & ~kSignBit) == 0) neg = false;
  if ((bits & kInfBits) == kInfBits) {
    if ((bits & kFracMask) != 0) {
      o.str("nan", 3);
    } else {
      if (neg) o.ch('-');
      o.str("inf", 3);
    }
    return o.len();
  }
  char d[20];
  int n, decpt;
  if ((bits & ~kSignBit) == 0) {
    d[0] = '0';
    n = 1;
    decpt = 1;
  } else {
    n = detail::shortest_digits(v, d, &decpt, false);
  }
  layout(o, d, n, decpt, neg, decpt < -3 || decpt > 16, n, true, alt, 'e');
  return o.len();
}

// Everything but repr: types e, f, g (lower case here) with a precision.
size_t format_digits(double v, char type, int prec, bool upper, bool add_dot0, bool alt,
                     bool no_neg_zero, bool pct, char* buf, size_t bufsize) {
  Out o(buf, bufsize);
  uint64_t bits = bits_of(v);
  bool neg = (bits & kSignBit) != 0;
  if ((bits & kInfBits) == kInfBits) {
    if ((bits & kFracMask) != 0) {
      o.str(upper ? "NAN" : "nan", 3);
    } else {
      if (neg) o.ch('-');
      o.str(upper ? "INF" : "inf", 3);
    }
    if (pct) o.ch('%');
    return o.len();
  }
  char d[detail::kMaxDigits];
  int n = 0, decpt = 1;
  bool zero = (bits & ~kSignBit) == 0;
  if (zero) d[0] = '0';
  double a = from_bits(bits & ~kSignBit);
  bool use_exp = false;
  int64_t min_end = 0;
  if (type == 'e') {
    // prec + 1 significant digits; more than kMaxDigits are all exact.
    int sig = prec >= detail::kMaxDigits ? detail::kMaxDigits : prec + 1;
    n = zero ? 1 : detail::sig_digits(a, sig, d, &decpt, false);
    use_exp = true;
    min_end = int64_t(prec) + 1;
  } else if (type == 'f') {
    n = zero ? 1 : detail::fixed_digits(a, prec, d, &decpt, false);
    min_end = decpt + int64_t(prec);
  } else {  // 'g'
    int p = prec == 0 ? 1 : prec;
    int sig = p > detail::kMaxDigits ? detail::kMaxDigits : p;
    n = zero ? 1 : detail::sig_digits(a, sig, d, &decpt, false);
    use_exp = decpt < -3 || decpt > (add_dot0 ? p - 1 : p);
    min_end = alt ? p : n;
  }
  if (neg && no_neg_zero && all_zero(d, n)) neg = false;
  layout(o, d, n, decpt, neg, use_exp, min_end, add_dot0, alt, upper ? 'E' : 'e');
  if (pct) o.ch('%');
  return o.len();
}

}  // namespace

// ---------------------------------------------------------------------------
// Public formatting

size_t repr(double v, char* buf) {
  size_t n = format_repr(v, false, false, buf, kReprBufSize - 1);
  buf[n] = '\0';
  return n;
}

size_t format(double v, const FormatSpec& spec, char* buf, size_t bufsize) {
  char type = spec.type;
  int prec = spec.precision;
  bool upper = false, add_dot0 = false, pct = false;
  switch (type) {
    case 0:
      if (prec < 0) return format_repr(v, spec.alternate, spec.no_neg_zero, buf, bufsize);
      type = 'g';
      add_dot0 = true;
      break;
    case 'r':
    case 's':
      return format_repr(v, false, false, buf, bufsize);
    case 'n':
      type = 'g';
      break;
    case 'E':
    case 'F':
    case 'G':
      upper = true;
      type = char(type - 'A' + 'a');
      break;
    case '%':
      pct = true;
      type = 'f';
      v *= 100;
      break;
    case 'e':
    case 'f':
    case 'g':
      break;
    default:
      return 0;
  }
  if (prec < 0) prec = 6;
  return format_digits(v, type, prec, upper, add_dot0, spec.alternate, spec.no_neg_zero, pct, buf,
                       bufsize);
}

size_t format_bound(const FormatSpec& spec) {
  size_t prec = spec.precision < 0 ? 6 : size_t(spec.precision);
  switch (spec.type) {
    case 'f':
    case 'F':
    case '%':
      // sign, up to 309 integer digits, point, digits, '%'
      return 312 + prec;
    case 'e':
    case 'E':
      // sign, digit, point, digits, e+308
      return 8 + prec;
    default:
      // g, n, empty: sign, "0.000" or a digit and point, digits, ".0" or
      // an exponent; repr: at most 24
      return 32 + prec;
  }
}

size_t format_printf(double v, char conv, int precision, bool alternate, char* buf,
                     size_t bufsize) {
  if (conv == 'r' || conv == 's' || conv == 'a') return format_repr(v, false, false, buf, bufsize);
  if (conv != 'e' && conv != 'E' && conv != 'f' && conv != 'F' && conv != 'g' && conv != 'G')
    return 0;
  FormatSpec spec;
  spec.type = conv;
  spec.precision = precision < 0 ? 6 : precision;
  spec.alternate = alternate;
  return format(v, spec, buf, bufsize);
}

// ---------------------------------------------------------------------------
// Parsing

namespace {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads the decimal digits in [p, end) (other characters skipped, p at the
// first, nonzero, digit) into num as an integer, at most kKeepDigits of them,
// and returns how many it read; *sticky tells whether a nonzero digit was
// left out.
//
// Dropping digits past the 800th is exact for everything parsing decides:
// the numbers it compares the decimal with, the multiples of 2**-1075 below
// 2**1025 with at most 55 significant bits, have at most 769 significant
// digits, so none can fall strictly between the truncated decimal and the
// full one.
constexpr int kKeepDigits = 800;

int load_digits(const char* p, const char* end, Big& num, bool* sticky) {
  num.set(0);
  *sticky = false;
  int kept = 0;
  uint32_t chunk = 0, scale = 1;
  for (; p < end; ++p) {
    char ch = *p;
    if (!is_digit(ch)) continue;
    if (kept == kKeepDigits) {
      if (ch != '0') {
        *sticky = true;
        break;
      }
      continue;
    }
    chunk = chunk * 10 + uint32_t(ch - '0');
    scale *= 10;
    kept++;
    if (scale == kBillion) {
      num.mul_small(scale);
      num.add_small(chunk);
      chunk = 0;
      scale = 1;
    }
  }
  if (scale > 1) {
    num.mul_small(scale);
    num.add_small(chunk);
  }
  return kept;
}

// Exact comparison of the decimal 0.DIGITS * 10**decpt (the digits found in
// [p, end) as for load_digits) with b * 2**e2.  Returns the sign of the
// difference.
//
// Sizes: the truncated digits are < 10**800 < 2**2658; the other side,
// b * 5**1124 with b < 2**55, is < 2**2667; the power of two moved to the
// smaller side makes them equal within a factor of 4, so 2700 bits suffice.
[[gnu::noinline]] int compare_decimal(const char* p, const char* end, int64_t decpt, uint64_t b,
                                      int e2) {
  BigN<88> lhs, rhs;
  bool sticky;
  int e = int(decpt) - load_digits(p, end, lhs, &sticky);
  // lhs * 10**e versus b * 2**e2.
  rhs.set(b);
  scale_ratio(lhs, rhs, e, e - e2);
  int c = compare(lhs, rhs);
  if (c == 0 && sticky) c = 1;
  return c;
}

// The double sign | m * 2**u for a rounded m <= 2**53 with u >= -1074 (a
// subnormal or zero has m < 2**52 and u == -1074); ±inf past the largest.
double pack_double(uint64_t m, int u, uint64_t sign) {
  if (m == (uint64_t(1) << 53)) {
    m >>= 1;
    u++;
  }
  if (m < kHidden) return from_bits(sign | m);  // subnormal or zero (u == -1074)
  int biased = u + 1075;
  if (biased >= 2047) return from_bits(sign | kInfBits);
  return from_bits(sign | (uint64_t(biased) << 52) | (m - kHidden));
}

constexpr double kExactPow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The hardware (or soft-float library) evaluates double expressions in double
// precision, so one multiplication or division of exact operands is
// correctly rounded.
#if defined(__FLT_EVAL_METHOD__)
inline constexpr bool kPlainDoubleEval = __FLT_EVAL_METHOD__ == 0;
#else
inline constexpr bool kPlainDoubleEval = false;
#endif

// decimal_to_double in the full build, for 10**-325 <= value < 10**310.
//
// Fast path: w = the first 19 digits (truncated if more nonzero digits
// follow), normalized to wn = w << lz, times P ~ 10**e10 gives a 192-bit W
// with the true (scaled) value in [W, W + err).  Scaled to units of half an
// ulp of the result, a floor t with an inexact flag decides round-half-even.
// If W and W + err - 1 have different floors, the boundary t_hi between them
// matters only when it is odd, i.e. a halfway point; then compare_decimal()
// settles it.  (An even boundary is a double itself, which is the answer
// from either side.)
[[maybe_unused]] inline double estimate_to_double(const char* p, const char* end, int64_t decpt,
                                                  uint64_t sign, bool force_exact) {
  uint64_t w = 0;
  int nw = 0;
  bool truncated = false;
  const char* q = p;
  for (; q < end && nw < 19; ++q) {
    if (is_digit(*q)) {
      w = w * 10 + uint64_t(*q - '0');
      nw++;
    }
  }
  for (; q < end; ++q) {
    if (is_digit(*q) && *q != '0') {
      truncated = true;
      break;
    }
  }
  int e10 = int(decpt) - nw;  // value = (w + fraction) * 10**e10, e10 in [-343, 309]

  if (kPlainDoubleEval && !force_exact && !truncated && w <= (uint64_t(1) << 53) && e10 >= -22 &&
      e10 <= 22) {
    double d = double(w);
    d = e10 < 0 ? d / kExactPow10[-e10] : d * kExactPow10[e10];
    return sign != 0 ? -d : d;
  }

  int lz = clz64(w);
  uint64_t wn = w << lz;
  Pow10 pw = pow10_approx(e10);
  U192 wprod = mul_64x128(wn, pw.hi, pw.lo);
  // value = W_true * 2**e0 with W_true in [W, W + err):
  //   a truncated P adds < wn < 2**64; truncated digits add < 2**lz * 2**128.
  int e0 = pw.exp2 - lz;
  int top = (wprod.w[2] >> 63) != 0 ? 191 : 190;
  int lead = top + e0;  // value >= 2**lead
  if (lead > 1023) return from_bits(sign | kInfBits);
  int u = lead - 52 < -1074 ? -1074 : lead - 52;  // exponent of the result's ulp
  int sh = (u - 1) - e0;                          // W / 2**sh is in half ulps
  uint64_t t = 0;  // < 2**55: sh >= 137 for normal results, more for subnormal
  bool rem = false;
  shift_out(wprod, sh, &t, &rem);
  bool inexact = rem || truncated || !pw.exact;
  bool decided = true;
  uint64_t boundary = 0;
  if (!pw.exact || truncated) {
    // slack = err - 1 with err = 2**64 (inexact P) + 2**(128+lz) (truncated;
    // then w >= 10**18, so lz <= 4).
    U192 slack = {{0, pw.exact ? 0u : 1u, truncated ? uint64_t(1) << lz : 0u}};
    for (int i = 0; i < 3; i++) {
      if (slack.w[i]-- != 0) break;
    }
    U192 upper;
    uint64_t t_hi;
    bool rem2;
    if (add192(wprod, slack, &upper) || !shift_out(upper, sh, &t_hi, &rem2) || t_hi != t) {
      decided = false;  // err < 2**134 <= 2**sh, so the floor is t or t + 1
      boundary = t + 1;
    }
  }
  if (force_exact) {
    decided = false;
    boundary = t | 1;
  }
  uint64_t m;
  if (decided) {
    m = t >> 1;
    if ((t & 1) != 0 && (inexact || (m & 1) != 0)) m++;
  } else if ((boundary & 1) == 0) {
    m = boundary >> 1;
  } else {
    int c = compare_decimal(p, end, decpt, boundary, u - 1);
    m = boundary >> 1;
    if (c > 0 || (c == 0 && (m & 1) != 0)) m++;
  }
  return pack_double(m, u, sign);
}

// decimal_to_double in the compact build, for 10**-325 <= value < 10**310.
// With D the digits load_digits keeps and e = decpt - (their count), the
// value is D * 10**e (plus the sticky bit of the digits dropped), and one
// big-integer division gives its floor in units of half an ulp of the
// result, which decides round-half-even.  Sizes: D < 10**800 < 2**2658 and
// 5**-e <= 5**1124 < 2**2610 (or 1 <= D * 5**e < 10**310), and the quotient
// stays below 2**55, so no number exceeds 2670 bits (2700 and a spare limb
// in divide()).
[[gnu::noinline, maybe_unused]] double divide_to_double(const char* p, const char* end,
                                                        int64_t decpt, uint64_t sign) {
  BigN<88> num, den;
  bool inexact;
  int e = int(decpt) - load_digits(p, end, num, &inexact);
  den.set(1);
  scale_ratio(num, den, e, 0);  // value = num / den * 2**e
  // floor(log2(value)) is lead or lead + 1; the result's ulp is 2**u.
  int lead = num.bit_length() - den.bit_length() - 1 + e;
  int u = lead - 52 < -1074 ? -1074 : lead - 52;
  scale_ratio(num, den, 0, e - (u - 1));  // num / den = value / 2**(u-1)
  bool rem;
  uint64_t t = divide(num, den, &rem);  // below 2**55
  inexact = inexact || rem;
  if ((t >> 54) != 0) {  // floor(log2(value)) was lead + 1: the ulp doubles
    inexact = inexact || (t & 1) != 0;
    t >>= 1;
    u++;
  }
  uint64_t m = t >> 1;
  if ((t & 1) != 0 && (inexact || (m & 1) != 0)) m++;
  return pack_double(m, u, sign);
}

// The double nearest to (-1 if neg) * 0.DIGITS * 10**decpt, where DIGITS are
// the decimal digits in [p, end) (other characters are skipped) and p points
// at the first, nonzero, digit.
double decimal_to_double(const char* p, const char* end, int64_t decpt, bool neg,
                         bool force_exact) {
  uint64_t sign = neg ? kSignBit : 0;
  if (decpt > 310) return from_bits(sign | kInfBits);  // >= 10**309
  if (decpt < -324) return from_bits(sign);            // < 10**-325
  if constexpr (cfg::fltfmt_compact)
    return divide_to_double(p, end, decpt, sign);
  else
    return estimate_to_double(p, end, decpt, sign, force_exact);
}

inline bool ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Length of the whitespace character starting at s (0 if none): ASCII spaces,
// plus the UTF-8 encodings of U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028,
// U+2029, U+202F, U+205F and U+3000 when `unicode`.
size_t space_len(const unsigned char* s, const unsigned char* end, bool unicode) {
  if (ascii_space(char(*s))) return 1;
  if (!unicode) return 0;
  size_t left = size_t(end - s);
  if (left >= 2 && s[0] == 0xc2 && (s[1] == 0x85 || s[1] == 0xa0)) return 2;
  if (left < 3) return 0;
  if (s[0] == 0xe1 && s[1] == 0x9a && s[2] == 0x80) return 3;
  if (s[0] == 0xe2 && s[1] == 0x80 &&
      ((s[2] >= 0x80 && s[2] <= 0x8a) || s[2] == 0xa8 || s[2] == 0xa9 || s[2] == 0xaf))
    return 3;
  if (s[0] == 0xe2 && s[1] == 0x81 && s[2] == 0x9f) return 3;
  if (s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80) return 3;
  return 0;
}

// Length of the whitespace character ending just before `end` (0 if none).
size_t space_len_before(const unsigned char* begin, const unsigned char* end, bool unicode) {
  for (size_t k = 1; k <= 3 && size_t(end - begin) >= k; k++) {
    if (space_len(end - k, end, unicode) == k) return k;
  }
  return 0;
}

bool equals_nocase(const char* s, size_t n, const char* lower) {
  size_t m = strlen(lower);
  if (n != m) return false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// digitpart: digit (["_"] digit)*.  Advances p over it and returns its digit
// count (0 if p is not at a digit), or -1 if an underscore is not followed by
// a digit.
int64_t scan_digitpart(const char*& p, const char* end) {
  int64_t count = 0;
  while (p < end && is_digit(*p)) {
    count++;
    p++;
    if (p < end && *p == '_') {
      if (p + 1 < end && is_digit(p[1])) {
        p++;
      } else {
        return -1;
      }
    }
  }
  return count;
}

// Parses the text between whitespace: [sign] (number [exponent] | inf | nan).
bool parse_body(const char* p, const char* end, bool literal, bool force_exact, double* out) {
  bool neg = false;
  if (!literal && p < end && (*p == '+' || *p == '-')) {
    neg = *p == '-';
    p++;
  }
  if (p == end) return false;
  uint64_t sign = neg ? kSignBit : 0;
  if (!literal && !is_digit(*p) && *p != '.') {
    size_t n = size_t(end - p);
    if (equals_nocase(p, n, "inf") || equals_nocase(p, n, "infinity")) {
      *out = from_bits(sign | kInfBits);
      return true;
    }
    if (equals_nocase(p, n, "nan")) {
      *out = from_bits(sign | kNanBits);
      return true;
    }
    return false;
  }
  // number ::= [digitpart] "." digitpart | digitpart ["."]
  const char* mant = p;
  int64_t int_digits = scan_digitpart(p, end);
  if (int_digits < 0) return false;
  int64_t frac_digits = 0;
  if (p < end && *p == '.') {
    p++;
    frac_digits = scan_digitpart(p, end);
    if (frac_digits < 0) return false;
  }
  if (int_digits + frac_digits == 0) return false;
  const char* mant_end = p;
  // exponent ::= ("e" | "E") ["+" | "-"] digitpart, saturating at 10**15
  int64_t exp = 0;
  if (p < end && (*p == 'e' || *p == 'E')) {
    p++;
    bool eneg = false;
    if (p < end && (*p == '+' || *p == '-')) {
      eneg = *p == '-';
      p++;
    }
    const char* ds = p;
    if (scan_digitpart(p, end) <= 0) return false;
    for (; ds < p; ++ds) {
      if (is_digit(*ds) && exp < 1000000000000000) exp = exp * 10 + (*ds - '0');
    }
    if (eneg) exp = -exp;
  }
  if (p != end) return false;

  // Find the first nonzero digit; digits before the point count toward decpt.
  int64_t index = 0;  // digit index within the mantissa
  const char* first = mant;
  for (; first < mant_end; ++first) {
    if (!is_digit(*first)) continue;
    if (*first != '0') break;
    index++;
  }
  if (first == mant_end) {
    *out = from_bits(sign);
    return true;
  }
  int64_t decpt = int_digits - index + exp;
  *out = decimal_to_double(first, mant_end, decpt, neg, force_exact);
  return true;
}

bool parse_impl(const char* s, size_t n, double* out, unsigned flags, bool force_exact) {
  const char* p = s;
  const char* end = s + n;
  bool literal = (flags & kParseLiteral) != 0;
  if (!literal) {
    bool unicode = (flags & kParseBytes) == 0;
    auto ub = reinterpret_cast<const unsigned char*>(p);
    auto ue = reinterpret_cast<const unsigned char*>(end);
    size_t k;
    while (ub < ue && (k = space_len(ub, ue, unicode)) != 0) ub += k;
    while (ue > ub && (k = space_len_before(ub, ue, unicode)) != 0) ue -= k;
    p = reinterpret_cast<const char*>(ub);
    end = reinterpret_cast<const char*>(ue);
  }
  return parse_body(p, end, literal, force_exact, out);
}

}  // namespace

bool parse(const char* s, size_t n, double* out, unsigned flags) {
  return parse_impl(s, n, out, flags, false);
}

namespace detail {
bool parse_exact(const char* s, size_t n, double* out) {
  return parse_impl(s, n, out, kParseFloat, true);
}
}  // namespace detail

// ---------------------------------------------------------------------------
// round(x, ndigits)

double round_ndigits(double x, int ndigits) {
  uint64_t bits = bits_of(x);
  if ((bits & kInfBits) == kInfBits) return x;  // nan, inf
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if ((bits & ~kSignBit) == 0) return x;
  char d[detail::kMaxDigits];
  int decpt;
  bool neg = (bits & kSignBit) != 0;
  int n = detail::fixed_digits(from_bits(bits & ~kSignBit), ndigits, d, &decpt, false);
  if (n == 0) return from_bits(bits & kSignBit);
  return decimal_to_double(d, d + n, decpt, neg, false);
}

}  // namespace minnow::fltfmt
