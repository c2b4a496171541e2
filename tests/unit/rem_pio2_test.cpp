// ports/common/rem_pio2.cpp, the boards' argument reduction for sin, cos and
// tan (x = n * pi/2 + y0 + y1), against exact references and against glibc.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>

// x, n mod 8, y0, y1 from tests/unit/rem_pio2_ref.py (exact rational
// arithmetic with pi to 4,000 bits).
#include "rem_pio2_cases.h"
#include "bits.h"

namespace minnow {
int32_t rem_pio2(double x, double* y);  // ports/common/rem_pio2.cpp
}

namespace {

// Compares bit patterns, so that 0.0 and -0.0 or two NaNs are told apart
// or matched exactly.
#define EXPECT_SAME_DOUBLE(a, b) EXPECT_EQ(to_bits(a), to_bits(b)) << std::hexfloat << (a) << " vs " << (b)

TEST(RemPio2, ExactReferences) {
  // Every case: the quadrant, y0 correctly rounded, and y0 + y1 within
  // 2^-104 |y0| of the remainder (y1 carries about 53 more bits; with
  // 128-bit arithmetic its last bit may be off when y1 is much smaller than
  // an ulp of y0). Among the cases the double closest to a multiple of pi/2
  // (6381956970095103 * 2^797, remainder 2^-61), near-multiples found by
  // continued fractions at every magnitude, DBL_MAX, negative values.
  size_t count = 0, y1_exact = 0;
  for (const RemPio2Case& c : kRemPio2Cases) {
    double y[2];
    int32_t n = minnow::rem_pio2(c.x, y);
    EXPECT_EQ(n & 7, c.n) << std::hexfloat << c.x;
    EXPECT_SAME_DOUBLE(y[0], c.y0) << " x=" << std::hexfloat << c.x;
    EXPECT_LE(std::fabs(y[1] - c.y1), std::ldexp(std::fabs(c.y0), -104))
        << std::hexfloat << " x=" << c.x << " y1=" << y[1] << " want " << c.y1;
    y1_exact += y[1] == c.y1;
    count++;
  }
  EXPECT_GT(count, 500u);
  EXPECT_GE(y1_exact, count * 95 / 100);
}

TEST(RemPio2, SmallestArguments) {
  // Newlib calls it for high words of |x| above 0x3fe921fb: from
  // 0x3fe921fc00000000 (0.7853984832...) on, just above pi/4. The nearest
  // multiple of pi/2 is then pi/2 itself.
  const double smallest = 0x1.921fcp-1;
  double y[2];
  EXPECT_EQ(minnow::rem_pio2(smallest, y), 1);
  EXPECT_SAME_DOUBLE(y[0], -0x1.921faa8885a31p-1);  // smallest - pi/2, rounded
  EXPECT_EQ(minnow::rem_pio2(-smallest, y), -1);
  EXPECT_SAME_DOUBLE(y[0], 0x1.921faa8885a31p-1);
  // Just above 3pi/4: the nearest multiple is pi.
  EXPECT_EQ(minnow::rem_pio2(2.356194490192346, y), 2);
  EXPECT_LT(y[0], -0.785);
}

// sin(x) and cos(x) rebuilt from the reduction with glibc's sin and cos of
// the small y0 (plus the first-order y1 term), compared with glibc's sin and
// cos of x itself: a check over many random arguments of every magnitude
// that the quadrant and y0 are right.
TEST(RemPio2, AgreesWithGlibcSinCos) {
  std::mt19937_64 rng(12345);
  int checked = 0;
  for (int i = 0; i < 200000; i++) {
    uint64_t bits = rng();
    // Half of them below 2^40 (the common case), half of any size; all
    // above pi/4 (what newlib passes).
    int biased = i & 1 ? 1022 + (int)(rng() % 1025) : 1022 + (int)(rng() % 41);
    if (biased > 2046) biased = 2046;
    bits = (bits & 0x800FFFFFFFFFFFFFull) | (uint64_t)biased << 52;
    double x;
    memcpy(&x, &bits, 8);
    if (std::fabs(x) <= 0x1.921fcp-1) continue;
    double y[2];
    int32_t n = minnow::rem_pio2(x, y);
    ASSERT_LE(std::fabs(y[0]), 0x1.921fb54442d19p-1) << std::hexfloat << x;
    ASSERT_LE(std::fabs(y[1]), std::ldexp(std::fabs(y[0]), -52)) << std::hexfloat << x;
    double s = std::sin(y[0]) + y[1] * std::cos(y[0]);
    double c = std::cos(y[0]) - y[1] * std::sin(y[0]);
    double sin_x, cos_x;
    switch (n & 3) {
      case 0: sin_x = s, cos_x = c; break;
      case 1: sin_x = c, cos_x = -s; break;
      case 2: sin_x = -s, cos_x = -c; break;
      default: sin_x = -c, cos_x = s; break;
    }
    // Both sides are within about an ulp of the truth (glibc is worse very
    // near multiples of pi/2, which random arguments practically never hit).
    EXPECT_NEAR(sin_x, std::sin(x), 3 * std::ldexp(std::fabs(std::sin(x)), -53)) << std::hexfloat << x;
    EXPECT_NEAR(cos_x, std::cos(x), 3 * std::ldexp(std::fabs(std::cos(x)), -53)) << std::hexfloat << x;
    // Odd in x.
    double z[2];
    int32_t m = minnow::rem_pio2(-x, z);
    EXPECT_EQ((n + m) & 7, 0);
    EXPECT_SAME_DOUBLE(z[0], -y[0]);
    EXPECT_SAME_DOUBLE(z[1], -y[1]);
    checked++;
  }
  EXPECT_GT(checked, 190000);
}

}  // namespace
