// Unit tests for src/util/fltfmt: fixed cases taken from CPython 3.11, plus
// randomized checks of the fast paths against the exact big-integer paths.
// The wide differential test against CPython is tests/unit/fltfmt_fuzz.py.
#include "util/fltfmt.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>
#include "bits.h"

using namespace minnow::fltfmt;

namespace {

constexpr uint64_t kOverflow = 0x7ff0000000000000u;  // round(): inf result

// Expected values generated with CPython 3.11.
// repr: bits, expected
const struct {
  uint64_t bits;
  const char* text;
} kReprCases[] = {
    {0x0000000000000000u, "0.0"},
    {0x8000000000000000u, "-0.0"},
    {0x3ff0000000000000u, "1.0"},
    {0xbff0000000000000u, "-1.0"},
    {0x3fb999999999999au, "0.1"},
    {0x3fd3333333333334u, "0.30000000000000004"},
    {0x3fd5555555555555u, "0.3333333333333333"},
    {0x3fe5555555555555u, "0.6666666666666666"},
    {0x4341c37937e08000u, "1e+16"},
    {0x430c6bf526340000u, "1000000000000000.0"},
    {0x42dc12218377de66u, "123456789012345.6"},
    {0x4341c37937e07fffu, "9999999999999998.0"},
    {0x3f1a36e2eb1c432du, "0.0001"},
    {0x3ee4f8b588e368f1u, "1e-05"},
    {0x3f202e4b6ce5dc68u, "0.00012345"},
    {0x3eef75104d551d69u, "1.5e-05"},
    {0x0000000000000001u, "5e-324"},
    {0x0000000000000002u, "1e-323"},
    {0x0000000000000003u, "1.5e-323"},
    {0x0010000000000000u, "2.2250738585072014e-308"},
    {0x000fffffffffffffu, "2.225073858507201e-308"},
    {0x7fefffffffffffffu, "1.7976931348623157e+308"},
    {0x7fe1ccf385ebc8a0u, "1e+308"},
    {0x4480f0cf064dd592u, "1e+22"},
    {0x44b52d02c7e14af6u, "1e+23"},
    {0x4340000000000000u, "9007199254740992.0"},
    {0x43e0000000000000u, "9.223372036854776e+18"},
    {0x0010000000000000u, "2.2250738585072014e-308"},
    {0x0000000000000003u, "1.5e-323"},
    {0x4059000000000000u, "100.0"},
    {0x54b249ad2594c37du, "1e+100"},
    {0x400921fb54442d18u, "3.141592653589793"},
    {0x4005bf0a8b145769u, "2.718281828459045"},
    {0x405edd2f1a9fbe77u, "123.456"},
    {0x3fd3333333333333u, "0.3"},
    {0x3ff199999999999au, "1.1"},
    {0x4005666666666666u, "2.675"},
    {0x444b1ae4d6e2ef50u, "1e+21"},
    {0x01aa74fe1c1e8908u, "1.2345678901234568e-300"},
    {0x4011666666666666u, "4.35"},
    {0x3fe23d70a3d70a3du, "0.57"},
    {0x36e568a19263f40eu, "3e-44"},
};
const struct {
  uint64_t bits;
  const char* spec;
  const char* text;
} kFormatCases[] = {
    {0x3ff0000000000000u, "e", "1.000000e+00"},
    {0x3ff0000000000000u, ".0e", "1e+00"},
    {0x3ff8000000000000u, "#.0e", "2.e+00"},
    {0x4004000000000000u, ".0e", "2e+00"},
    {0x3fc0000000000000u, ".2f", "0.12"},
    {0x3fd8000000000000u, ".2f", "0.38"},
    {0x4005666666666666u, ".2f", "2.67"},
    {0x3fe0000000000000u, ".0f", "0"},
    {0x3ff8000000000000u, ".0f", "2"},
    {0x4004000000000000u, ".0f", "2"},
    {0x8000000000000000u, "f", "-0.000000"},
    {0x8000000000000000u, "z.1f", "0.0"},
    {0xbe112e0be826d695u, "z.2f", "0.00"},
    {0xbe112e0be826d695u, ".2f", "-0.00"},
    {0x0000000000000000u, "g", "0"},
    {0x0000000000000000u, "#g", "0.00000"},
    {0x0000000000000000u, ".0", "0e+00"},
    {0x3ff0000000000000u, ".0", "1e+00"},
    {0x4028000000000000u, ".3", "12.0"},
    {0x405ec00000000000u, ".3", "1.23e+02"},
    {0x4341c37937e08000u, "#", "1.e+16"},
    {0x3ff0000000000000u, "#", "1.0"},
    {0x4341c37937e08000u, "", "1e+16"},
    {0x3f1a36e2eb1c432du, "#g", "0.000100000"},
    {0x3ee4f8b588e368f1u, "#.3g", "1.00e-05"},
    {0x419d6f3454000000u, "g", "1.23457e+08"},
    {0x40fe240000000000u, "g", "123456"},
    {0x4132d68700000000u, "g", "1.23457e+06"},
    {0x3f1a36e2eb1c432du, "g", "0.0001"},
    {0x3ee4f8b588e368f1u, "g", "1e-05"},
    {0x7e37e43c8800759cu, ".40f",
     "100000000000000005250476025520442024870446858110815915491585411551180245798890819578637137508"
     "044786404370444383288387817694252323536043057564479218478670698284838720092657580373783023379"
     "478809005936895323497079994508111903896764088007465274278014249457925878882005684283811566947"
     "2196386865459400540160.0000000000000000000000000000000000000000"},
    {0x3fb999999999999au, ".60f", "0.100000000000000005551115123125782702118158340454101562500000"},
    {0x3fb999999999999au, ".30e", "1.000000000000000055511151231258e-01"},
    {0x3ff8000000000000u, "%", "150.000000%"},
    {0x3fd0000000000000u, ".1%", "25.0%"},
    {0x7ff0000000000000u, "%", "inf%"},
    {0xfff0000000000000u, "E", "-INF"},
    {0x7ff8000000000000u, "F", "NAN"},
    {0xfff8000000000000u, "f", "nan"},
    {0x01a56e1fc2f8f359u, ".2f", "0.00"},
    {0x4023000000000000u, ".0f", "10"},
    {0x4023fd70a3d70a3du, ".2f", "9.99"},
    {0x4058e00000000000u, ".3g", "99.5"},
    {0x408f3c0000000000u, ".3g", "1e+03"},
    {0x3fd3333333333333u, "#.0f", "0."},
    {0x0000000000000001u, ".3e", "4.941e-324"},
    {0x0000000000000001u, "g", "4.94066e-324"},
    {0x7fefffffffffffffu, "f",
     "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632"
     "766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090"
     "389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180"
     "919299881250404026184124858368.000000"},
    {0x7fefffffffffffffu, ".20g", "1.7976931348623157081e+308"},
    {0x0000000000000001u, ".1100f",
     "0."
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000004940656458412465441765687928682213723650598026143"
     "247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987"
     "747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649"
     "843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452"
     "715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552"
     "386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106"
     "011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972"
     "677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090"
     "27924276754456522908753868250641971826553344726562500000000000000000000000000"},
    {0x40934a0000000000u, "n", "1234.5"},
    {0x4480f0cf064dd592u, "f", "10000000000000000000000.000000"},
    {0x44b52d02c7e14af6u, "f", "99999999999999991611392.000000"},
    {0x3fb999999999999au, ".17g", "0.10000000000000001"},
    {0x3fb999999999999au, ".16g", "0.1"},
    {0x405edd2f1a9fbe77u, "E", "1.234560E+02"},
    {0x405edd2f1a9fbe77u, "G", "123.456"},
    {0x3e7ad7f29abcaf48u, "G", "1E-07"},
    {0x3ff0000000000000u, ".3", "1.0"},
    {0x3ff4000000000000u, ".2", "1.2"},
    {0x4415af1d78b58c40u, ".3", "1e+20"},
    {0x3fb999999999999au, "#.0g", "0.1"},
    {0x4059000000000000u, "#.0g", "1.e+02"},
    {0x40f86a0000000000u, ".1e", "1.0e+05"},
    {0x3ff0000000000000u, ".100g", "1"},
    {0x3fd5555555555555u, ".50e", "3.33333333333333314829616256247390992939472198486328e-01"},
};
const struct {
  uint64_t bits;
  int nd;
  uint64_t expect;
} kRoundCases[] = {
    {0x4005666666666666u, 2, 0x40055c28f5c28f5cu},     // round(2.675, 2)
    {0x4004000000000000u, 0, 0x4000000000000000u},     // round(2.5, 0)
    {0x400c000000000000u, 0, 0x4010000000000000u},     // round(3.5, 0)
    {0xbfd999999999999au, 0, 0x8000000000000000u},     // round(-0.4, 0)
    {0x3fe0000000000000u, 0, 0x0000000000000000u},     // round(0.5, 0)
    {0xbfe0000000000000u, 0, 0x8000000000000000u},     // round(-0.5, 0)
    {0x3ff8000000000000u, 0, 0x4000000000000000u},     // round(1.5, 0)
    {0x40934a456d5cfaadu, -2, 0x4092c00000000000u},    // round(1234.5678, -2)
    {0x4093880000000000u, -2, 0x4092c00000000000u},    // round(1250.0, -2)
    {0x4095180000000000u, -2, 0x4095e00000000000u},    // round(1350.0, -2)
    {0x0000000000000001u, 323, 0x0000000000000000u},   // round(5e-324, 323)
    {0x0000000000000001u, 324, 0x0000000000000001u},   // round(5e-324, 324)
    {0x7fefffffffffffffu, -305, kOverflow},            // round(1.7976931348623157e+308, -305)
    {0x3fc0000000000000u, 2, 0x3fbeb851eb851eb8u},     // round(0.125, 2)
    {0x3fd8000000000000u, 2, 0x3fd851eb851eb852u},     // round(0.375, 2)
    {0x7e37e43c8800759cu, -301, 0x0000000000000000u},  // round(1e+300, -301)
    {0x405edd2f1a9fbe77u, 1, 0x405ee00000000000u},     // round(123.456, 1)
    {0xc05edd2f1a9fbe77u, -1, 0xc05e000000000000u},    // round(-123.456, -1)
    {0x00000000000007e8u, 322, 0x00000000000007e8u},   // round(1e-320, 322)
    {0x3fb999999999999au, 1, 0x3fb999999999999au},     // round(0.1, 1)
    {0x3fb999999999999au, 20, 0x3fb999999999999au},    // round(0.1, 20)
    {0x4480f0cf064dd592u, -22, 0x4480f0cf064dd592u},   // round(1e+22, -22)
    {0x44a52d02c7e14af6u, -23, 0x0000000000000000u},   // round(5e+22, -23)
    {0x7feab36d48e1acf0u, -308, kOverflow},            // round(1.5e+308, -308)
};

std::string repr_str(double v) {
  char buf[kReprBufSize];
  size_t n = repr(v, buf);
  EXPECT_EQ(strlen(buf), n);
  return std::string(buf, n);
}

FormatSpec parse_spec(const char* sp) {
  FormatSpec spec;
  if (*sp == 'z') spec.no_neg_zero = true, sp++;
  if (*sp == '#') spec.alternate = true, sp++;
  if (*sp == '.') {
    char* end;
    spec.precision = int(strtol(sp + 1, &end, 10));
    sp = end;
  }
  spec.type = *sp;
  return spec;
}

std::string format_str(double v, const char* sp) {
  FormatSpec spec = parse_spec(sp);
  size_t n = format(v, spec, nullptr, 0);
  std::string s(n, '?');
  EXPECT_EQ(format(v, spec, s.data(), s.size()), n);
  EXPECT_LE(n, format_bound(spec));
  return s;
}

bool parse_str(const std::string& s, double* out, unsigned flags = kParseFloat) {
  return parse(s.data(), s.size(), out, flags);
}

// Minimal arbitrary-precision unsigned integer for checking the tables.
struct Nat {
  std::vector<uint32_t> w;  // little endian, no leading zero limbs
  explicit Nat(uint64_t v = 0) {
    while (v) {
      w.push_back(uint32_t(v));
      v >>= 32;
    }
  }
  void mul(uint32_t m) {
    uint64_t c = 0;
    for (auto& x : w) {
      uint64_t p = uint64_t(x) * m + c;
      x = uint32_t(p);
      c = p >> 32;
    }
    if (c) w.push_back(uint32_t(c));
  }
  void pow5(int e) {
    for (int i = 0; i < e; i++) mul(5);
  }
  void shl(int b) {
    for (; b >= 16; b -= 16) mul(1u << 16);
    if (b) mul(1u << b);
  }
  void add(const Nat& o) {
    uint64_t c = 0;
    if (w.size() < o.w.size()) w.resize(o.w.size(), 0);
    for (size_t i = 0; i < w.size(); i++) {
      uint64_t s = uint64_t(w[i]) + (i < o.w.size() ? o.w[i] : 0) + c;
      w[i] = uint32_t(s);
      c = s >> 32;
    }
    if (c) w.push_back(uint32_t(c));
  }
  friend int cmp(const Nat& a, const Nat& b) {
    if (a.w.size() != b.w.size()) return a.w.size() < b.w.size() ? -1 : 1;
    for (size_t i = a.w.size(); i-- > 0;)
      if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
  }
};

Nat nat128(uint64_t hi, uint64_t lo) {
  Nat n(hi);
  n.shl(64);
  n.add(Nat(lo));
  return n;
}

}  // namespace

TEST(FltFmt, Pow10TableIsTheExactTruncation) {
  for (int e10 = -364; e10 <= 363; e10++) {
    detail::Pow10 p = detail::pow10_approx(e10);
    ASSERT_TRUE(p.hi >> 63) << e10;
    // P * 2**s ~= 5**e10 with s = exp2 - e10.  Check
    //   P * 5**m * 2**s+ <= 5**e * 2**s- < (P + 1) * 5**m * 2**s+
    // where e = max(e10, 0), m = max(-e10, 0), s+ = max(s, 0), s- = max(-s, 0).
    int s = p.exp2 - e10;
    Nat lo = nat128(p.hi, p.lo), hi = nat128(p.hi, p.lo);
    hi.add(Nat(1));
    Nat mid(1);
    if (e10 >= 0) {
      mid.pow5(e10);
    } else {
      lo.pow5(-e10);
      hi.pow5(-e10);
    }
    if (s >= 0) {
      lo.shl(s);
      hi.shl(s);
    } else {
      mid.shl(-s);
    }
    int c = cmp(lo, mid);
    ASSERT_LE(c, 0) << e10;
    ASSERT_LT(cmp(mid, hi), 0) << e10;
    ASSERT_EQ(c == 0, p.exact) << e10;
  }
}

TEST(FltFmt, Log10Formulas) {
  for (int e = -1100; e <= 1100; e++) {
    // k = floor(log10(2**e)): 10**k <= 2**e < 10**(k+1), checked as
    // 5**a * 2**b comparisons.
    auto check = [&](int k, bool three_quarters) {
      // lhs(j) = 10**j, rhs = 2**e (times 3/4): compare 10**j * 4 vs 3 * 2**e.
      auto le = [&](int j) {  // 10**j <= value ?
        Nat l(three_quarters ? 4 : 1), r(three_quarters ? 3 : 1);
        // 10**j vs 2**e: move negative exponents across.
        if (j >= 0) {
          l.pow5(j);
          l.shl(j);
        } else {
          r.pow5(-j);
          r.shl(-j);
        }
        if (e >= 0)
          r.shl(e);
        else
          l.shl(-e);
        return cmp(l, r) <= 0;
      };
      EXPECT_TRUE(le(k)) << e;
      EXPECT_FALSE(le(k + 1)) << e;
    };
    check(detail::floor_log10_pow2(e), false);
    check(detail::floor_log10_three_quarters_pow2(e), true);
  }
}

TEST(FltFmt, ReprFixedCases) {
  for (const auto& c : kReprCases) EXPECT_EQ(repr_str(from_bits(c.bits)), c.text);
  EXPECT_EQ(repr_str(INFINITY), "inf");
  EXPECT_EQ(repr_str(-INFINITY), "-inf");
  EXPECT_EQ(repr_str(NAN), "nan");
  EXPECT_EQ(repr_str(-NAN), "nan");
  EXPECT_EQ(repr_str(-1.2345678901234567e-308), "-1.2345678901234567e-308");
}

TEST(FltFmt, FormatFixedCases) {
  for (const auto& c : kFormatCases)
    EXPECT_EQ(format_str(from_bits(c.bits), c.spec), c.text) << c.spec;
}

TEST(FltFmt, FormatTruncatesLikeSnprintf) {
  FormatSpec spec = parse_spec(".3f");
  char buf[8];
  memset(buf, 'x', sizeof buf);
  size_t n = format(-1234.56789, spec, buf, 4);
  EXPECT_EQ(n, 9u);  // "-1234.568"
  EXPECT_EQ(std::string(buf, 5), "-123x");
  EXPECT_EQ(format(1.0, FormatSpec{'q', -1, false, false}, buf, sizeof buf), 0u);
}

TEST(FltFmt, FormatHugePrecision) {
  std::string s = format_str(0.5, ".5000f");
  ASSERT_EQ(s.size(), 5002u);
  EXPECT_EQ(s.substr(0, 4), "0.50");
  EXPECT_EQ(s.find_first_not_of('0', 3), std::string::npos);
  s = format_str(1e300, ".3000e");
  EXPECT_EQ(s.substr(0, 20), "1.000000000000000052");
  EXPECT_EQ(s.substr(s.size() - 10), "00000e+300");
  s = format_str(-5e-324, ".2000g");
  EXPECT_EQ(s.substr(0, 12), "-4.940656458");
  EXPECT_EQ(s.substr(s.size() - 9), "5625e-324");  // exact: 751 digits, no padding for g
  EXPECT_EQ(s.size(), 758u);
  s = format_str(-5e-324, "#.800g");
  EXPECT_EQ(s.size(), 807u);  // '-', 800 digits, '.', 'e-324'
}

TEST(FltFmt, PrintfStyle) {
  char buf[64];
  auto pf = [&](double v, char conv, int prec, bool alt) {
    size_t n = format_printf(v, conv, prec, alt, buf, sizeof buf);
    return std::string(buf, n);
  };
  EXPECT_EQ(pf(1.5, 'f', -1, false), "1.500000");
  EXPECT_EQ(pf(1.5, 'e', 2, false), "1.50e+00");
  EXPECT_EQ(pf(1.5, 'g', 0, true), "2.");
  EXPECT_EQ(pf(100.0, 'G', 2, false), "1E+02");
  EXPECT_EQ(pf(0.1, 'r', 3, false), "0.1");
  EXPECT_EQ(pf(1e16, 's', -1, false), "1e+16");
  EXPECT_EQ(pf(-INFINITY, 'F', 2, false), "-INF");
  EXPECT_EQ(pf(1.0, 'd', 2, false), "");
}

TEST(FltFmt, RoundFixedCases) {
  for (const auto& c : kRoundCases) {
    double r = round_ndigits(from_bits(c.bits), c.nd);
    if (c.expect == kOverflow)
      EXPECT_TRUE(std::isinf(r)) << c.nd;
    else
      EXPECT_EQ(to_bits(r), c.expect) << std::hex << c.bits << " " << std::dec << c.nd;
  }
  EXPECT_EQ(to_bits(round_ndigits(-1.5, -400)), to_bits(-0.0));
  EXPECT_EQ(round_ndigits(1.5, 400), 1.5);
  EXPECT_TRUE(std::isnan(round_ndigits(NAN, 2)));
  EXPECT_EQ(round_ndigits(-INFINITY, 2), -INFINITY);
}

TEST(FltFmt, ParseSyntax) {
  struct Case {
    const char* text;
    bool ok;
    double value;
  };
  const Case cases[] = {
      {"1.5", true, 1.5},
      {"  -1.5e3\n", true, -1500},
      {"+.5", true, 0.5},
      {"5.", true, 5},
      {"1_000.000_1", true, 1000.0001},
      {"1e1_0", true, 1e10},
      {"0_0", true, 0},
      {"00.5", true, 0.5},
      {"1E+5", true, 1e5},
      {"1e-5", true, 1e-5},
      {"iNfInItY", true, INFINITY},
      {"-inf", true, -INFINITY},
      {"1e400", true, INFINITY},
      {"-1e-400", true, -0.0},
      {"\xc2\xa0"
       "2\xe3\x80\x80",
       true, 2},
      {"", false, 0},
      {" ", false, 0},
      {".", false, 0},
      {"e5", false, 0},
      {".e5", false, 0},
      {"1e", false, 0},
      {"1e+", false, 0},
      {"1__0", false, 0},
      {"_1", false, 0},
      {"1_", false, 0},
      {"1_.5", false, 0},
      {"1._5", false, 0},
      {"1e_5", false, 0},
      {"1e5_", false, 0},
      {"1.5.5", false, 0},
      {"--1", false, 0},
      {"+-1", false, 0},
      {"infinit", false, 0},
      {"nan1", false, 0},
      {"0x10", false, 0},
      {"1\x1c", false, 0},
      {"1 5", false, 0},
      {"in f", false, 0},
      {"- 1", false, 0},
  };
  for (const auto& c : cases) {
    double d = 12345;
    bool ok = parse_str(c.text, &d);
    EXPECT_EQ(ok, c.ok) << c.text;
    if (ok && c.ok) {
      EXPECT_EQ(to_bits(d), to_bits(c.value)) << c.text;
    }
    if (!ok) EXPECT_EQ(d, 12345) << c.text;
  }
  double d;
  ASSERT_TRUE(parse_str("-nan", &d));
  EXPECT_TRUE(std::isnan(d));
  EXPECT_TRUE(std::signbit(d));
  ASSERT_TRUE(parse_str("NaN", &d));
  EXPECT_EQ(to_bits(d), 0x7ff8000000000000u);
  ASSERT_TRUE(parse_str("-0.0", &d));
  EXPECT_EQ(to_bits(d), to_bits(-0.0));
  // Embedded NUL is not the end of the text.
  EXPECT_FALSE(parse(std::string("1\0", 2).data(), 2, &d));
}

TEST(FltFmt, ParseFlags) {
  double d;
  EXPECT_TRUE(parse_str("1_0.5e-1_0", &d, kParseLiteral));
  EXPECT_EQ(d, 10.5e-10);
  EXPECT_FALSE(parse_str(" 1.5", &d, kParseLiteral));
  EXPECT_FALSE(parse_str("-1.5", &d, kParseLiteral));
  EXPECT_FALSE(parse_str("inf", &d, kParseLiteral));
  EXPECT_FALSE(parse_str("nan", &d, kParseLiteral));
  EXPECT_TRUE(parse_str(" 1.5\t", &d, kParseBytes));
  EXPECT_FALSE(
      parse_str("\xc2\xa0"
                "1.5",
                &d, kParseBytes));
}

TEST(FltFmt, ParseHardCases) {
  struct Case {
    std::string text;
    uint64_t bits;
  };
  std::vector<Case> cases = {
      {"1.7976931348623157e308", 0x7fefffffffffffffu},
      {"1.7976931348623158e308", 0x7fefffffffffffffu},
      {"1.7976931348623159e308", 0x7ff0000000000000u},
      {"2.4703282292062327e-324", 0},
      {"2.4703282292062328e-324", 1},
      {"9007199254740993", 0x4340000000000000u},  // tie -> even
      {"9007199254740993.0000000000000000000000000001", 0x4340000000000001u},
      {"9007199254740995", 0x4340000000000002u},  // tie -> even (up)
      {"2.2250738585072011e-308", 0x000fffffffffffffu},
      {"2.2250738585072012e-308", 0x0010000000000000u},
      {"0." + std::string(400, '0') + "1e400", 0x3fb999999999999au},
      {"1" + std::string(400, '0') + "e-400", 0x3ff0000000000000u},
      {std::string(850, '1') + "e-849", 0x3ff1c71c71c71c72u},
      {"0e999999999999999999999", 0},
      {"1e-99999999999999999999", 0},
      {"1e99999999999999999999", 0x7ff0000000000000u},
  };
  for (const auto& c : cases) {
    double d, e;
    ASSERT_TRUE(parse_str(c.text, &d)) << c.text;
    EXPECT_EQ(to_bits(d), c.bits) << c.text;
    ASSERT_TRUE(detail::parse_exact(c.text.data(), c.text.size(), &e));
    EXPECT_EQ(to_bits(e), c.bits) << c.text;
  }
}

// Exact decimal expansions of halfway points, and nudges either side.
TEST(FltFmt, ParseHalfwayPoints) {
  std::mt19937_64 rng(42);
  char digits[detail::kMaxDigits];
  for (int i = 0; i < 20000; i++) {
    double x;
    do x = from_bits(rng() & 0x7fefffffffffffffu);
    while (x == 0);
    double y = std::nextafter(x, INFINITY);
    // The halfway point's exact digits: sig_digits of x and y cannot give it,
    // so build it from format('.1100e') of both (exact, 1101 digits cap).
    int dx, dy;
    int nx = detail::sig_digits(x, detail::kMaxDigits, digits, &dx, false);
    std::string sx(digits, size_t(nx));
    int ny = detail::sig_digits(y, detail::kMaxDigits, digits, &dy, false);
    std::string sy(digits, size_t(ny));
    // Average of two decimals 0.sx*10^dx and 0.sy*10^dy with dx <= dy.
    int top = dy;
    size_t len = std::max(sx.size() + size_t(top - dx), sy.size()) + 1;
    std::vector<int> a(len, 0), b(len, 0), s(len + 1, 0);
    for (size_t j = 0; j < sx.size(); j++) a[j + size_t(top - dx)] = sx[j] - '0';
    for (size_t j = 0; j < sy.size(); j++) b[j] = sy[j] - '0';
    int carry = 0;
    for (size_t j = len; j-- > 0;) {
      int v = a[j] + b[j] + carry;
      s[j + 1] = v % 10;
      carry = v / 10;
    }
    s[0] = carry;
    // halve
    std::string h;
    int rem = 0;
    for (size_t j = 0; j <= len; j++) {
      int v = rem * 10 + s[j];
      h.push_back(char('0' + v / 2));
      rem = v % 2;
    }
    if (rem) h.push_back('5');
    // h = 0.h * 10^(top + 1)
    std::string base = "0." + h + "e" + std::to_string(top + 1);
    uint64_t xb = to_bits(x), yb = to_bits(y);
    uint64_t even = (xb & 1) == 0 ? xb : yb;
    double d;
    ASSERT_TRUE(parse_str(base, &d));
    ASSERT_EQ(to_bits(d), even) << base;
    std::string above = "0." + h + "000000001e" + std::to_string(top + 1);
    ASSERT_TRUE(parse_str(above, &d));
    ASSERT_EQ(to_bits(d), yb) << above;
    // below: decrement the last nonzero digit and append 9s
    std::string hb = h;
    size_t k = hb.find_last_not_of('0');
    hb[k]--;
    hb.resize(k + 1);
    std::string below = "0." + hb + "99999e" + std::to_string(top + 1);
    ASSERT_TRUE(parse_str(below, &d));
    ASSERT_EQ(to_bits(d), xb) << below;
  }
}

TEST(FltFmt, RoundTripRandomBits) {
  std::mt19937_64 rng(1);
  for (int i = 0; i < 300000; i++) {
    double x = from_bits(rng());
    if (std::isnan(x)) continue;
    std::string s = repr_str(x);
    double y;
    ASSERT_TRUE(parse_str(s, &y)) << s;
    ASSERT_EQ(to_bits(x), to_bits(y)) << s;
    // 17 significant digits always round-trip too.
    std::string e = format_str(x, ".16e");
    ASSERT_TRUE(parse_str(e, &y)) << e;
    ASSERT_EQ(to_bits(x), to_bits(y)) << e;
  }
}

TEST(FltFmt, FastPathsMatchExactPaths) {
  std::mt19937_64 rng(7);
  char a[detail::kMaxDigits], b[detail::kMaxDigits];
  for (int i = 0; i < 200000; i++) {
    double x = from_bits(rng() & 0x7fffffffffffffffu);
    if (i % 3 == 1) x = std::ldexp(double(rng() >> 11), int(rng() % 200) - 100);
    if (i % 3 == 2) x = double(rng() % 100000) / double(1 << (rng() % 12));
    if (!std::isfinite(x) || x == 0) continue;
    int da, db;
    int na = detail::shortest_digits(x, a, &da, false);
    int nb = detail::shortest_digits(x, b, &db, true);
    ASSERT_EQ(std::string(a, size_t(na)) + "e" + std::to_string(da),
              std::string(b, size_t(nb)) + "e" + std::to_string(db));
    int n = 1 + int(rng() % 17);
    na = detail::sig_digits(x, n, a, &da, false);
    nb = detail::sig_digits(x, n, b, &db, true);
    ASSERT_EQ(std::string(a, size_t(na)) + "e" + std::to_string(da),
              std::string(b, size_t(nb)) + "e" + std::to_string(db))
        << x << " sig " << n;
    int r = int(rng() % 40) - 20 - detail::floor_log10_pow2(std::ilogb(x));
    na = detail::fixed_digits(x, r, a, &da, false);
    nb = detail::fixed_digits(x, r, b, &db, true);
    ASSERT_EQ(std::string(a, size_t(na)) + "e" + std::to_string(da),
              std::string(b, size_t(nb)) + "e" + std::to_string(db))
        << x << " fixed " << r;
  }
}

TEST(FltFmt, ScaledFloorExactAgreesWithEstimate) {
  std::mt19937_64 rng(3);
  for (int i = 0; i < 100000; i++) {
    uint64_t x = (rng() >> 9) | 1;
    int e10 = int(rng() % 600) - 300;
    // choose e2 so the result is around 2**40..2**60
    // x < 2**55, so this puts the result near 2**52.
    int e2 = -3 - int(std::lround(e10 * 3.3219280948873623));
    uint64_t f1, f2;
    bool i1, i2;
    bool ok1 = detail::scaled_floor(x, e2, e10, &f1, &i1, false);
    bool ok2 = detail::scaled_floor(x, e2, e10, &f2, &i2, true);
    ASSERT_EQ(ok1, ok2);
    if (ok1) {
      ASSERT_EQ(f1, f2);
      ASSERT_EQ(i1, i2);
    }
  }
  // Exact integers with an inexact power of ten: 5**20 * 2**20 / 10**20 == 1.
  const uint64_t p5 = 95367431640625u;
  for (bool force : {false, true}) {
    uint64_t f;
    bool inexact;
    ASSERT_TRUE(detail::scaled_floor(p5, 20, -20, &f, &inexact, force));
    EXPECT_EQ(f, 1u);
    EXPECT_FALSE(inexact);
    ASSERT_TRUE(detail::scaled_floor(p5 + 1, 20, -20, &f, &inexact, force));
    EXPECT_EQ(f, 1u);
    EXPECT_TRUE(inexact);
    ASSERT_TRUE(detail::scaled_floor(p5 - 1, 20, -20, &f, &inexact, force));
    EXPECT_EQ(f, 0u);
    EXPECT_TRUE(inexact);
    ASSERT_TRUE(detail::scaled_floor(p5 * 3, 20 + 40, -20, &f, &inexact, force));
    EXPECT_EQ(f, uint64_t(3) << 40);
    EXPECT_FALSE(inexact);
    EXPECT_FALSE(detail::scaled_floor(p5, 20 + 64, -20, &f, &inexact, force));  // 2**64
  }
}

TEST(FltFmt, ParseExactPathAgrees) {
  std::mt19937_64 rng(5);
  for (int i = 0; i < 50000; i++) {
    std::string s = std::to_string(rng() % 100000000000000000u);
    s.insert(size_t(rng() % (s.size() + 1)), ".");
    s += "e" + std::to_string(int(rng() % 700) - 350);
    double a, b;
    ASSERT_TRUE(parse_str(s, &a));
    ASSERT_TRUE(detail::parse_exact(s.data(), s.size(), &b));
    ASSERT_EQ(to_bits(a), to_bits(b)) << s;
  }
}
