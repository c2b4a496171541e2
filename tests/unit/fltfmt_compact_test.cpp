// The compact build of util/fltfmt (exact big-integer paths only, what the
// boards run) against the core's full build, on many values: every public
// function must give the same text, the same double, the same flag.
#include "fltfmt_compact.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "config.h"
#include "util/fltfmt.h"
#include "bits.h"

namespace full = minnow::fltfmt;

namespace {

std::string hex(double d) {
  char buf[20];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(to_bits(d)));
  return buf;
}

// The doubles every test starts from: zeros, infinities, nan; powers of two
// and ten with their neighbours; the subnormal range; small integers and
// decimal fractions; the extremes.  Positive and negative.
std::vector<double> special_values() {
  std::vector<double> v = {0.0,
                           INFINITY,
                           NAN,
                           DBL_MAX,
                           DBL_MIN,
                           DBL_TRUE_MIN,
                           0.1,
                           0.5,
                           2.675,
                           1e23,
                           9007199254740993.0,
                           0.30000000000000004};
  for (int e = -1074; e <= 1023; e++) v.push_back(std::ldexp(1.0, e));
  for (int e = -325; e <= 308; e++) {
    double d;
    std::string s = "1e" + std::to_string(e);
    full::parse(s.data(), s.size(), &d);
    v.push_back(d);
    s = "5e" + std::to_string(e);
    full::parse(s.data(), s.size(), &d);
    v.push_back(d);
  }
  for (uint64_t b = 1; b <= 300; b++) v.push_back(from_bits(b));
  for (uint64_t b = 0x000ffffffffffe00u; b <= 0x0010000000000100u; b += 7)
    v.push_back(from_bits(b));
  for (int i = 0; i <= 1000; i++) {
    v.push_back(i);
    v.push_back(i / 1000.0);
    v.push_back(i / 8.0 + 0.5);  // ties at every digit count
  }
  size_t n = v.size();
  for (size_t i = 0; i < n; i++) {
    if (std::isfinite(v[i])) {
      v.push_back(std::nextafter(v[i], INFINITY));
      v.push_back(std::nextafter(v[i], 0.0));
    }
  }
  n = v.size();
  for (size_t i = 0; i < n; i++) v.push_back(-v[i]);
  return v;
}

// A random double: any bit pattern, or a random mantissa at a random binary
// exponent, or a short decimal.
double random_value(std::mt19937_64& rng) {
  switch (rng() % 4) {
    case 0:
    case 1:
      return from_bits(rng());
    case 2:
      return std::ldexp(double(rng() >> 11), int(rng() % 2200) - 1126);
    default:
      return double(int64_t(rng() % 2000001) - 1000000) / double(1u << (rng() % 24));
  }
}

std::string full_repr(double v) {
  char buf[full::kReprBufSize];
  size_t n = full::repr(v, buf);
  return std::string(buf, n);
}

std::string compact_repr(double v) {
  char buf[full::kReprBufSize];
  size_t n = fltfmt_compact::repr(v, buf);
  EXPECT_EQ(strlen(buf), n);
  return std::string(buf, n);
}

std::string full_format(double v, char type, int prec, bool alt, bool z) {
  full::FormatSpec spec;
  spec.type = type;
  spec.precision = prec;
  spec.alternate = alt;
  spec.no_neg_zero = z;
  std::string s(full::format(v, spec, nullptr, 0), '?');
  EXPECT_EQ(full::format(v, spec, s.data(), s.size()), s.size());
  return s;
}

std::string compact_format(double v, char type, int prec, bool alt, bool z) {
  std::string s(fltfmt_compact::format(v, type, prec, alt, z, nullptr, 0), '?');
  EXPECT_EQ(fltfmt_compact::format(v, type, prec, alt, z, s.data(), s.size()), s.size());
  return s;
}

// Compares parse() of both builds on s (flags as given): the same verdict
// and, when it parses, the same bits.
void expect_same_parse(const std::string& s, unsigned flags = full::kParseFloat) {
  double a = 1.25, b = 1.25;
  bool oka = full::parse(s.data(), s.size(), &a, flags);
  bool okb = fltfmt_compact::parse(s.data(), s.size(), &b, flags);
  ASSERT_EQ(oka, okb) << s;
  ASSERT_EQ(to_bits(a), to_bits(b)) << s;
}

// The exact decimal value of a finite double as digits and an exponent:
// value = 0.DIGITS * 10**exp (format's 'e' with 800 digits is exact).
void exact_decimal(double x, std::string* digits, int* exp) {
  std::string s = full_format(x, 'e', 800, false, false);
  size_t e = s.find('e');
  *digits = s.substr(0, 1) + s.substr(2, e - 2);
  *exp = std::stoi(s.substr(e + 1)) + 1;
}

// The exact value of (x + y) / (halve ? 2 : 1) for finite x, y >= 0, as
// 0.DIGITS * 10**exp.
std::string exact_sum(double x, double y, bool halve, int* exp) {
  std::string dx, dy;
  int ex, ey;
  exact_decimal(x, &dx, &ex);
  exact_decimal(y, &dy, &ey);
  int top = std::max(ex, ey);
  dx = std::string(size_t(top - ex), '0') + dx;
  dy = std::string(size_t(top - ey), '0') + dy;
  size_t len = std::max(dx.size(), dy.size());
  dx.resize(len, '0');
  dy.resize(len, '0');
  std::string sum(len + 1, '0');  // 0.SUM * 10**(top + 1)
  int carry = 0;
  for (size_t i = len; i-- > 0;) {
    int d = (dx[i] - '0') + (dy[i] - '0') + carry;
    sum[i + 1] = char('0' + d % 10);
    carry = d / 10;
  }
  sum[0] = char('0' + carry);
  *exp = top + 1;
  if (!halve) return sum;
  std::string half;
  int rem = 0;
  for (char c : sum) {
    int d = rem * 10 + (c - '0');
    half.push_back(char('0' + d / 2));
    rem = d % 2;
  }
  if (rem != 0) half.push_back('5');
  return half;
}

}  // namespace

TEST(FltFmtCompact, TheCoreIsTheFullBuild) {
  // Otherwise these tests would compare the compact build with itself.
  EXPECT_FALSE(minnow::cfg::fltfmt_compact);
}

TEST(FltFmtCompact, Repr) {
  for (double v : special_values()) ASSERT_EQ(compact_repr(v), full_repr(v)) << hex(v);
  std::mt19937_64 rng(11);
  for (int i = 0; i < 300000; i++) {
    double v = random_value(rng);
    ASSERT_EQ(compact_repr(v), full_repr(v)) << hex(v);
  }
}

TEST(FltFmtCompact, FormatEveryPrecision) {
  std::vector<double> values = special_values();
  std::mt19937_64 rng(12);
  // Every special value with a few types; random ones with all of them.
  const char kTypes[] = {'e', 'f', 'g', '%', 0, 'n', 'E', 'F', 'G'};
  for (size_t i = 0; i < values.size(); i++) {
    double v = values[i];
    for (int prec = 0; prec <= 20; prec++) {
      char type = kTypes[(i + size_t(prec)) % 4];
      bool alt = (rng() & 3) == 0, z = (rng() & 3) == 0;
      ASSERT_EQ(compact_format(v, type, prec, alt, z), full_format(v, type, prec, alt, z))
          << hex(v) << " type " << int(type) << " prec " << prec;
    }
  }
  for (int i = 0; i < 3000; i++) {
    double v = random_value(rng);
    for (char type : kTypes) {
      for (int prec = -1; prec <= 20; prec++) {
        bool alt = (rng() & 3) == 0, z = (rng() & 3) == 0;
        ASSERT_EQ(compact_format(v, type, prec, alt, z), full_format(v, type, prec, alt, z))
            << hex(v) << " type " << int(type) << " prec " << prec;
      }
    }
  }
}

TEST(FltFmtCompact, FormatLongPrecisions) {
  std::mt19937_64 rng(13);
  const int kPrecs[] = {21,  25,  30,  40,  60,  100,  200,  330,
                        500, 766, 767, 768, 800, 1000, 1100, 1200};
  std::vector<double> values = {DBL_MAX, DBL_MIN, DBL_TRUE_MIN, 1e300, 1e-300,
                                0.1,     2.5,     1e22,         1e23};
  for (int i = 0; i < 300; i++) values.push_back(random_value(rng));
  for (double v : values) {
    for (int prec : kPrecs) {
      for (char type : {'e', 'f', 'g', '%'}) {
        bool alt = (rng() & 1) == 0;
        ASSERT_EQ(compact_format(v, type, prec, alt, false), full_format(v, type, prec, alt, false))
            << hex(v) << " type " << type << " prec " << prec;
      }
    }
  }
}

TEST(FltFmtCompact, FormatPrintf) {
  std::mt19937_64 rng(14);
  char a[400], b[400];
  for (int i = 0; i < 20000; i++) {
    double v = random_value(rng);
    char conv = "eEfFgGrsad"[rng() % 10];
    int prec = int(rng() % 22) - 1;
    bool alt = (rng() & 1) != 0;
    size_t na = full::format_printf(v, conv, prec, alt, a, sizeof a);
    size_t nb = fltfmt_compact::format_printf(v, conv, prec, alt, b, sizeof b);
    ASSERT_EQ(std::string(b, std::min(nb, sizeof b)), std::string(a, std::min(na, sizeof a)))
        << hex(v) << " %" << conv << " prec " << prec;
    ASSERT_EQ(nb, na);
  }
}

TEST(FltFmtCompact, RoundNdigits) {
  std::vector<double> values = special_values();
  std::mt19937_64 rng(15);
  for (double v : values) {
    int nd = int(rng() % 700) - 350;
    ASSERT_EQ(to_bits(fltfmt_compact::round_ndigits(v, nd)), to_bits(full::round_ndigits(v, nd)))
        << hex(v) << " " << nd;
  }
  for (int i = 0; i < 100000; i++) {
    double v = random_value(rng);
    // Mostly near the value's own digits, where the rounding bites.
    int nd = (rng() & 3) == 0
                 ? int(rng() % 700) - 350
                 : int(rng() % 40) - 20 - int(std::floor(std::log10(std::fabs(v) + 1e-320)));
    ASSERT_EQ(to_bits(fltfmt_compact::round_ndigits(v, nd)), to_bits(full::round_ndigits(v, nd)))
        << hex(v) << " " << nd;
  }
}

TEST(FltFmtCompact, ParseShortestAndSeventeenDigits) {
  std::vector<double> values = special_values();
  std::mt19937_64 rng(16);
  for (int i = 0; i < 100000; i++) values.push_back(random_value(rng));
  for (double v : values) {
    expect_same_parse(full_repr(v));
    expect_same_parse(full_format(v, 'e', 16, false, false));
    expect_same_parse(full_format(v, 'e', int(rng() % 25), false, false));
  }
}

TEST(FltFmtCompact, ParseHalfwayPoints) {
  std::mt19937_64 rng(17);
  std::vector<double> xs = {DBL_MAX, DBL_MIN, DBL_TRUE_MIN, 9007199254740992.0, 1.0, 0.5};
  for (uint64_t b = 1; b < 40; b++) xs.push_back(from_bits(b));
  for (int i = 0; i < 20000; i++) {
    double x;
    do x = from_bits(rng() & 0x7fffffffffffffffu);
    while (!std::isfinite(x) || x == 0);
    xs.push_back(x);
  }
  for (double x : xs) {
    double y = std::nextafter(x, INFINITY);
    int exp;
    // Past DBL_MAX the next step would be 2**1024: its halfway point is
    // DBL_MAX + 2**969, the boundary of overflow.
    std::string digits = std::isinf(y) ? exact_sum(x, std::ldexp(1.0, 969), false, &exp)
                                       : exact_sum(x, y, true, &exp);
    expect_same_parse("0." + digits + "e" + std::to_string(exp));
    expect_same_parse("0." + digits + "0000000001e" + std::to_string(exp));
    std::string below = digits;
    size_t k = below.find_last_not_of('0');
    below[k]--;
    below.resize(k + 1);
    expect_same_parse("0." + below + "99999e" + std::to_string(exp));
    expect_same_parse("-0." + below + "9e" + std::to_string(exp));
    // The halfway point cut to its first 17-25 digits, and the cut rounded up.
    size_t cut = 17 + size_t(rng() % 9);
    if (cut < digits.size()) {
      expect_same_parse("0." + digits.substr(0, cut) + "e" + std::to_string(exp));
      std::string up = digits.substr(0, cut);
      size_t j = up.size();
      while (j > 0 && up[j - 1] == '9') up[--j] = '0';
      if (j > 0) {
        up[j - 1]++;
        expect_same_parse("0." + up + "e" + std::to_string(exp));
      }
    }
  }
}

TEST(FltFmtCompact, ParseLongDigitStrings) {
  std::mt19937_64 rng(18);
  for (int i = 0; i < 20000; i++) {
    size_t len = 1 + size_t(rng() % 900);
    if (i % 4 == 0) len = 18 + size_t(rng() % 10);
    std::string s;
    for (size_t j = 0; j < len; j++) s.push_back(char('0' + rng() % 10));
    if (rng() % 3 == 0) s[0] = '0';
    if (rng() % 4 == 0) {  // a run of zeros or nines inside
      size_t at = size_t(rng() % len), run = size_t(rng() % 40);
      char c = (rng() & 1) ? '9' : '0';
      for (size_t j = at; j < len && j < at + run; j++) s[j] = c;
    }
    size_t point = size_t(rng() % (len + 1));
    s.insert(point, ".");
    if (s == ".") s = "0.";
    // Exponents that put the value anywhere from below the subnormals to
    // past the largest double.
    int exp = int(rng() % 700) - 340 - int(point);
    s += "e" + std::to_string(exp);
    expect_same_parse(s);
    if (i % 8 == 0) {
      std::string u;  // the same with underscores between digits
      for (size_t j = 0; j < s.size(); j++) {
        u.push_back(s[j]);
        if (j + 1 < s.size() && isdigit(s[j]) && isdigit(s[j + 1]) && rng() % 3 == 0)
          u.push_back('_');
      }
      expect_same_parse(u);
      expect_same_parse(u, full::kParseLiteral);
    }
  }
  // The extremes of the range, with long tails.
  const char* kEdges[] = {"1.7976931348623157e308",
                          "1.7976931348623158e308",
                          "1.797693134862315807937289714053e308",
                          "1.7976931348623159e308",
                          "2.4703282292062327e-324",
                          "2.4703282292062328e-324",
                          "4.9406564584124654e-324",
                          "2.2250738585072011e-308",
                          "2.2250738585072012e-308",
                          "2.2250738585072014e-308",
                          "1e-325",
                          "9.9e-325",
                          "1e309",
                          "0.99e309",
                          "1e-400",
                          "1e400"};
  for (const char* e : kEdges) {
    std::string s = e;
    expect_same_parse(s);
    size_t at = s.find('e');
    expect_same_parse(s.substr(0, at) + std::string(800, '0') + "1" + s.substr(at));
    expect_same_parse(s.substr(0, at) + std::string(900, '9') + s.substr(at));
  }
  expect_same_parse(std::string(850, '1') + "e-849");
  expect_same_parse("0." + std::string(400, '0') + "1e400");
  expect_same_parse("1" + std::string(400, '0') + "e-400");
  expect_same_parse("0e999999999999999999999");
  expect_same_parse("1e-99999999999999999999");
  expect_same_parse("1e99999999999999999999");
}

TEST(FltFmtCompact, ParseSyntax) {
  // clang-format off
  const char* kTexts[] = {
      "1.5", "  -1.5e3\n", "+.5", "5.", "1_000.000_1", "1e1_0", "0_0", "00.5", "1E+5",
      "iNfInItY", "-inf", "nan", "-nan", "", " ", ".", "e5", ".e5", "1e", "1e+", "1__0", "_1",
      "1_", "1_.5", "1._5", "1e_5", "1e5_", "1.5.5", "--1", "+-1", "infinit", "nan1", "0x10",
      "1\x1c", "1 5", "in f", "- 1", "\u00a02\u3000", "-0.0", "0.000"};
  // clang-format on
  for (const char* t : kTexts) {
    for (unsigned flags : {full::kParseFloat, full::kParseLiteral, full::kParseBytes})
      expect_same_parse(t, flags);
  }
}
