// ports/common/exact.h (the boards' own floor, ceil, trunc, rint, modf,
// frexp, scalbn, fmod, sqrt, memmove, memset, memcmp, memchr, strncmp) against
// the host's C library. Their results are exactly specified, so every
// result must have the same bits as glibc's (NaNs: only that it is one), on
// the special values, their combinations and millions of random ones.
#include <gtest/gtest.h>

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "../../ports/common/exact.h"
#include "bits.h"

namespace ex = minnow::exact;

namespace {

std::string show(double d) {
  char buf[64];
  snprintf(buf, sizeof buf, "%a (%016llx)", d, static_cast<unsigned long long>(to_bits(d)));
  return buf;
}

// The same double, or both NaN.
bool same(double got, double want) {
  if (std::isnan(want)) return std::isnan(got);
  return to_bits(got) == to_bits(want);
}

// Zeros, subnormals, the extremes, infinities, NaN, halves and the values
// around 2^52 and 2^53 where the fraction bits run out; then every power of
// two with its neighbours; then all of them negated.
std::vector<double> special_values() {
  std::vector<double> v = {0.0,
                           DBL_TRUE_MIN,
                           2 * DBL_TRUE_MIN,
                           3 * DBL_TRUE_MIN,
                           DBL_MIN - DBL_TRUE_MIN,  // the largest subnormal
                           DBL_MIN / 2,
                           DBL_MIN,
                           DBL_MAX,
                           INFINITY,
                           NAN,
                           0.5,
                           1.5,
                           2.5,
                           3.5,
                           4.5,
                           0.25,
                           0.75,
                           1.0,
                           2.0,
                           3.0,
                           0.1,
                           0x1p52 - 0.5,
                           0x1p52 + 0.5,
                           0x1p52 - 1.5,
                           0x1p52 + 1.5,
                           0x1p52,
                           0x1p52 + 1,
                           0x1p53,
                           0x1p53 - 1,
                           0x1p53 + 2,
                           0x1p51 + 0.5,
                           0x1p51 + 0.25,
                           0x1p51 + 0.75,
                           0x1p63,
                           0x1p64,
                           1e300,
                           123456.5,
                           123457.5,
                           std::nextafter(0.5, 0.0),
                           std::nextafter(0.5, 1.0),
                           std::nextafter(1.0, 0.0),
                           std::nextafter(1.0, 2.0),
                           std::nextafter(1.5, 0.0),
                           std::nextafter(1.5, 2.0),
                           std::nextafter(2.5, 0.0),
                           std::nextafter(2.5, 3.0)};
  for (int e = -1074; e <= 1023; e++) {
    double p = std::ldexp(1.0, e);
    v.push_back(p);
    v.push_back(std::nextafter(p, 0.0));
    v.push_back(std::nextafter(p, INFINITY));
    v.push_back(p * 1.5);
  }
  for (int i = 0; i <= 64; i++) v.push_back(i / 4.0);
  size_t n = v.size();
  for (size_t i = 0; i < n; i++) v.push_back(-v[i]);
  v.push_back(from_bits(0x7ff0000000000001u));  // a signalling NaN
  v.push_back(from_bits(0xfff8000000000000u));  // a negative NaN
  return v;
}

// A few of the special values, for the pairs of fmod.
std::vector<double> special_pairs_values() {
  std::vector<double> v = {0.0,
                           DBL_TRUE_MIN,
                           3 * DBL_TRUE_MIN,
                           DBL_MIN - DBL_TRUE_MIN,
                           DBL_MIN,
                           DBL_MAX,
                           INFINITY,
                           NAN,
                           0.5,
                           1.0,
                           1.5,
                           2.0,
                           2.5,
                           3.0,
                           0.1,
                           0x1p52 + 1,
                           0x1p53,
                           1e300,
                           7.0,
                           1e-300,
                           0x1p-1022 * 1.5,
                           0x1p1023 * 1.75,
                           360.0,
                           6.283185307179586,
                           1e22};
  size_t n = v.size();
  for (size_t i = 0; i < n; i++) v.push_back(-v[i]);
  return v;
}

// Any bit pattern; a random significand at a random binary exponent (the
// whole range, subnormals included); or a "nice" value: a multiple of a
// small power of two in a moderate range, often a tie for rint.
double random_value(std::mt19937_64& rng) {
  switch (rng() % 5) {
    case 0:
    case 1:
      return from_bits(rng());
    case 2:
      return std::ldexp(double(rng() >> 11), int(rng() % 2200) - 1126);
    case 3:
      return double(int64_t(rng() % 20000001) - 10000000) / double(uint64_t(1) << (rng() % 8));
    default:
      return std::ldexp(double(int64_t(rng() >> 11) - (int64_t(1) << 52)), int(rng() % 120) - 110);
  }
}

constexpr int kRandom = 2000000;

// Checks one double -> double function on a value.
template <class Mine, class Theirs>
void check_unary(const char* name, Mine mine, Theirs theirs, double x) {
  double got = mine(x), want = theirs(x);
  ASSERT_TRUE(same(got, want)) << name << "(" << show(x) << ") = " << show(got) << ", want " << show(want);
}

template <class Mine, class Theirs>
void check_unary_all(const char* name, Mine mine, Theirs theirs) {
  for (double x : special_values()) check_unary(name, mine, theirs, x);
  std::mt19937_64 rng(12345);
  for (int i = 0; i < kRandom; i++) check_unary(name, mine, theirs, random_value(rng));
}

TEST(ExactMath, Floor) {
  check_unary_all("floor", ex::floor, [](double x) { return std::floor(x); });
}

TEST(ExactMath, Ceil) {
  check_unary_all("ceil", ex::ceil, [](double x) { return std::ceil(x); });
}

TEST(ExactMath, Trunc) {
  check_unary_all("trunc", ex::trunc, [](double x) { return std::trunc(x); });
}

TEST(ExactMath, Rint) {
  // The host rounds to nearest, ties to even, like the boards.
  check_unary_all("rint", ex::rint, [](double x) { return std::rint(x); });
  check_unary_all("nearbyint", ex::rint, [](double x) { return std::nearbyint(x); });
}

void check_modf(double x) {
  double ip_got = 7.0, ip_want = 7.0;
  double got = ex::modf(x, &ip_got), want = std::modf(x, &ip_want);
  ASSERT_TRUE(same(got, want)) << "modf(" << show(x) << ") = " << show(got) << ", want " << show(want);
  ASSERT_TRUE(same(ip_got, ip_want)) << "modf(" << show(x) << ") integral part " << show(ip_got) << ", want "
                                     << show(ip_want);
}

TEST(ExactMath, Modf) {
  for (double x : special_values()) check_modf(x);
  std::mt19937_64 rng(2);
  for (int i = 0; i < kRandom; i++) check_modf(random_value(rng));
}

void check_frexp(double x) {
  int e_got = 12345, e_want = 12345;
  double got = ex::frexp(x, &e_got), want = std::frexp(x, &e_want);
  ASSERT_TRUE(same(got, want)) << "frexp(" << show(x) << ") = " << show(got) << ", want " << show(want);
  // The exponent is unspecified for inf and NaN.
  if (std::isfinite(x)) ASSERT_EQ(e_got, e_want) << "frexp(" << show(x) << ") exponent";
}

TEST(ExactMath, Frexp) {
  for (double x : special_values()) check_frexp(x);
  std::mt19937_64 rng(3);
  for (int i = 0; i < kRandom; i++) check_frexp(random_value(rng));
}

void check_scalbn(double x, int n) {
  double got = ex::scalbn(x, n), want = std::scalbn(x, n);
  ASSERT_TRUE(same(got, want)) << "scalbn(" << show(x) << ", " << n << ") = " << show(got) << ", want " << show(want);
  ASSERT_TRUE(same(got, std::ldexp(x, n)));
}

TEST(ExactMath, Scalbn) {
  const int ns[] = {0,     1,    -1,    2,      -2,      51,      -51,     52,          -52,        53,
                    -53,   54,   -54,   63,     -63,     64,      -64,     1022,        -1022,      1023,
                    -1023, 1024, -1024, 1074,   -1074,   1075,    -1075,   1076,        -1076,      2046,
                    -2046, 2097, -2097, 2098,   -2098,   2099,    -2099,   3999,        -3999,      4000,
                    -4000, 4001, -4001, 100000, -100000, INT_MAX, INT_MIN, INT_MAX - 1, INT_MIN + 1};
  for (double x : special_values()) {
    for (int n : ns) check_scalbn(x, n);
  }
  std::mt19937_64 rng(4);
  for (int i = 0; i < kRandom; i++) {
    double x = random_value(rng);
    int n;
    switch (rng() % 3) {
      case 0:
        n = int(rng() % 4400) - 2200;
        break;
      case 1:
        n = int(int32_t(rng()));
        break;
      default: {
        // Near the bottom of the range, where results round among the
        // subnormals.
        int e;
        std::frexp(x, &e);
        n = -1022 - e + int(rng() % 120) - 60;
      }
    }
    check_scalbn(x, n);
  }
}

void check_fmod(double x, double y) {
  double got = ex::fmod(x, y), want = std::fmod(x, y);
  ASSERT_TRUE(same(got, want)) << "fmod(" << show(x) << ", " << show(y) << ") = " << show(got) << ", want "
                               << show(want);
}

TEST(ExactMath, Fmod) {
  std::vector<double> pv = special_pairs_values();
  for (double x : pv) {
    for (double y : pv) check_fmod(x, y);
  }
  // Every special value against a few divisors and as a divisor of a few.
  const double few[] = {1.0, -1.0, 0.5, 3.0, 0.1, DBL_TRUE_MIN, DBL_MIN, DBL_MAX, 1e300, 1e-300, INFINITY};
  for (double x : special_values()) {
    for (double y : few) {
      check_fmod(x, y);
      check_fmod(y, x);
    }
  }
  std::mt19937_64 rng(5);
  for (int i = 0; i < kRandom / 2; i++) {
    double x = random_value(rng), y;
    switch (rng() % 4) {
      case 0:
        y = random_value(rng);
        break;
      case 1:
        y = from_bits(rng() % 0x0010000000000000u);  // subnormal divisors
        break;
      case 2:
        // A divisor a little below x, or a power of two below it: a few
        // steps of the long division, or many with an exact result.
        y = rng() % 2 ? x / double(1 + rng() % 1000) * (1 + 0.001 * double(rng() % 7))
                      : std::ldexp(1.0, int(rng() % 2100) - 1075);
        break;
      default: {
        // Nice values: small integers and halves.
        x = double(int64_t(rng() % 2001) - 1000) / 2;
        y = double(int64_t(rng() % 41) - 20) / 4;
      }
    }
    check_fmod(x, y);
  }
}

TEST(ExactMath, Sqrt) {
  auto glibc_sqrt = [](double x) { return std::sqrt(x); };
  check_unary_all("sqrt", ex::sqrt, glibc_sqrt);
  std::mt19937_64 rng(6);
  for (int i = 0; i < kRandom; i++) {
    // Positive values, exact squares and the doubles next to them (roots
    // close to a rounding boundary).
    double x = std::fabs(random_value(rng));
    check_unary("sqrt", ex::sqrt, glibc_sqrt, x);
    double r = std::sqrt(x), sq = r * r;
    for (double v : {sq, std::nextafter(sq, 0.0), std::nextafter(sq, INFINITY)})
      check_unary("sqrt", ex::sqrt, glibc_sqrt, v);
    double h = double(rng() >> 38) + 0.5;  // (k + 1/2)^2: roots that end in a half
    check_unary("sqrt", ex::sqrt, glibc_sqrt, h * h);
  }
}

// ---------------------------------------------------------------------------
// Memory and strings

constexpr size_t kBuf = 160;

void fill(unsigned char* p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++) p[i] = static_cast<unsigned char>(seed * 131 + i * 7 + (i >> 3));
}

// memmove (and memcpy, which the boards make the same function) between
// separate buffers: every length 0..70 at every alignment 0..7 of both.
TEST(ExactMem, CopyApart) {
  alignas(8) unsigned char src[kBuf], dst[kBuf], want[kBuf];
  for (size_t sa = 0; sa < 8; sa++) {
    for (size_t da = 0; da < 8; da++) {
      for (size_t n = 0; n <= 70; n++) {
        fill(src, kBuf, unsigned(sa + n));
        fill(dst, kBuf, unsigned(da * 3 + 1));
        memcpy(want, dst, kBuf);
        for (size_t i = 0; i < n; i++) want[da + 8 + i] = src[sa + 8 + i];
        void* r = ex::memmove(dst + da + 8, src + sa + 8, n);
        ASSERT_EQ(r, dst + da + 8);
        ASSERT_EQ(0, memcmp(dst, want, kBuf)) << "sa " << sa << " da " << da << " n " << n;
      }
    }
  }
}

// memmove within one buffer: the destination below and above the source by
// every distance, so the areas overlap both ways (and sometimes not at all).
TEST(ExactMem, MoveOverlap) {
  alignas(8) unsigned char buf[kBuf], want[kBuf], tmp[kBuf];
  for (size_t sa = 0; sa < 8; sa++) {
    for (size_t da = 0; da < 8; da++) {
      for (size_t n = 0; n <= 70; n++) {
        for (size_t dist = 0; dist <= 9; dist++) {
          for (int dir = 0; dir < 2; dir++) {
            size_t s = 8 + sa + (dir ? 0 : dist * 4 + da), d = 8 + da + (dir ? dist * 4 + sa : 0);
            if (s + n > kBuf || d + n > kBuf) continue;
            fill(buf, kBuf, unsigned(n + dist));
            memcpy(want, buf, kBuf);
            for (size_t i = 0; i < n; i++) tmp[i] = want[s + i];  // the reference: through a copy
            for (size_t i = 0; i < n; i++) want[d + i] = tmp[i];
            void* r = ex::memmove(buf + d, buf + s, n);
            ASSERT_EQ(r, buf + d);
            ASSERT_EQ(0, memcmp(buf, want, kBuf)) << "src " << s << " dst " << d << " n " << n;
          }
        }
      }
    }
  }
}

TEST(ExactMem, Memset) {
  alignas(8) unsigned char buf[kBuf], want[kBuf];
  const int values[] = {0, 1, 0x5a, 0x80, 0xff, 0x1234, -1, -128};
  for (int c : values) {
    for (size_t da = 0; da < 8; da++) {
      for (size_t n = 0; n <= 70; n++) {
        fill(buf, kBuf, unsigned(n));
        memcpy(want, buf, kBuf);
        for (size_t i = 0; i < n; i++) want[da + 8 + i] = static_cast<unsigned char>(c);
        void* r = ex::memset(buf + da + 8, c, n);
        ASSERT_EQ(r, buf + da + 8);
        ASSERT_EQ(0, memcmp(buf, want, kBuf)) << "c " << c << " da " << da << " n " << n;
      }
    }
  }
}

int sign_of(int v) { return (v > 0) - (v < 0); }

// memcmp, strncmp and memchr on strings that differ at every position, by
// bytes above and below 0x80, with and without an early zero byte.
TEST(ExactMem, CompareAndFind) {
  unsigned char a[80], b[80];
  const unsigned char bytes[] = {0, 1, 'a', 'b', 0x7f, 0x80, 0xfe, 0xff};
  for (size_t n = 0; n <= 70; n++) {
    for (size_t pos = 0; pos <= n; pos++) {
      for (unsigned char x : bytes) {
        for (unsigned char y : bytes) {
          for (size_t i = 0; i < sizeof a; i++) a[i] = b[i] = static_cast<unsigned char>('A' + i % 26);
          if (pos < sizeof a) a[pos] = x, b[pos] = y;
          const char* sa = reinterpret_cast<const char*>(a);
          const char* sb = reinterpret_cast<const char*>(b);
          ASSERT_EQ(sign_of(ex::memcmp(a, b, n)), sign_of(memcmp(a, b, n))) << n << " " << pos;
          ASSERT_EQ(sign_of(ex::strncmp(sa, sb, n)), sign_of(strncmp(sa, sb, n))) << n << " " << pos;
          ASSERT_EQ(ex::memchr(a, x, n), memchr(a, x, n)) << n << " " << pos;
          ASSERT_EQ(ex::memchr(a, x + 256, n), memchr(a, x + 256, n)) << n << " " << pos;
        }
      }
    }
  }
  // strncmp stops at a zero byte common to both strings.
  ASSERT_EQ(0, ex::strncmp("ab\0x", "ab\0y", 4));
  ASSERT_LT(ex::strncmp("ab", "abc", 3), 0);
  ASSERT_GT(ex::strncmp("abd", "abc", 3), 0);
  ASSERT_EQ(0, ex::strncmp("abd", "abc", 2));
}

// strcmp and strlen on strings that differ (or end) at every position.
TEST(ExactMem, StrcmpStrlen) {
  const unsigned char bytes[] = {0, 1, 'a', 'b', 0x7f, 0x80, 0xfe, 0xff};
  char a[40], b[40];
  for (size_t pos = 0; pos < 30; pos++) {
    for (unsigned char x : bytes) {
      for (unsigned char y : bytes) {
        for (size_t i = 0; i < 30; i++) a[i] = b[i] = static_cast<char>('A' + i);
        a[30] = b[30] = 0;
        a[pos] = static_cast<char>(x);
        b[pos] = static_cast<char>(y);
        ASSERT_EQ(sign_of(ex::strcmp(a, b)), sign_of(strcmp(a, b))) << pos;
        ASSERT_EQ(ex::strlen(a), strlen(a)) << pos;
      }
    }
  }
}

}  // namespace
