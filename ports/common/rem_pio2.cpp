// Argument reduction for sin, cos and tan on the boards: x = n * pi/2 + y
// with |y| <= pi/4.
//
// Newlib's sin, cos and tan (fdlibm) call __ieee754_rem_pio2(x, y) only for
// finite x with |x| > pi/4 (their code compares the high word of |x| with
// 0x3fe921fb and 0x7fefffff first), pass y, as a double-double y[0] + y[1],
// to their polynomial kernels, and use only n & 3. Nothing else in the
// firmware calls it, so that is the whole contract here: no paths for small,
// infinite or nan arguments. Newlib's own reduction is two algorithms (one
// in doubles for moderate x, one with a 2/pi table for huge x) and 3.7 KB of
// flash; this one is a single integer algorithm for every x, 650 bytes on
// the Cortex-M4 with its 176 bytes of constants:
//
//   |x| = m * 2^e with m a 53-bit integer. The bits of 2/pi at 2^-(e-3) and
//   above only add multiples of 8 to x * 2/pi, so 256 bits of 2/pi from
//   2^-(e-2) on, times m, give the quadrant mod 8 (3 bits) and a fraction of
//   253 bits, of which the last 85 may be wrong (the rest of 2/pi is left
//   out): 168 good bits. No double comes closer than 2^-61.6 quadrant to a
//   multiple of pi/2 (6381956970095103 * 2^797 is the closest), so the
//   remainder keeps over 100 good bits in the worst case, 125 usually.
//   The fraction is rounded to the nearest quadrant (a remainder in [-1/2,
//   1/2] of a quadrant), normalised, multiplied by pi/2 in 128-bit fixed
//   point, and written as y[0] = the remainder rounded to nearest and
//   y[1] = the rest, rounded. y[0] + y[1] is within 2^-106 |y| of the
//   remainder in the hardest cases, about 2^-117 otherwise, so y[0] is
//   correctly rounded unless y lies that close to a rounding boundary
//   (tests/unit/rem_pio2_test.cpp checks against exact values).
//
// The code is minnow::rem_pio2 so that the unit tests can run it on the host
// next to glibc; the board build also gives it newlib's name.
#include <stdint.h>
#include <string.h>

namespace {

// Made by tools/boards/gen_rem_pio2_table.py (pi from Machin's formula).
// Read as one integer, least significant word first: floor(2/pi * 2^1216),
// i.e. 64 zero bits then the first 1,216 bits of 2/pi (0.A2F9836E...).
const uint32_t kTwoOverPi[40] = {
    0xFC7B6BAB, 0x56033046, 0x1F8D5D08, 0x6BFB5FB1, 0x8A5292EA, 0x3D0739F7,
    0xEBE5F17B, 0x7527BAC7, 0x9E5FEA2D, 0x4F463F66, 0x27CB09B7, 0x6D367ECF,
    0x5A0A6D1F, 0xEF2F118B, 0xDE05980F, 0x1FF897FF, 0xBDF9283B, 0x9C845F8B,
    0x835339F4, 0x3991D639, 0xB45F7E41, 0xE99C7026, 0x2EBB4484, 0xE88235F5,
    0xB129A73E, 0xFE1DEB1C, 0x09D1921C, 0x06492EEA, 0x424DD2E0, 0xB7246E3A,
    0xDEBBC561, 0xFE5163AB, 0x3C439041, 0xDB629599, 0xF534DDC0, 0xFC2757D1,
    0x4E441529, 0xA2F9836E, 0x00000000, 0x00000000,
};
// round(pi/4 * 2^128), least significant word first (same script).
const uint32_t kPiOver4[4] = {
    0x80DC1CD1, 0xC4C6628B, 0x2168C234, 0xC90FDAA2,
};

// out[0 .. na + nb) = a * b, all little-endian arrays of 32-bit words.
void mul_words(const uint32_t* a, int na, const uint32_t* b, int nb, uint32_t* out) {
  memset(out, 0, sizeof(uint32_t) * (na + nb));
  for (int i = 0; i < na; i++) {
    uint32_t carry = 0;
    for (int j = 0; j < nb; j++) {
      uint64_t t = (uint64_t)a[i] * b[j] + out[i + j] + carry;
      out[i + j] = (uint32_t)t;
      carry = (uint32_t)(t >> 32);
    }
    out[i + nb] = carry;
  }
}

double from_bits(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace

namespace minnow {

int32_t rem_pio2(double x, double* y) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  // |x| = m * 2^e with e = biased - 1075 >= -53. With t = e + 61 = 32k + s,
  // (m << s) times the 8 table words from k on (counted from the top) has
  // its units bit at 253 (see the table's layout): the table's higher words
  // would only add multiples of 8, its lower ones less than m << s units.
  int t = (int)((bits >> 52) & 0x7FF) - 1014;  // 8 .. 1032
  int k = t >> 5, s = t & 31;
  uint64_t m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
  uint64_t m_low = m << s;
  uint32_t ms[3] = {(uint32_t)m_low, (uint32_t)(m_low >> 32), (uint32_t)((m >> 32) >> (32 - s))};
  uint32_t p[11];  // words 8..10 are multiples of 8 quadrants: ignored
  mul_words(ms, 3, kTwoOverPi + 32 - k, 8, p);

  // Bits 255..253: the quadrant mod 8. Bit 252 set: the fraction is >= 1/2,
  // so round the quadrant up and take 1 - fraction (the complement, off by
  // 2^-253, far below the error already there) with the sign flipped.
  uint32_t half = (p[7] >> 28) & 1;
  uint32_t quadrant = (p[7] >> 29) + half;
  for (int i = 0; i < 8; i++) p[i] ^= 0u - half;
  p[7] &= 0x0FFFFFFF;  // |remainder| in units of 2^-253 quadrant, < 2^252

  // Its top 128 bits, normalised. No double comes closer than 2^-61.6
  // quadrant to a multiple of pi/2, so the remainder is at least 2^191
  // units: the top nonzero word is p[5] or above (the loop ends there), and
  // the 4 words of a come from p[1] and above.
  const uint32_t* top = p + 7;
  int shift = 0;  // the normalised remainder is p * 2^shift
  while (*top == 0) {
    top--;
    shift += 32;
  }
  int b = __builtin_clz(*top);
  shift += b;
  uint32_t a[4];
  for (int i = 0; i < 4; i++) a[3 - i] = (top[-i] << b) | (top[-i - 1] >> 1 >> (31 - b));

  // |y| = remainder * pi/2 = a * 2^(128 - shift - 253) * kPiOver4 * 2^-127
  //     = q * 2^(-252 - shift) = (hi + lo / 2^64) * 2^(-60 - shift).
  uint32_t q[8];
  mul_words(a, 4, kPiOver4, 4, q);
  uint64_t hi = (uint64_t)q[7] << 32 | q[6];
  uint64_t lo = (uint64_t)q[5] << 32 | q[4];
  if (!(hi >> 63)) {
    hi = hi << 1 | lo >> 63;
    lo <<= 1;
    shift++;
  }
  int e = -60 - shift;
  // y[0]: hi's top 53 bits rounded to nearest (an exact tie cannot happen:
  // pi is irrational). The rounded-off part, as a signed 64-bit integer
  // in units of 2^(e - 53), gives y[1].
  uint64_t y0_mant = (hi >> 11) + ((hi >> 10) & 1);  // 2^52 .. 2^53
  int64_t rest = (int64_t)((hi << 53) | (lo >> 11));
  uint64_t sign = (bits ^ ((uint64_t)half << 63)) & (1ull << 63);
  y[0] = from_bits(((uint64_t)(e + 11 + 1074) << 52) + y0_mant + sign);
  double y1 = (double)rest;  // exact scaling below: |y1| stays far from underflow
  uint64_t y1_bits;
  memcpy(&y1_bits, &y1, sizeof y1_bits);
  if (rest != 0) y1_bits += (uint64_t)(int64_t)(e - 53) << 52;
  y[1] = from_bits(y1_bits ^ sign);
  int32_t n = (int32_t)(quadrant & 7);
  return bits >> 63 ? -n : n;
}

}  // namespace minnow

#ifdef MINNOW_BOARD_CONFIG
// Newlib's name: defining it keeps e_rem_pio2.o and k_rem_pio2.o (and their
// tables) out of the link.
extern "C" int32_t __ieee754_rem_pio2(double x, double* y) { return minnow::rem_pio2(x, y); }
#endif
