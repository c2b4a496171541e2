// Arbitrary-precision integer kernel. See bignum.h for the conventions.
//
// Internal routines (the `*_n` helpers, mul_rec, sqr_rec) work on fixed-size,
// not necessarily normalized operands and write every digit of their stated
// output; only the public entry points normalize. Sizes inside the recursion
// are thus fixed by the input sizes alone, which is what lets
// mag_mul_scratch bound the scratch without running the algorithm.
#include "util/bignum.h"

#include "config.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

namespace minnow::bignum {

void (*poll_hook)() = nullptr;

namespace {

// Karatsuba products, Lehmer's gcd and the divide-and-conquer string
// conversion pay off on big numbers; below the full level the schoolbook
// loops and plain Euclid do all sizes (about 2.5 KB less flash).
constexpr bool kFastBig = MINNOW_LEVEL >= MINNOW_LEVEL_FULL;
inline bool karatsuba(size_t n) { return kFastBig && n >= kKaratsubaThreshold; }

// Work done since the last poll, in digit operations (see poll_hook).
constexpr size_t kPollWork = size_t(1) << 20;
size_t poll_work = 0;

inline void spend(size_t work) {
  poll_work += work;
  if (poll_work >= kPollWork) [[unlikely]] {
    poll_work = 0;
    if (poll_hook) poll_hook();
  }
}

constexpr Digit kDigitMax = ~Digit(0);

inline unsigned clz32(Digit x) { return static_cast<unsigned>(__builtin_clz(x)); }  // x != 0
inline unsigned clz64(uint64_t x) { return static_cast<unsigned>(__builtin_clzll(x)); }  // x != 0
inline unsigned ctz64(uint64_t x) { return static_cast<unsigned>(__builtin_ctzll(x)); }  // x != 0
inline Digit lo(DDigit x) { return static_cast<Digit>(x); }
inline Digit hi(DDigit x) { return static_cast<Digit>(x >> 32); }
inline size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }
inline size_t min_sz(size_t a, size_t b) { return a < b ? a : b; }

inline size_t norm(const Digit* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

inline void copy_n(Digit* r, const Digit* a, size_t n) {
  if (n != 0 && r != a) memmove(r, a, n * sizeof(Digit));
}
inline void zero_n(Digit* r, size_t n) {
  if (n != 0) memset(r, 0, n * sizeof(Digit));
}

// On 64-bit hosts with a 128-bit type the hot loops step over digit pairs as
// 64-bit words: half the iterations, and a quarter of the products in
// schoolbook multiplication. Pairs are assembled from two digits explicitly,
// so this does not depend on byte order or alignment (compilers merge the
// two loads into one). A leftover odd digit takes the 32-bit path.
#if defined(__SIZEOF_INT128__) && UINTPTR_MAX > 0xFFFFFFFFu
#define MINNOW_BIGNUM_WIDE 1
__extension__ typedef unsigned __int128 Wide;
inline uint64_t load2(const Digit* a) { return uint64_t(a[0]) | (uint64_t(a[1]) << 32); }
inline void store2(Digit* r, uint64_t w) {
  r[0] = static_cast<Digit>(w);
  r[1] = static_cast<Digit>(w >> 32);
}
#else
#define MINNOW_BIGNUM_WIDE 0
#endif

// Division by an invariant normalized divisor d (top bit set) using a
// precomputed reciprocal v = floor((B^2 - 1) / d) - B, B = 2^32 (Moller and
// Granlund, "Improved division by invariant integers", 2011). One 32x32->64
// multiply per quotient digit instead of a 64/32 division: that matters on
// Cortex-M0, where 64/32 division is a slow library call.
inline Digit reciprocal(Digit d) { return static_cast<Digit>(~DDigit(0) / d - (DDigit(1) << 32)); }

// Returns floor((u1*B + u0) / d) and the remainder in r. Requires u1 < d.
inline Digit div2by1(Digit u1, Digit u0, Digit d, Digit v, Digit& r) {
  DDigit q = DDigit(v) * u1 + ((DDigit(u1) << 32) | u0);
  Digit q1 = hi(q) + 1;
  Digit q0 = lo(q);
  Digit rr = u0 - q1 * d;
  if (rr > q0) {
    q1--;
    rr += d;
  }
  if (rr >= d) [[unlikely]] {
    q1++;
    rr -= d;
  }
  r = rr;
  return q1;
}

#if MINNOW_BIGNUM_WIDE
// The same with 64-bit words: divides (r*2^64 + u0) by d, updating r in place.
inline uint64_t reciprocal64(uint64_t d) { return static_cast<uint64_t>(~Wide(0) / d - (Wide(1) << 64)); }
inline uint64_t div2by1_64(uint64_t u0, uint64_t d, uint64_t v, uint64_t& r) {
  uint64_t u1 = r;
  Wide q = Wide(v) * u1 + ((Wide(u1) << 64) | u0);
  uint64_t q1 = static_cast<uint64_t>(q >> 64) + 1;
  uint64_t q0 = static_cast<uint64_t>(q);
  uint64_t rr = u0 - q1 * d;
  if (rr > q0) {
    q1--;
    rr += d;
  }
  if (rr >= d) [[unlikely]] {
    q1++;
    rr -= d;
  }
  r = rr;
  return q1;
}
#endif

// ---------------------------------------------------------------------------
// Fixed-size primitives: operate on exactly n digits, return the carry/borrow.

// r[0..n) = a + b + c (c is 0 or 1). r may be a or b.
inline Digit add_n(Digit* r, const Digit* a, const Digit* b, size_t n, Digit c = 0) {
  size_t i = 0;
#if MINNOW_BIGNUM_WIDE
  uint64_t cw = c;
  for (; i + 2 <= n; i += 2) {
    Wide s = Wide(load2(a + i)) + load2(b + i) + cw;
    store2(r + i, static_cast<uint64_t>(s));
    cw = static_cast<uint64_t>(s >> 64);
  }
  c = static_cast<Digit>(cw);
#endif
  for (; i < n; i++) {
    DDigit s = DDigit(a[i]) + b[i] + c;
    r[i] = lo(s);
    c = hi(s);
  }
  return c;
}

// r[0..n) = a - b - c (c is 0 or 1); returns the borrow out. r may be a or b.
inline Digit sub_n(Digit* r, const Digit* a, const Digit* b, size_t n, Digit c = 0) {
  size_t i = 0;
#if MINNOW_BIGNUM_WIDE
  // x - y - borrow == x + ~y + (1 - borrow), whose carry is 1 - the new borrow.
  uint64_t k = 1 - c;
  for (; i + 2 <= n; i += 2) {
    Wide s = Wide(load2(a + i)) + static_cast<uint64_t>(~load2(b + i)) + k;
    store2(r + i, static_cast<uint64_t>(s));
    k = static_cast<uint64_t>(s >> 64);
  }
  c = static_cast<Digit>(1 - k);
#endif
  for (; i < n; i++) {
    DDigit s = DDigit(a[i]) - b[i] - c;
    r[i] = lo(s);
    c = hi(s) & 1;
  }
  return c;
}

// r[0..n) += c, rippling; returns the carry out of the top.
inline Digit inc_n(Digit* r, size_t n, Digit c) {
  for (size_t i = 0; i < n && c != 0; i++) {
    Digit t = r[i] + c;
    c = t < c;
    r[i] = t;
  }
  return c;
}

// r[0..n) -= c, rippling; returns the borrow out of the top.
inline Digit dec_n(Digit* r, size_t n, Digit c) {
  for (size_t i = 0; i < n && c != 0; i++) {
    Digit t = r[i];
    r[i] = t - c;
    c = t < c;
  }
  return c;
}

// r[0..n) = a[0..n) * m + c; returns the top digit. r may be a.
inline Digit mul_1(Digit* r, const Digit* a, size_t n, Digit m, Digit c0 = 0) {
  size_t i = 0;
  DDigit c = c0;
#if MINNOW_BIGNUM_WIDE
  for (; i + 2 <= n; i += 2) {
    Wide p = Wide(load2(a + i)) * m + c;
    store2(r + i, static_cast<uint64_t>(p));
    c = static_cast<uint64_t>(p >> 64);  // < 2^32
  }
#endif
  for (; i < n; i++) {
    c += DDigit(a[i]) * m;
    r[i] = lo(c);
    c >>= 32;
  }
  return lo(c);
}

// r[0..n) += a[0..n) * m; returns the carry digit.
inline Digit addmul_1(Digit* r, const Digit* a, size_t n, Digit m) {
  size_t i = 0;
  DDigit c = 0;
#if MINNOW_BIGNUM_WIDE
  for (; i + 2 <= n; i += 2) {
    Wide p = Wide(load2(a + i)) * m + load2(r + i) + c;
    store2(r + i, static_cast<uint64_t>(p));
    c = static_cast<uint64_t>(p >> 64);  // < 2^32
  }
#endif
  for (; i < n; i++) {
    c += DDigit(a[i]) * m + r[i];
    r[i] = lo(c);
    c >>= 32;
  }
  return lo(c);
}

// r[0..n) -= a[0..n) * m; returns the borrow digit. The product's high part
// plus the subtraction borrow cannot overflow (when the high part is at its
// maximum the low part is 0), so the borrow stays below 2^32.
inline Digit submul_1(Digit* r, const Digit* a, size_t n, Digit m) {
  size_t i = 0;
  Digit c = 0;
#if MINNOW_BIGNUM_WIDE
  uint64_t cw = 0;
  for (; i + 2 <= n; i += 2) {
    Wide p = Wide(load2(a + i)) * m + cw;
    uint64_t pl = static_cast<uint64_t>(p);
    uint64_t ri = load2(r + i);
    store2(r + i, ri - pl);
    cw = static_cast<uint64_t>(p >> 64) + (ri < pl);
  }
  c = static_cast<Digit>(cw);
#endif
  for (; i < n; i++) {
    DDigit p = DDigit(a[i]) * m + c;
    Digit pl = lo(p);
    Digit ri = r[i];
    c = hi(p) + (ri < pl);
    r[i] = ri - pl;
  }
  return c;
}

// r[0..n) = a << s for 0 < s < 32; returns the bits shifted out. r may equal a
// or lie above it (walks downward).
inline Digit shl_bits(Digit* r, const Digit* a, size_t n, unsigned s) {
  Digit out = 0;
  if (n == 0) return 0;
  out = a[n - 1] >> (32 - s);
  for (size_t i = n - 1; i > 0; i--) r[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
  r[0] = a[0] << s;
  return out;
}

// r[0..n) = (a[0..n) >> s) with `top` supplying the bits shifted in at the
// top, 0 < s < 32. r may equal a or lie below it (walks upward).
inline void shr_bits(Digit* r, const Digit* a, size_t n, unsigned s, Digit top = 0) {
  if (n == 0) return;
  for (size_t i = 0; i + 1 < n; i++) r[i] = (a[i] >> s) | (a[i + 1] << (32 - s));
  r[n - 1] = (a[n - 1] >> s) | (top << (32 - s));
}

}  // namespace

// ---------------------------------------------------------------------------
// Magnitude basics.

size_t mag_normalize(const Digit* a, size_t n) { return norm(a, n); }

int mag_cmp(const Digit* a, size_t an, const Digit* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

uint64_t mag_bit_length(const Digit* a, size_t an) {
  if (an == 0) return 0;
  return uint64_t(an) * 32 - clz32(a[an - 1]);
}

size_t mag_add(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn) {
  if (an < bn) {
    const Digit* t = a;
    a = b;
    b = t;
    size_t tn = an;
    an = bn;
    bn = tn;
  }
  Digit c = add_n(r, a, b, bn);
  size_t i = bn;
  for (; i < an && c != 0; i++) {
    Digit t = a[i] + 1;
    r[i] = t;
    c = t == 0;
  }
  copy_n(r + i, a + i, an - i);
  r[an] = c;
  return norm(r, an + 1);
}

size_t mag_sub(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn) {
  Digit c = sub_n(r, a, b, bn);
  size_t i = bn;
  for (; i < an && c != 0; i++) {
    Digit t = a[i];
    r[i] = t - 1;
    c = t == 0;
  }
  copy_n(r + i, a + i, an - i);
  return norm(r, an);
}

size_t mag_add_small(Digit* r, const Digit* a, size_t an, Digit b) {
  copy_n(r, a, an);
  r[an] = inc_n(r, an, b);
  return norm(r, an + 1);
}

size_t mag_sub_small(Digit* r, const Digit* a, size_t an, Digit b) {
  if (an == 0) return 0;  // a >= b forces b == 0
  copy_n(r, a, an);
  dec_n(r, an, b);
  return norm(r, an);
}

size_t mag_mul_small(Digit* r, const Digit* a, size_t an, Digit m, Digit add) {
  r[an] = mul_1(r, a, an, m, add);
  return norm(r, an + 1);
}

// ---------------------------------------------------------------------------
// Multiplication.

namespace {

// r[0..an+bn) = a * b, an >= bn >= 1. r must not overlap a or b.
void mul_school(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn) {
  // Long rows (a huge number times a short one) count their work row by row.
  const bool long_rows = an >= 1024;
  if (!long_rows) spend(an * bn);
#if MINNOW_BIGNUM_WIDE
  if (bn >= 2) {
    // Word by word over the even-length parts a2, b2, then the odd top
    // digits: a*b = a2*b2 + a_top*b2*B^an2 + a*b_top*B^bn2. Each step adds
    // onto digits already written and writes its carry just above them.
    size_t na = an / 2, nb = bn / 2, an2 = 2 * na, bn2 = 2 * nb;
    uint64_t m = load2(b);
    uint64_t c = 0;
    for (size_t i = 0; i < na; i++) {
      Wide p = Wide(load2(a + 2 * i)) * m + c;
      store2(r + 2 * i, static_cast<uint64_t>(p));
      c = static_cast<uint64_t>(p >> 64);
    }
    store2(r + an2, c);
    for (size_t j = 1; j < nb; j++) {
      if (long_rows) spend(2 * an);
      m = load2(b + 2 * j);
      Digit* rj = r + 2 * j;
      c = 0;
      for (size_t i = 0; i < na; i++) {
        Wide p = Wide(load2(a + 2 * i)) * m + load2(rj + 2 * i) + c;
        store2(rj + 2 * i, static_cast<uint64_t>(p));
        c = static_cast<uint64_t>(p >> 64);
      }
      store2(rj + an2, c);
    }
    if (an & 1) r[an2 + bn2] = addmul_1(r + an2, b, bn2, a[an - 1]);
    if (bn & 1) r[an + bn2] = addmul_1(r + bn2, a, an, b[bn - 1]);
    return;
  }
#endif
  r[an] = mul_1(r, a, an, b[0]);
  for (size_t j = 1; j < bn; j++) {
    if (long_rows) spend(an);
    r[an + j] = addmul_1(r + j, a, an, b[j]);
  }
}

// r[0..2n) = a^2, n >= 1: the cross products once, doubled, plus the squares.
void sqr_school(Digit* r, const Digit* a, size_t n) {
#if MINNOW_BIGNUM_WIDE
  // Word products already quarter the work, which beats halving it.
  mul_school(r, a, n, a, n);
#else
  if (n == 1) {
    DDigit p = DDigit(a[0]) * a[0];
    r[0] = lo(p);
    r[1] = hi(p);
    return;
  }
  // Row i adds a[i] * a[i+1..n) at offset 2i+1; its carry lands on r[i+n],
  // which no earlier row has touched.
  spend(n * n / 2);
  r[0] = 0;
  r[n] = mul_1(r + 1, a + 1, n - 1, a[0]);
  for (size_t i = 1; i + 1 < n; i++) r[i + n] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  r[2 * n - 1] = 0;
  // Double (the cross sum is below B^(2n) / 2, so no bit is lost) and add the
  // diagonal squares in one pass.
  Digit prev = 0;
  DDigit c = 0;
  for (size_t i = 0; i < n; i++) {
    DDigit sq = DDigit(a[i]) * a[i];
    Digit x0 = r[2 * i], x1 = r[2 * i + 1];
    Digit d0 = (x0 << 1) | (prev >> 31);
    Digit d1 = (x1 << 1) | (x0 >> 31);
    prev = x1;
    c += DDigit(d0) + lo(sq);
    r[2 * i] = lo(c);
    c >>= 32;
    c += DDigit(d1) + hi(sq);
    r[2 * i + 1] = lo(c);
    c >>= 32;
  }
#endif
}

// Adds z[0..zn) into r[0..rn), rippling the carry up to r's end. Digits of z
// at or above rn must be zero and the total must fit in rn digits: callers
// pass a region whose true value is known to fit.
inline void add_into(Digit* r, size_t rn, const Digit* z, size_t zn) {
  size_t n = min_sz(rn, zn);
  Digit c = add_n(r, r, z, n);
  inc_n(r + n, rn - n, c);
}

// Scratch for a Karatsuba product whose longer operand has n digits. With
// m = ceil(n / 2), a balanced step keeps a0+a1, b0+b1 and their product
// (4m + 4 digits) while recursing on m+1 digits; an unbalanced step keeps
// one partial product (2*bn <= 2m digits) while recursing on bn <= m digits;
// a squaring step needs 3m + 3. So K(n) = 4m + 4 + K(m + 1) bounds them all
// (K grows with n, and every recursive call has operands of at most m + 1).
size_t kara_scratch(size_t n) {
  size_t s = 0;
  while (karatsuba(n)) {
    size_t m = (n + 1) / 2;
    s += 4 * m + 4;
    n = m + 1;
  }
  return s;
}

void sqr_rec(Digit* r, const Digit* a, size_t n, Digit* s);

// r[0..an+bn) = a * b, an >= bn >= 1, any digits (not necessarily normalized).
// s: kara_scratch(an) digits.
void mul_rec(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn, Digit* s) {
  if (!karatsuba(bn)) {
    mul_school(r, a, an, b, bn);
    return;
  }
  if (a == b && an == bn) {
    sqr_rec(r, a, an, s);
    return;
  }
  size_t m = (an + 1) / 2;
  if (bn <= m) {
    // Unbalanced: cut a into bn-digit pieces, each a balanced product. The
    // top bn digits of the previous piece's product are pending in r when the
    // next piece's product (in s) is added on.
    mul_rec(r, a, bn, b, bn, s);
    Digit* t = s;
    for (size_t off = bn; off < an; off += bn) {
      size_t c = min_sz(bn, an - off);
      mul_rec(t, b, bn, a + off, c, s + 2 * bn);
      Digit carry = add_n(r + off, r + off, t, bn);
      for (size_t i = 0; i < c; i++) {
        Digit x = t[bn + i] + carry;
        carry = x < carry;
        r[off + bn + i] = x;
      }
    }
    return;
  }
  // Balanced: a = a1*B^m + a0, b = b1*B^m + b0 with 1 <= bn - m <= an - m <= m.
  // a*b = z2*B^2m + (z1 - z2 - z0)*B^m + z0 with z1 = (a0+a1)(b0+b1).
  size_t a1n = an - m, b1n = bn - m;
  mul_rec(r, a, m, b, m, s);
  mul_rec(r + 2 * m, a + m, a1n, b + m, b1n, s);
  Digit* sa = s;
  Digit* sb = s + (m + 1);
  Digit* z1 = s + 2 * (m + 1);
  Digit c = add_n(sa, a, a + m, a1n);
  copy_n(sa + a1n, a + a1n, m - a1n);
  sa[m] = inc_n(sa + a1n, m - a1n, c);
  c = add_n(sb, b, b + m, b1n);
  copy_n(sb + b1n, b + b1n, m - b1n);
  sb[m] = inc_n(sb + b1n, m - b1n, c);
  mul_rec(z1, sa, m + 1, sb, m + 1, s + 4 * (m + 1));
  size_t zn = 2 * m + 2;
  dec_n(z1 + 2 * m, 2, sub_n(z1, z1, r, 2 * m));
  size_t z2n = a1n + b1n;
  dec_n(z1 + z2n, zn - z2n, sub_n(z1, z1, r + 2 * m, z2n));
  add_into(r + m, an + bn - m, z1, zn);
}

// r[0..2n) = a^2, same scheme with z1 = (a0 + a1)^2.
void sqr_rec(Digit* r, const Digit* a, size_t n, Digit* s) {
  if (!karatsuba(n)) {
    sqr_school(r, a, n);
    return;
  }
  size_t m = (n + 1) / 2;
  size_t a1n = n - m;
  sqr_rec(r, a, m, s);
  sqr_rec(r + 2 * m, a + m, a1n, s);
  Digit* sa = s;
  Digit* z1 = s + (m + 1);
  Digit c = add_n(sa, a, a + m, a1n);
  copy_n(sa + a1n, a + a1n, m - a1n);
  sa[m] = inc_n(sa + a1n, m - a1n, c);
  sqr_rec(z1, sa, m + 1, s + 3 * (m + 1));
  size_t zn = 2 * m + 2;
  dec_n(z1 + 2 * m, 2, sub_n(z1, z1, r, 2 * m));
  size_t z2n = 2 * a1n;
  dec_n(z1 + z2n, zn - z2n, sub_n(z1, z1, r + 2 * m, z2n));
  add_into(r + m, 2 * n - m, z1, zn);
}

}  // namespace

size_t mag_mul_scratch(size_t an, size_t bn) {
  size_t n = max_sz(an, bn), k = min_sz(an, bn);
  if (!karatsuba(k)) return 0;
  if (n > kTooBig / 8) return kTooBig;
  // An unbalanced product recurses only on the shorter length.
  if (k <= (n + 1) / 2) return 2 * k + kara_scratch(k);
  return kara_scratch(n);
}

size_t mag_mul(Digit* r, const Digit* a, size_t an, const Digit* b, size_t bn, Digit* scratch) {
  if (an == 0 || bn == 0) return 0;
  if (an < bn) {
    const Digit* t = a;
    a = b;
    b = t;
    size_t tn = an;
    an = bn;
    bn = tn;
  }
  if (bn == 1) {
    spend(an);
    r[an] = mul_1(r, a, an, b[0]);
  } else {
    mul_rec(r, a, an, b, bn, scratch);
  }
  return norm(r, an + bn);
}

// ---------------------------------------------------------------------------
// Division.

namespace {

// q = a / d (q may be null or a), returns a % d. d != 0.
template <bool kStoreQ>
Digit divmod_small_impl(Digit* q, const Digit* a, size_t an, Digit d) {
  if (an == 0) return 0;
  if (an <= 2) {
    // Too short to repay computing a reciprocal.
    DDigit x = an == 2 ? (DDigit(a[1]) << 32) | a[0] : a[0];
    DDigit qq = x / d;
    if constexpr (kStoreQ) {
      q[0] = lo(qq);
      if (an == 2) q[1] = hi(qq);
    }
    return static_cast<Digit>(x - qq * d);
  }
#if MINNOW_BIGNUM_WIDE
  if (an >= 6) {
    // 64-bit words divided by d scaled up to a normalized 64-bit divisor
    // (shift k = 32 + clz(d)), the scaled remainder carried along.
    unsigned k = 32 + clz32(d);
    uint64_t dn = uint64_t(d) << k;
    uint64_t v = reciprocal64(dn);
    size_t nw = an / 2;  // whole words below an odd top digit
    uint64_t rem = 0;
    if (an & 1) {
      Digit t = a[an - 1];
      rem = t % d;
      if constexpr (kStoreQ) q[an - 1] = t / d;
    }
    uint64_t w = load2(a + 2 * (nw - 1));
    uint64_t rs = (rem << k) | (w >> (64 - k));
    for (size_t j = nw - 1; j > 0; j--) {
      uint64_t wl = load2(a + 2 * (j - 1));
      uint64_t qw = div2by1_64((w << k) | (wl >> (64 - k)), dn, v, rs);
      if constexpr (kStoreQ) store2(q + 2 * j, qw);
      w = wl;
    }
    uint64_t qw = div2by1_64(w << k, dn, v, rs);
    if constexpr (kStoreQ) store2(q, qw);
    return static_cast<Digit>(rs >> k);
  }
#endif
  unsigned s = clz32(d);
  Digit dn = d << s;
  Digit v = reciprocal(dn);
  Digit rem;
  if (s == 0) {
    rem = 0;
    for (size_t i = an; i-- > 0;) {
      Digit qd = div2by1(rem, a[i], dn, v, rem);
      if constexpr (kStoreQ) q[i] = qd;
    }
    return rem;
  }
  // Divide (a << s) by (d << s): same quotient, remainder scaled by 2^s. The
  // top s bits of a start the remainder; each step shifts in the next digit.
  rem = a[an - 1] >> (32 - s);
  for (size_t i = an - 1; i > 0; i--) {
    Digit u0 = (a[i] << s) | (a[i - 1] >> (32 - s));
    Digit qd = div2by1(rem, u0, dn, v, rem);
    if constexpr (kStoreQ) q[i] = qd;
  }
  Digit qd = div2by1(rem, a[0] << s, dn, v, rem);
  if constexpr (kStoreQ) q[0] = qd;
  return rem >> s;
}

}  // namespace

size_t mag_divmod_small(Digit* q, const Digit* a, size_t an, Digit d, Digit* rem) {
  *rem = divmod_small_impl<true>(q, a, an, d);
  return norm(q, an);
}

Digit mag_mod_small(const Digit* a, size_t an, Digit d) { return divmod_small_impl<false>(nullptr, a, an, d); }

size_t mag_divmod_scratch(size_t an, size_t bn) {
  if (bn <= 1 || an < bn) return 0;
  return an + 1;
}

size_t mag_divmod(Digit* q, Digit* r, size_t* rn, const Digit* a, size_t an, const Digit* b, size_t bn,
                  Digit* scratch) {
  if (an < bn) {
    if (r) {
      copy_n(r, a, an);
      *rn = an;
    }
    return 0;
  }
  if (bn == 1) {
    spend(an);
    Digit d = b[0];
    Digit rem;
    size_t qn = 0;
    if (q) {
      rem = divmod_small_impl<true>(q, a, an, d);
      qn = norm(q, an);
    } else {
      rem = divmod_small_impl<false>(nullptr, a, an, d);
    }
    if (r) {
      r[0] = rem;
      *rn = rem != 0;
    }
    return qn;
  }
  // Knuth's algorithm D (TAOCP vol. 2, 4.3.1) on a copy u of a, against b
  // itself. Knuth shifts both operands so that the divisor's top bit is set;
  // here only the few digits the quotient estimate reads are shifted, as
  // needed (`window`). The estimate is the one of the shifted problem: the
  // shifted running remainder also holds bits of the next lower digit, but
  // they change neither floor(u'/v') nor the bound that the estimate from
  // the top two digits, corrected with the divisor's second digit, is at
  // most one too large. The subtraction then works on the unshifted digits,
  // so the remainder needs no shifting back.
  unsigned rs = 32 - clz32(b[bn - 1]);  // 1..32
  auto window = [rs](Digit h, Digit l) { return static_cast<Digit>(((DDigit(h) << 32) | l) >> rs); };
  Digit vt = window(b[bn - 1], b[bn - 2]);
  Digit vs = window(b[bn - 2], bn >= 3 ? b[bn - 3] : 0);
  Digit inv = reciprocal(vt);
  Digit* u = scratch;
  copy_n(u, a, an);
  u[an] = 0;
  spend(bn);
  for (size_t j = an - bn + 1; j-- > 0;) {
    if ((j & 63) == 0) spend(64 * bn);
    // Invariant: u[j .. j+bn] < b * B, so the shifted top digit u2 <= vt.
    Digit x3 = u[j + bn], x2 = u[j + bn - 1], x1 = u[j + bn - 2];
    Digit x0 = j + bn >= 3 ? u[j + bn - 3] : 0;
    Digit u2 = window(x3, x2), u1 = window(x2, x1), u0 = window(x1, x0);
    Digit qhat, rhat;
    bool rhat_big;  // rhat >= B: the correction test cannot succeed
    if (u2 >= vt) {
      qhat = kDigitMax;
      rhat = u1 + vt;  // u2*B + u1 - (B-1)*vt with u2 == vt
      rhat_big = rhat < vt;
    } else {
      qhat = div2by1(u2, u1, vt, inv, rhat);
      rhat_big = false;
    }
    if (!rhat_big) {
      DDigit p = DDigit(qhat) * vs;
      while (p > ((DDigit(rhat) << 32) | u0)) {
        qhat--;
        p -= vs;
        rhat += vt;
        if (rhat < vt) break;  // rhat overflowed B: test passes now
      }
    }
    Digit borrow = submul_1(u + j, b, bn, qhat);
    Digit top = u[j + bn];
    u[j + bn] = top - borrow;
    if (top < borrow) [[unlikely]] {
      qhat--;
      u[j + bn] += add_n(u + j, u + j, b, bn);
    }
    if (q) q[j] = qhat;
  }
  if (r) {
    copy_n(r, u, bn);
    *rn = norm(r, bn);
  }
  return q ? norm(q, an - bn + 1) : 0;
}

// ---------------------------------------------------------------------------
// Shifts.

size_t mag_shl_size(size_t an, uint64_t k) {
  uint64_t n = uint64_t(an) + k / 32 + 1;
  if (n > kTooBig / sizeof(Digit) / 2) return kTooBig;
  return static_cast<size_t>(n);
}

size_t mag_shl(Digit* r, const Digit* a, size_t an, uint64_t k) {
  if (an == 0) return 0;
  size_t ds = static_cast<size_t>(k / 32);
  unsigned bs = static_cast<unsigned>(k % 32);
  if (bs == 0) {
    copy_n(r + ds, a, an);
    r[an + ds] = 0;
  } else {
    r[an + ds] = shl_bits(r + ds, a, an, bs);
  }
  zero_n(r, ds);
  return norm(r, an + ds + 1);
}

size_t mag_shr(Digit* r, const Digit* a, size_t an, uint64_t k) {
  if (k / 32 >= an) return 0;
  size_t ds = static_cast<size_t>(k / 32);
  unsigned bs = static_cast<unsigned>(k % 32);
  size_t n = an - ds;
  if (bs == 0) {
    copy_n(r, a + ds, n);
  } else {
    shr_bits(r, a + ds, n, bs);
  }
  return norm(r, n);
}

// ---------------------------------------------------------------------------
// Signed arithmetic.

int cmp(Int a, Int b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = mag_cmp(a.d, a.n, b.d, b.n);
  return a.neg ? -c : c;
}

namespace {

// a + (b with sign bneg): the shared body of add and sub.
Int add_signed(Digit* r, Int a, Int b, bool bneg) {
  if (a.neg == bneg) return make_int(r, mag_add(r, a.d, a.n, b.d, b.n), a.neg);
  int c = mag_cmp(a.d, a.n, b.d, b.n);
  if (c == 0) return Int{r, 0, false};
  if (c > 0) return make_int(r, mag_sub(r, a.d, a.n, b.d, b.n), a.neg);
  return make_int(r, mag_sub(r, b.d, b.n, a.d, a.n), bneg);
}

}  // namespace

Int add(Digit* r, Int a, Int b) { return add_signed(r, a, b, b.neg); }
Int sub(Digit* r, Int a, Int b) { return add_signed(r, a, b, !b.neg && b.n != 0); }

Int mul(Digit* r, Int a, Int b, Digit* scratch) {
  return make_int(r, mag_mul(r, a.d, a.n, b.d, b.n, scratch), a.neg != b.neg);
}

size_t divmod_scratch(size_t an, size_t bn) {
  // Room for the remainder, which floors a quotient even when only q is wanted.
  return bn + mag_divmod_scratch(an, bn);
}

DivMod divmod(Digit* q, Digit* r, Int a, Int b, Digit* scratch) {
  bool qneg = a.neg != b.neg;
  // Without r, the remainder is still needed (in scratch) to floor a
  // negative quotient.
  Digit* rr = r ? r : qneg ? scratch : nullptr;
  Digit* ds = scratch + (r ? 0 : b.n);
  size_t rn = 0;
  size_t qn = mag_divmod(q, rr, &rn, a.d, a.n, b.d, b.n, ds);
  if (qneg && rn != 0) {
    // Floor: q = -(|q| + 1), r = |b| - |r| with b's sign.
    if (q) qn = mag_add_small(q, q, qn, 1);
    if (r) rn = mag_sub(r, b.d, b.n, r, rn);
  }
  DivMod out;
  out.q = make_int(q, q ? qn : 0, qneg);
  out.r = make_int(r, r ? rn : 0, b.neg);
  return out;
}

// ---------------------------------------------------------------------------
// Powers.

namespace {

inline Digit digit_at(const Digit* a, size_t n, size_t i) { return i < n ? a[i] : 0; }

// Bits [at, at + 64) of a (bits beyond a's length read as zero).
uint64_t bits_from(const Digit* a, size_t n, uint64_t at) {
  size_t di = static_cast<size_t>(at / 32);
  unsigned bi = static_cast<unsigned>(at % 32);
  uint64_t w = digit_at(a, n, di) | (uint64_t(digit_at(a, n, di + 1)) << 32);
  w >>= bi;
  if (bi != 0) w |= uint64_t(digit_at(a, n, di + 2)) << (64 - bi);
  return w;
}

// True when |a| is a power of two; *k receives its exponent.
bool is_pow2(Int a, uint64_t* k) {
  if (a.n == 0) return false;
  Digit t = a.d[a.n - 1];
  if ((t & (t - 1)) != 0) return false;
  for (size_t i = 0; i + 1 < a.n; i++) {
    if (a.d[i] != 0) return false;
  }
  *k = mag_bit_length(a.d, a.n) - 1;
  return true;
}

// The exponent as a uint64, or false when it does not fit.
bool exp_u64(Int e, uint64_t* out) {
  if (e.n > 2) return false;
  uint64_t v = 0;
  if (e.n >= 1) v = e.d[0];
  if (e.n == 2) v |= uint64_t(e.d[1]) << 32;
  *out = v;
  return true;
}

// Upper bound on log2|a|, |a| >= 2, from the top 53 bits rounded up.
double log2_upper(Int a) {
  uint64_t bits = mag_bit_length(a.d, a.n);
  uint64_t sh = bits > 53 ? bits - 53 : 0;
  // top = the leading (bits - sh) bits of a; |a| < (top + 1) * 2^sh, or
  // |a| == top when nothing was cut off.
  uint64_t top = bits_from(a.d, a.n, sh) & ((uint64_t(1) << (bits - sh)) - 1);
  if (sh != 0) top++;
  return std::log2(static_cast<double>(top)) + static_cast<double>(sh);
}

}  // namespace

size_t pow_size(Int a, Int e) {
  if (e.n == 0 || a.n == 0 || (a.n == 1 && a.d[0] == 1)) return 1;
  uint64_t ev;
  if (!exp_u64(e, &ev)) return kTooBig;
  uint64_t k;
  uint64_t bits;
  if (is_pow2(a, &k)) {
    if (k != 0 && ev > (uint64_t(1) << 62) / k) return kTooBig;
    bits = k * ev + 1;
  } else {
    // Intermediate products are written at full (unnormalized) length: a
    // squaring of x = a^j writes 2*len(x) digits, which the +3 covers.
    double b = log2_upper(a) * static_cast<double>(ev);
    b *= 1.0 + 1.0 / 1099511627776.0;  // margin for rounding in log2 and *
    if (!(b < 4.0e18)) return kTooBig;
    bits = static_cast<uint64_t>(b) + 1;
  }
  uint64_t digits = bits / 32 + 3;
  if (digits > kTooBig / sizeof(Digit) / 8) return kTooBig;
  return static_cast<size_t>(digits);
}

size_t pow_scratch(Int a, Int e) {
  size_t rn = pow_size(a, e);
  if (rn == kTooBig) return kTooBig;
  uint64_t k;
  if (rn <= 1 || is_pow2(a, &k)) return 0;
  // One ping-pong buffer plus the scratch of the largest product: a squaring
  // of at most rn/2 + 1 digits, or x * a with x below rn digits.
  size_t sq = kara_scratch(rn / 2 + 1);
  size_t ma = !karatsuba(a.n) ? 0 : kara_scratch(rn);
  return rn + max_sz(sq, ma);
}

Int pow(Digit* r, Int a, Int e, Digit* scratch) {
  bool neg = a.neg && e.n != 0 && (e.d[0] & 1);
  if (e.n == 0) {
    r[0] = 1;
    return Int{r, 1, false};
  }
  if (a.n == 0) return Int{r, 0, false};
  uint64_t k;
  if (is_pow2(a, &k)) {
    uint64_t ev = 0;
    exp_u64(e, &ev);  // fits: pow_size was not kTooBig
    uint64_t bit = k * ev;
    size_t n = static_cast<size_t>(bit / 32) + 1;
    zero_n(r, n);
    r[n - 1] = Digit(1) << (bit % 32);
    return make_int(r, n, neg);
  }
  size_t rn = pow_size(a, e);
  Digit* tmp = scratch;
  Digit* ms = scratch + rn;
  // Left-to-right binary powering; x lives in `cur`, each product goes to the
  // other buffer and the two swap.
  Digit* cur = r;
  Digit* other = tmp;
  copy_n(cur, a.d, a.n);
  size_t xn = a.n;
  uint64_t ebits = mag_bit_length(e.d, e.n);
  for (uint64_t i = ebits - 1; i-- > 0;) {
    spend(xn);
    xn = mag_mul(other, cur, xn, cur, xn, ms);
    Digit* t = cur;
    cur = other;
    other = t;
    if ((e.d[i / 32] >> (i % 32)) & 1) {
      xn = mag_mul(other, cur, xn, a.d, a.n, ms);
      t = cur;
      cur = other;
      other = t;
    }
  }
  copy_n(r, cur, xn);
  return make_int(r, xn, neg);
}

namespace {

// Layout of pow_mod's scratch, all in digits of m (mn):
//   base[mn] x[mn] prod[2mn + 2] then a work area shared by the steps.
size_t modmul_work(size_t mn) { return mag_divmod_scratch(2 * mn, mn) + mag_mul_scratch(mn, mn); }

// The modular inverse's buffers: three remainders and three cofactors of
// mn + 2 digits, a quotient of mn + 1, then division/multiplication space.
size_t inverse_work(size_t mn) {
  return 6 * (mn + 2) + (mn + 1) + mag_divmod_scratch(mn + 1, mn) + mag_mul_scratch(mn + 1, mn + 1);
}

// x = x * y mod m (x, y < m, both mn-digit buffers). Returns x's length.
size_t mulmod(Digit* x, size_t xn, const Digit* y, size_t yn, const Digit* m, size_t mn, Digit* prod, Digit* work) {
  size_t pn = mag_mul(prod, x, xn, y, yn, work);
  size_t rn = 0;
  mag_divmod(nullptr, x, &rn, prod, pn, m, mn, work);
  return rn;
}

// x = inverse of b modulo m (0 <= b < m, m >= 2), by the extended Euclidean
// algorithm tracking b's cofactor only. The cofactors t_k alternate in sign
// (t_1 = 1, t_2 = -q_1, ...), so magnitudes suffice: |t_{k+1}| = |t_{k-1}| +
// q_k |t_k|, and all stay <= m. Returns false when gcd(b, m) != 1.
bool mod_inverse(Digit* x, size_t* xn, const Digit* b, size_t bn, const Digit* m, size_t mn, Digit* w) {
  size_t cap = mn + 2;
  Digit* r0 = w;
  Digit* r1 = w + cap;
  Digit* r2 = w + 2 * cap;
  Digit* t0 = w + 3 * cap;
  Digit* t1 = w + 4 * cap;
  Digit* t2 = w + 5 * cap;
  Digit* q = w + 6 * cap;
  Digit* ds = q + (mn + 1);
  size_t r0n = mn, r1n = bn, t0n = 0, t1n = 1;
  copy_n(r0, m, mn);
  copy_n(r1, b, bn);
  t1[0] = 1;
  bool t1_neg = false;  // sign of t_k for the current t1
  while (r1n != 0) {
    spend(r0n + 16);
    size_t r2n = 0;
    size_t qn = mag_divmod(q, r2, &r2n, r0, r0n, r1, r1n, ds);
    size_t t2n = mag_mul(t2, q, qn, t1, t1n, ds);
    t2n = mag_add(t2, t2, t2n, t0, t0n);
    Digit* tmp = r0;
    r0 = r1;
    r1 = r2;
    r2 = tmp;
    r0n = r1n;
    r1n = r2n;
    tmp = t0;
    t0 = t1;
    t1 = t2;
    t2 = tmp;
    t0n = t1n;
    t1n = t2n;
    t1_neg = !t1_neg;
  }
  // r0 = gcd, t0 = its cofactor; t0's sign is the opposite of t1's.
  if (r0n != 1 || r0[0] != 1) return false;
  bool t0_neg = !t1_neg;
  if (t0_neg && t0n != 0) {
    *xn = mag_sub(x, m, mn, t0, t0n);
  } else {
    copy_n(x, t0, t0n);
    *xn = t0n;
  }
  return true;
}

}  // namespace

size_t pow_mod_scratch(size_t an, size_t mn) {
  size_t work = max_sz(max_sz(modmul_work(mn), inverse_work(mn)), mag_divmod_scratch(an, mn));
  return 2 * mn + (2 * mn + 2) + work;
}

Status pow_mod(Digit* r, Int* out, Int a, Int e, Int m, Digit* scratch) {
  const Digit* md = m.d;
  size_t mn = m.n;
  *out = Int{r, 0, false};
  if (mn == 1 && md[0] == 1) return Status::ok;
  Digit* base = scratch;
  Digit* x = base + mn;
  Digit* prod = x + mn;
  Digit* work = prod + (2 * mn + 2);
  // base = a mod |m| in [0, |m|).
  size_t bn = 0;
  mag_divmod(nullptr, base, &bn, a.d, a.n, md, mn, work);
  if (a.neg && bn != 0) bn = mag_sub(base, md, mn, base, bn);
  if (e.neg) {
    size_t in = 0;
    if (!mod_inverse(x, &in, base, bn, md, mn, work)) return Status::not_invertible;
    copy_n(base, x, in);
    bn = in;
  }
  size_t xn;
  if (e.n == 0) {
    x[0] = 1;
    xn = 1;
  } else if (bn == 0) {
    xn = 0;
  } else {
    copy_n(x, base, bn);
    xn = bn;
    uint64_t ebits = mag_bit_length(e.d, e.n);
    for (uint64_t i = ebits - 1; i-- > 0;) {
      spend(2 * mn + 16);
      xn = mulmod(x, xn, x, xn, md, mn, prod, work);
      if ((e.d[i / 32] >> (i % 32)) & 1) xn = mulmod(x, xn, base, bn, md, mn, prod, work);
    }
  }
  if (m.neg && xn != 0) {
    xn = mag_sub(r, md, mn, x, xn);
    *out = make_int(r, xn, true);
  } else {
    copy_n(r, x, xn);
    *out = make_int(r, xn, false);
  }
  return Status::ok;
}

// ---------------------------------------------------------------------------
// Bitwise operations.

namespace {

// The digits of a's infinite two's complement, low to high. For a negative
// a that is ~(|a| - 1): the decrement's borrow ripples as digits are read.
struct TwosDigits {
  const Digit* d;
  size_t n;
  bool neg;
  Digit borrow;

  explicit TwosDigits(Int a) : d(a.d), n(a.n), neg(a.neg), borrow(1) {}
  Digit next(size_t i) {
    Digit v = i < n ? d[i] : 0;
    if (!neg) return v;
    Digit t = v - borrow;
    borrow = v < borrow;
    return ~t;
  }
};

enum class BitOp { And, Or, Xor };

Int bitwise(Digit* r, Int a, Int b, BitOp op) {
  bool rneg;
  switch (op) {
    case BitOp::And: rneg = a.neg && b.neg; break;
    case BitOp::Or: rneg = a.neg || b.neg; break;
    default: rneg = a.neg != b.neg; break;
  }
  size_t n = max_sz(a.n, b.n);
  TwosDigits ta(a), tb(b);
  // A negative result is converted back to a magnitude as ~bits + 1, the
  // carry rippling as digits are produced; above n digits all bits are ones,
  // so only that carry remains.
  Digit carry = 1;
  for (size_t i = 0; i < n; i++) {
    Digit x = ta.next(i), y = tb.next(i);
    Digit z = op == BitOp::And ? (x & y) : op == BitOp::Or ? (x | y) : (x ^ y);
    if (rneg) {
      z = ~z + carry;
      carry = carry && z == 0;
    }
    r[i] = z;
  }
  r[n] = rneg ? carry : 0;
  return make_int(r, norm(r, n + 1), rneg);
}

}  // namespace

Int bit_and(Digit* r, Int a, Int b) { return bitwise(r, a, b, BitOp::And); }
Int bit_or(Digit* r, Int a, Int b) { return bitwise(r, a, b, BitOp::Or); }
Int bit_xor(Digit* r, Int a, Int b) { return bitwise(r, a, b, BitOp::Xor); }

Int bit_not(Digit* r, Int a) {
  // ~a = -(a + 1): a >= 0 gives -(a+1); a < 0 gives |a| - 1.
  if (!a.neg) return make_int(r, mag_add_small(r, a.d, a.n, 1), true);
  return make_int(r, mag_sub_small(r, a.d, a.n, 1), false);
}

Int shl(Digit* r, Int a, uint64_t k) { return make_int(r, mag_shl(r, a.d, a.n, k), a.neg); }

Int shr(Digit* r, Int a, uint64_t k) {
  if (!a.neg) return make_int(r, mag_shr(r, a.d, a.n, k), false);
  // floor(-|a| / 2^k) = -(|a| >> k) - (1 if any bit shifted out is set).
  bool lost = false;
  uint64_t ds = k / 32;
  if (ds >= a.n) {
    lost = true;
  } else {
    for (size_t i = 0; i < ds && !lost; i++) lost = a.d[i] != 0;
    if (!lost && k % 32 != 0) lost = (a.d[ds] & ((Digit(1) << (k % 32)) - 1)) != 0;
  }
  size_t n = mag_shr(r, a.d, a.n, k);
  if (lost) n = mag_add_small(r, r, n, 1);
  return make_int(r, n, true);
}

uint64_t bit_count(Int a) {
  uint64_t c = 0;
  for (size_t i = 0; i < a.n; i++) c += static_cast<unsigned>(__builtin_popcount(a.d[i]));
  return c;
}

// ---------------------------------------------------------------------------
// Greatest common divisor.

namespace {

uint64_t gcd_u64(uint64_t u, uint64_t v) {
  if (u == 0) return v;
  if (v == 0) return u;
  unsigned shift = ctz64(u | v);
  u >>= ctz64(u);
  do {
    v >>= ctz64(v);
    if (u > v) {
      uint64_t t = u;
      u = v;
      v = t;
    }
    v -= u;
  } while (v != 0);
  return u << shift;
}

uint64_t to_u64_mag(const Digit* a, size_t n) {
  uint64_t v = n >= 1 ? a[0] : 0;
  if (n >= 2) v |= uint64_t(a[1]) << 32;
  return v;
}

// (u, v) = (A*u + B*v, C*u + D*v) in place over n digits (v zero-extended to
// n). The cofactors come from Lehmer's inner loop: |A|..|D| < 2^31 and
// A, B (likewise C, D) have opposite signs or one is zero, so each signed
// 64-bit accumulation stays below 2^63 in magnitude; both results are known
// to be nonnegative, so the final carries are zero.
void lehmer_combine(Digit* u, Digit* v, size_t n, size_t vn, int64_t A, int64_t B, int64_t C, int64_t D) {
  int64_t cu = 0, cv = 0;
  for (size_t i = 0; i < n; i++) {
    int64_t ui = u[i];
    int64_t vi = i < vn ? v[i] : 0;
    int64_t x = A * ui + B * vi + cu;
    int64_t y = C * ui + D * vi + cv;
    u[i] = static_cast<Digit>(x);
    v[i] = static_cast<Digit>(y);
    cu = x >> 32;  // arithmetic shift: defined in C++20
    cv = y >> 32;
  }
}

}  // namespace

size_t gcd_scratch(size_t an, size_t bn) {
  size_t n = max_sz(an, bn);
  return 3 * n + mag_divmod_scratch(n, n) + 1;
}

Int gcd(Digit* r, Int a, Int b, Digit* scratch) {
  if (mag_cmp(a.d, a.n, b.d, b.n) < 0) {
    Int t = a;
    a = b;
    b = t;
  }
  if (b.n == 0) {
    copy_n(r, a.d, a.n);
    return Int{r, a.n, false};
  }
  size_t cap = a.n;
  Digit* u = scratch;
  Digit* v = u + cap;
  Digit* w = v + cap;
  Digit* ds = w + cap;
  size_t un = a.n, vn = b.n;
  copy_n(u, a.d, un);
  copy_n(v, b.d, vn);
  // Invariant: u >= v > 0.
  while (vn > 2) {
    spend(un);
    uint64_t ub = mag_bit_length(u, un);
    uint64_t at = ub - 62;
    constexpr uint64_t kMask62 = (uint64_t(1) << 62) - 1;
    int64_t x = static_cast<int64_t>(bits_from(u, un, at) & kMask62);
    int64_t y = static_cast<int64_t>(bits_from(v, vn, at) & kMask62);
    int64_t A = 1, B = 0, C = 0, D = 1;
    // Lehmer's inner loop (Knuth, TAOCP vol. 2, 4.5.2, algorithm L): run
    // Euclid on the leading 62 bits for as long as the quotient is certain,
    // and stop before a cofactor reaches 2^31 (lehmer_combine's limit).
    constexpr int64_t kCof = int64_t(1) << 31;
    for (; kFastBig;) {  // without it, B stays 0: one plain Euclid step
      int64_t yc = y + C, yd = y + D;
      if (yc <= 0 || yd <= 0 || x + A < 0 || x + B < 0) break;
      int64_t q = (x + A) / yc;
      if (q != (x + B) / yd || q >= kCof) break;
      int64_t na = A - q * C, nb = B - q * D;  // |q*C| < 2^62: no overflow
      if (na <= -kCof || na >= kCof || nb <= -kCof || nb >= kCof) break;
      A = C;
      C = na;
      B = D;
      D = nb;
      int64_t t = x - q * y;
      x = y;
      y = t;
    }
    if (B == 0) {
      size_t wn = 0;
      mag_divmod(nullptr, w, &wn, u, un, v, vn, ds);
      Digit* t = u;
      u = v;
      v = w;
      w = t;
      un = vn;
      vn = wn;
      if (vn == 0) {
        copy_n(r, u, un);
        return Int{r, un, false};
      }
    } else {
      lehmer_combine(u, v, un, vn, A, B, C, D);
      un = norm(u, un);
      vn = norm(v, un);
      if (vn == 0) {
        copy_n(r, u, un);
        return Int{r, un, false};
      }
      if (mag_cmp(u, un, v, vn) < 0) {
        Digit* t = u;
        u = v;
        v = t;
        size_t tn = un;
        un = vn;
        vn = tn;
      }
    }
  }
  // v fits in 64 bits; one division brings u there too.
  if (un > 2) {
    size_t wn = 0;
    mag_divmod(nullptr, w, &wn, u, un, v, vn, ds);
    Digit* t = u;
    u = v;
    v = w;
    w = t;
    un = vn;
    vn = wn;
  }
  uint64_t g = gcd_u64(to_u64_mag(u, un), to_u64_mag(v, vn));
  return from_u64(r, g);
}

intptr_t hash(Int a) {
  // Modulo M = 2^p - 1, multiplying by B = 2^32 is a rotation of the p-bit
  // residue by 32 mod p bits, so the digits fold in from the top.
  constexpr unsigned p = sizeof(intptr_t) >= 8 ? 61 : 31;
  constexpr unsigned rot = 32 % p;
  constexpr uint64_t mod = (uint64_t(1) << p) - 1;
  uint64_t h = 0;  // invariant: h < mod
  for (size_t i = a.n; i-- > 0;) {
    h = ((h << rot) & mod) | (h >> (p - rot));
    uint64_t d = a.d[i];
    h += (d & mod) + (d >> p);
    while (h >= mod) h -= mod;
  }
  intptr_t v = static_cast<intptr_t>(h);
  if (a.neg) v = -v;
  if (v == -1) v = -2;
  return v;
}

// ---------------------------------------------------------------------------
// Strings.

namespace {

constexpr char kLowerDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kUpperDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// Upper bounds, scaled by 1024: chars of base b per Digit, ceil(32 / log2 b),
// and bits per char of base b, ceil(log2 b). Indexed by base.
constexpr uint16_t kCharsPerDigit1024[37] = {
    0,    0,    32769, 20676, 16385, 14114, 12678, 11674, 10924, 10339, 9866, 9474, 9142,
    8857, 8608, 8389,  8193,  8018,  7860,  7715,  7583,  7462,  7350,  7245, 7148, 7058,
    6973, 6893, 6818,  6747,  6679,  6616,  6555,  6497,  6442,  6390,  6340};
constexpr uint16_t kBitsPerChar1024[37] = {
    0,    0,    1025, 1625, 2049, 2379, 2649, 2876, 3073, 3248, 3403, 3544, 3673,
    3791, 3900, 4002, 4097, 4187, 4272, 4351, 4427, 4499, 4568, 4634, 4697, 4757,
    4815, 4871, 4924, 4976, 5026, 5075, 5121, 5167, 5211, 5254, 5296};

inline bool is_pow2_base(unsigned base) { return (base & (base - 1)) == 0; }
inline unsigned log2_base(unsigned base) { return static_cast<unsigned>(__builtin_ctz(base)); }

// The largest power of base that fits in a Digit, and its exponent.
Digit chunk_power(unsigned base, unsigned* k) {
  Digit p = base;
  unsigned e = 1;
  while (p <= kDigitMax / base) {
    p *= base;
    e++;
  }
  *k = e;
  return p;
}

inline unsigned digit_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A' + 10);
  return 99;
}

// Writes the chars of v, low to high, backwards from p; exactly `width`
// chars (zero padded), or as many as v needs when width is 0.
template <unsigned kBase>
inline char* emit_chunk(char* p, Digit v, unsigned base, unsigned width, const char* digs) {
  unsigned b = kBase ? kBase : base;
  if (width == 0) {
    do {
      *--p = digs[v % b];
      v /= b;
    } while (v != 0);
  } else {
    for (unsigned i = 0; i < width; i++) {
      *--p = digs[v % b];
      v /= b;
    }
  }
  return p;
}

}  // namespace

size_t to_string_size(size_t an, unsigned base) {
  if (uint64_t(an) > ~uint64_t(0) / 65536) return kTooBig;
  uint64_t c = (uint64_t(an) * kCharsPerDigit1024[base] + 1023) / 1024 + 2;
  if (c > kTooBig / 2) return kTooBig;
  return static_cast<size_t>(c);
}

namespace {

// Numbers of at least this many digits convert to a non-power-of-two base by
// divide and conquer; shorter ones (and the leaves) by peeling chunks.
constexpr size_t kStrSplitMin = 40;

// Divide and conquer splits x at a power P_i = base^(k * 2^i) (P_0 is the
// chunk power, P_{i+1} = P_i^2, so P_i has at most 2^i digits) taking about
// half of x's digits: x = q * P_i + r, r printed with exactly k * 2^i chars.
// The divisions are Knuth's, but a few large divisions run much faster than
// many passes of division by one digit, whose steps are latency-bound.
//
// Scratch layout for an n-digit number, with L the number of powers (the
// i with 2^(i+1) <= n + 1, so P_{L-1} splits n digits about in half):
//   x[n]  powers[2^L - 1] (P_i at offset 2^i - 1)  then either the scratch to
//   square the powers, or Knuth's copy u[n + 1] and a stack of remainders
//   [2^L] (along any chain of remainders the level strictly drops).
unsigned str_levels(size_t n) {
  unsigned l = 0;
  while ((size_t(2) << l) <= n + 1) l++;
  return l;
}

struct StrCtx {
  const Digit* pows;  // P_i at pows + (2^i - 1)
  size_t pown[64];    // length of P_i
  unsigned levels;
  unsigned k;         // chars per chunk
  Digit pw;           // the chunk power base^k
  unsigned base;
  const char* digs;
  Digit* u;  // Knuth's scratch
};

// Writes x[0..xn) (destroyed) as chars ending just before `end`: exactly
// `width` chars, zero padded, when width != 0, else as many as needed.
// Returns the first char written.
char* str_rec(char* end, Digit* x, size_t xn, size_t width, const StrCtx& c, Digit* rstack) {
  char* p = end;
  if (!kFastBig || xn < kStrSplitMin) {
    while (xn > 0) {
      spend(xn + 1);
      Digit rem = divmod_small_impl<true>(x, x, xn, c.pw);
      xn = norm(x, xn);
      unsigned w = xn > 0 || width != 0 ? c.k : 0;
      p = c.base == 10 ? emit_chunk<10>(p, rem, c.base, w, c.digs) : emit_chunk<0>(p, rem, c.base, w, c.digs);
    }
    if (width != 0) {
      while (p > end - width) *--p = '0';
      p = end - width;  // a last padded chunk may overshoot below the width
    }
    return p;
  }
  unsigned i = c.levels - 1;
  while (2 * c.pown[i] > xn + 1) i--;
  const Digit* pi = c.pows + ((size_t(1) << i) - 1);
  size_t rn = 0;
  size_t qn = mag_divmod(x, rstack, &rn, x, xn, pi, c.pown[i], c.u);
  size_t w = size_t(c.k) << i;
  str_rec(end, rstack, rn, w, c, rstack + c.pown[i]);
  return str_rec(end - w, x, qn, width != 0 ? width - w : 0, c, rstack);
}

}  // namespace

size_t to_string_scratch(size_t an, unsigned base) {
  if (is_pow2_base(base)) return 0;
  if (!kFastBig || an < kStrSplitMin) return an;
  if (an > kTooBig / 16) return kTooBig;
  unsigned l = str_levels(an);
  size_t pows = (size_t(1) << l) - 1;
  size_t sq = l >= 2 ? mag_mul_scratch(size_t(1) << (l - 2), size_t(1) << (l - 2)) : 0;
  return an + pows + max_sz(sq, an + 1 + (size_t(1) << l));
}

size_t to_string(char* out, Int a, unsigned base, Digit* scratch, bool upper) {
  const char* digs = upper ? kUpperDigits : kLowerDigits;
  if (a.n == 0) {
    out[0] = '0';
    return 1;
  }
  size_t pos = 0;
  if (a.neg) out[pos++] = '-';
  if (is_pow2_base(base)) {
    unsigned bits = log2_base(base);
    uint64_t total = mag_bit_length(a.d, a.n);
    uint64_t chars = (total + bits - 1) / bits;
    for (uint64_t c = chars; c-- > 0;) {
      uint64_t at = c * bits;
      size_t di = static_cast<size_t>(at / 32);
      unsigned bi = static_cast<unsigned>(at % 32);
      Digit w = a.d[di] >> bi;
      if (bi + bits > 32 && di + 1 < a.n) w |= a.d[di + 1] << (32 - bi);
      out[pos++] = digs[w & (base - 1)];
    }
    return pos;
  }
  // Chars are produced low to high, right-aligned at the end of the bound,
  // then moved down.
  StrCtx c;
  c.pw = chunk_power(base, &c.k);
  c.base = base;
  c.digs = digs;
  size_t n = a.n;
  Digit* x = scratch;
  copy_n(x, a.d, n);
  Digit* pows = x + n;
  c.pows = pows;
  c.levels = 0;
  c.u = nullptr;
  Digit* rstack = nullptr;
  if (kFastBig && n >= kStrSplitMin) {
    c.levels = str_levels(n);
    Digit* work = pows + ((size_t(1) << c.levels) - 1);
    pows[0] = c.pw;
    c.pown[0] = 1;
    for (unsigned i = 1; i < c.levels; i++) {
      const Digit* prev = pows + ((size_t(1) << (i - 1)) - 1);
      c.pown[i] = mag_mul(pows + ((size_t(1) << i) - 1), prev, c.pown[i - 1], prev, c.pown[i - 1], work);
    }
    c.u = work;
    rstack = work + n + 1;
  }
  char* end = out + to_string_size(n, base);
  char* p = str_rec(end, x, n, 0, c, rstack);
  size_t len = static_cast<size_t>(end - p);
  memmove(out + pos, p, len);
  return pos + len;
}

size_t from_string_size(size_t len, unsigned base) {
  if (uint64_t(len) > ~uint64_t(0) / 65536) return kTooBig;
  uint64_t bits = uint64_t(len) * kBitsPerChar1024[base] / 1024 + 1;
  uint64_t digits = bits / 32 + 2;
  if (digits > kTooBig / sizeof(Digit) / 2) return kTooBig;
  return static_cast<size_t>(digits);
}

Status from_string(Digit* r, Int* out, const char* s, size_t len, unsigned base, bool underscores) {
  *out = Int{r, 0, false};
  if (len == 0) return Status::invalid;
  // A '_' is valid only between two digits: both neighbours exist and are
  // not '_' (that they are digits is checked when they are read).
  auto underscore_ok = [&](size_t i) {
    return underscores && i > 0 && i + 1 < len && s[i - 1] != '_' && s[i + 1] != '_';
  };
  size_t n = 0;
  if (is_pow2_base(base)) {
    unsigned bits = log2_base(base);
    DDigit acc = 0;
    unsigned accbits = 0;
    for (size_t i = len; i-- > 0;) {
      if (s[i] == '_') {
        if (!underscore_ok(i)) return Status::invalid;
        continue;
      }
      unsigned v = digit_value(s[i]);
      if (v >= base) return Status::invalid;
      acc |= DDigit(v) << accbits;
      accbits += bits;
      if (accbits >= 32) {
        r[n++] = lo(acc);
        acc >>= 32;
        accbits -= 32;
      }
    }
    if (accbits > 0) r[n++] = lo(acc);
    *out = Int{r, norm(r, n), false};
    return Status::ok;
  }
  // Horner's rule on chunks of up to k chars: r = r * base^j + chunk.
  unsigned k;
  chunk_power(base, &k);
  Digit acc = 0, scale = 1;
  unsigned cnt = 0;
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '_') {
      if (!underscore_ok(i)) return Status::invalid;
      continue;
    }
    unsigned v = digit_value(s[i]);
    if (v >= base) return Status::invalid;
    acc = acc * base + v;
    scale *= base;
    if (++cnt == k) {
      spend(n + 1);
      n = mag_mul_small(r, r, n, scale, acc);
      acc = 0;
      scale = 1;
      cnt = 0;
    }
  }
  if (cnt > 0) n = mag_mul_small(r, r, n, scale, acc);
  *out = Int{r, n, false};
  return Status::ok;
}

// ---------------------------------------------------------------------------
// Machine integers.

Int from_u64(Digit* r, uint64_t v) {
  r[0] = static_cast<Digit>(v);
  r[1] = static_cast<Digit>(v >> 32);
  return Int{r, norm(r, 2), false};
}

Int from_i64(Digit* r, int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  Int x = from_u64(r, m);
  x.neg = v < 0;
  return x;
}

Status to_u64(Int a, uint64_t* out) {
  if (a.neg || a.n > 2) return Status::overflow;
  *out = to_u64_mag(a.d, a.n);
  return Status::ok;
}

Status to_i64(Int a, int64_t* out) {
  if (a.n > 2) return Status::overflow;
  uint64_t m = to_u64_mag(a.d, a.n);
  constexpr uint64_t kMinMag = uint64_t(1) << 63;
  if (!a.neg) {
    if (m >= kMinMag) return Status::overflow;
    *out = static_cast<int64_t>(m);
  } else {
    if (m > kMinMag) return Status::overflow;
    *out = m == kMinMag ? std::numeric_limits<int64_t>::min() : -static_cast<int64_t>(m);
  }
  return Status::ok;
}

bool fits_intptr(Int a) {
  int64_t v;
  if (to_i64(a, &v) != Status::ok) return false;
  return v >= INTPTR_MIN && v <= INTPTR_MAX;
}

intptr_t to_intptr(Int a) {
  int64_t v = 0;
  (void)to_i64(a, &v);
  return static_cast<intptr_t>(v);
}

// ---------------------------------------------------------------------------
// Floating point.

namespace {

// True when any of the low k bits of a is set.
bool low_bits_set(const Digit* a, size_t n, uint64_t k) {
  size_t di = static_cast<size_t>(k / 32);
  for (size_t i = 0; i < di && i < n; i++) {
    if (a[i] != 0) return true;
  }
  unsigned bi = static_cast<unsigned>(k % 32);
  return bi != 0 && di < n && (a[di] & ((Digit(1) << bi) - 1)) != 0;
}

constexpr int kMantBits = std::numeric_limits<double>::digits;    // 53
constexpr int kMaxExp = std::numeric_limits<double>::max_exponent;  // 1024
constexpr int kMinExp = std::numeric_limits<double>::min_exponent;  // -1021

}  // namespace

Status to_double(Int a, double* out) {
  uint64_t bits = mag_bit_length(a.d, a.n);
  double x;
  if (bits <= uint64_t(kMantBits)) {
    x = static_cast<double>(to_u64_mag(a.d, a.n));
  } else {
    if (bits > uint64_t(kMaxExp)) return Status::overflow;
    // Keep 54 bits (the mantissa plus a rounding bit), remember whether any
    // lower bit is set, and round half to even by hand.
    uint64_t sh = bits - (kMantBits + 1);
    uint64_t m = bits_from(a.d, a.n, sh) & ((uint64_t(1) << (kMantBits + 1)) - 1);
    bool sticky = low_bits_set(a.d, a.n, sh);
    if ((m & 1) && (sticky || (m & 2))) m += 2;
    m >>= 1;
    int e = static_cast<int>(sh) + 1;
    if (64 - static_cast<int>(clz64(m)) + e > kMaxExp) return Status::overflow;
    x = std::ldexp(static_cast<double>(m), e);
  }
  *out = a.neg ? -x : x;
  return Status::ok;
}

Int from_double(Digit* r, double x) {
  bool neg = x < 0;
  if (neg) x = -x;
  if (!(x >= 1.0)) return Int{r, 0, false};
  int e;
  double f = std::frexp(x, &e);  // x = f * 2^e, 0.5 <= f < 1, e >= 1
  uint64_t m = static_cast<uint64_t>(std::ldexp(f, kMantBits));  // x = m * 2^(e - 53), exact
  Int v;
  if (e <= kMantBits) {
    v = from_u64(r, m >> (kMantBits - e));
  } else {
    from_u64(r, m);
    v = Int{r, mag_shl(r, r, 2, static_cast<uint64_t>(e - kMantBits)), false};
  }
  v.neg = neg && v.n != 0;
  return v;
}

size_t true_div_scratch(size_t an, size_t bn) {
  size_t l = max_sz(an, bn) + 4;
  return 2 * l + bn + mag_divmod_scratch(l, bn);
}

Status true_div(Int a, Int b, double* out, Digit* scratch) {
  bool neg = a.neg != b.neg;
  double zero = neg ? -0.0 : 0.0;
  if (a.n == 0) {
    *out = zero;
    return Status::ok;
  }
  int64_t abits = static_cast<int64_t>(mag_bit_length(a.d, a.n));
  int64_t bbits = static_cast<int64_t>(mag_bit_length(b.d, b.n));
  // Both exact as doubles: one IEEE division rounds correctly, unless the
  // FPU evaluates in extended precision (x87), where it would round twice.
  constexpr bool kExactDivide = std::is_same_v<std::double_t, double>;
  if (kExactDivide && abits <= kMantBits && bbits <= kMantBits) {
    double x = static_cast<double>(to_u64_mag(a.d, a.n)) / static_cast<double>(to_u64_mag(b.d, b.n));
    *out = neg ? -x : x;
    return Status::ok;
  }
  // 2^(diff-1) < |a/b| < 2^(diff+1).
  int64_t diff = abits - bbits;
  if (diff > kMaxExp) return Status::overflow;
  if (diff < kMinExp - kMantBits - 1) {  // below half the smallest subnormal
    *out = zero;
    return Status::ok;
  }
  // x = floor(|a| / (|b| * 2^shift)) carries 55 or 56 bits for a normal
  // result, fewer in the subnormal range where the lowest representable bit
  // sits at a fixed place; `inexact` records whether anything was cut off.
  int64_t shift = (diff > kMinExp ? diff : kMinExp) - kMantBits - 2;
  size_t l = max_sz(a.n, b.n) + 4;
  Digit* sa = scratch;
  Digit* q = sa + l;
  Digit* rem = q + l;
  Digit* ds = rem + b.n;
  bool inexact = false;
  size_t sn;
  if (shift >= 0) {
    inexact = low_bits_set(a.d, a.n, static_cast<uint64_t>(shift));
    sn = mag_shr(sa, a.d, a.n, static_cast<uint64_t>(shift));
  } else {
    sn = mag_shl(sa, a.d, a.n, static_cast<uint64_t>(-shift));
  }
  size_t rn = 0;
  size_t qn = mag_divmod(q, rem, &rn, sa, sn, b.d, b.n, ds);
  inexact = inexact || rn != 0;
  uint64_t x = to_u64_mag(q, qn);  // 1 <= x < 2^56; may round to 0 below
  int xbits = 64 - static_cast<int>(clz64(x));
  int64_t keep_from = kMinExp - kMantBits - shift;  // lowest representable bit
  int64_t extra = (xbits > kMantBits + keep_from ? xbits - kMantBits : keep_from);  // >= 2
  uint64_t unit = uint64_t(1) << extra;
  uint64_t low = x & (unit - 1);
  uint64_t half = unit >> 1;
  x -= low;
  if (low > half || (low == half && (inexact || (x & unit)))) x += unit;
  if (x != 0 && 64 - static_cast<int>(clz64(x)) + shift > kMaxExp) return Status::overflow;
  double d = std::ldexp(static_cast<double>(x), static_cast<int>(shift));
  *out = neg ? -d : d;
  return Status::ok;
}

// ---------------------------------------------------------------------------
// Bytes.

Status to_bytes(uint8_t* out, size_t len, Int a, bool little, bool is_signed) {
  if (a.neg && !is_signed) return Status::overflow;
  uint64_t bits = mag_bit_length(a.d, a.n);
  uint64_t width = uint64_t(len) * 8;
  if (!is_signed) {
    if (bits > width) return Status::overflow;
  } else if (!a.neg) {
    if (a.n != 0 && bits >= width) return Status::overflow;
  } else {
    // -2^(width-1) is the most negative value that fits; CPython also lets
    // -1 into zero bytes (all of its bits are sign bits).
    uint64_t k;
    bool minus_one = a.n == 1 && a.d[0] == 1;
    if (!minus_one && (bits > width || (bits == width && !is_pow2(a, &k)))) return Status::overflow;
  }
  TwosDigits t(a);
  Digit cur = 0;
  for (size_t i = 0; i < len; i++) {
    if (i % 4 == 0) cur = t.next(i / 4);
    uint8_t byte = static_cast<uint8_t>(cur >> (8 * (i % 4)));
    out[little ? i : len - 1 - i] = byte;
  }
  return Status::ok;
}

Int from_bytes(Digit* r, const uint8_t* in, size_t len, bool little, bool is_signed) {
  size_t nd = (len + 3) / 4;
  zero_n(r, nd);
  for (size_t i = 0; i < len; i++) {
    Digit byte = little ? in[i] : in[len - 1 - i];
    r[i / 4] |= byte << (8 * (i % 4));
  }
  bool neg = is_signed && len > 0 && ((little ? in[len - 1] : in[0]) & 0x80) != 0;
  if (neg) {
    // Sign-extend to whole digits, then |v| = ~v + 1 (v != 0, so no carry
    // leaves the top digit).
    unsigned used = static_cast<unsigned>(len % 4) * 8;
    if (used != 0) r[nd - 1] |= kDigitMax << used;
    Digit c = 1;
    for (size_t i = 0; i < nd; i++) {
      Digit x = ~r[i] + c;
      c = c && x == 0;
      r[i] = x;
    }
  }
  return make_int(r, norm(r, nd), neg);
}

}  // namespace minnow::bignum
