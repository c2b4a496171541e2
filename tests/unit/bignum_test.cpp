// Unit tests for util/bignum. Expected values come from CPython 3.11; the
// randomized differential test is bignum_fuzz.py with bignum_cli.cpp.
//
// Buffers are std::vectors of exactly the size the bound functions give, so
// an address-sanitized run also checks those bounds.
#include "util/bignum.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csetjmp>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace minnow::bignum;

namespace {

// An owned integer for the tests.
struct Num {
  std::vector<Digit> d;
  bool neg = false;
  Int v() const { return make_int(d.data(), d.size(), neg); }
};

Num own(Int x) {
  Num n;
  n.d.assign(x.d, x.d + x.n);
  n.neg = x.neg;
  return n;
}

Num parse(const std::string& text, unsigned base = 10) {
  std::string s = text;
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.erase(0, 1);
  std::vector<Digit> r(from_string_size(s.size(), base));
  Int out;
  EXPECT_EQ(from_string(r.data(), &out, s.data(), s.size(), base, false), Status::ok) << text;
  Num n = own(out);
  n.neg = neg && !n.d.empty();
  return n;
}

std::string str(Int x, unsigned base = 10) {
  std::vector<Digit> sc(to_string_scratch(x.n, base));
  std::string s(to_string_size(x.n, base), '?');
  s.resize(to_string(s.data(), x, base, sc.data()));
  return s;
}
std::string str(const Num& x, unsigned base = 10) { return str(x.v(), base); }

Num random_mag(std::mt19937_64& rng, size_t n) {
  Num x;
  x.d.resize(n);
  for (auto& d : x.d) {
    switch (rng() % 4) {
      case 0: d = 0xFFFFFFFFu; break;
      case 1: d = static_cast<Digit>(rng() & 1); break;
      default: d = static_cast<Digit>(rng()); break;
    }
  }
  if (n > 0 && x.d[n - 1] == 0) x.d[n - 1] = 1;
  return x;
}

// Schoolbook reference product, independent of the kernel's code.
std::vector<Digit> ref_mul(const std::vector<Digit>& a, const std::vector<Digit>& b) {
  std::vector<Digit> r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t c = 0;
    for (size_t j = 0; j < b.size(); j++) {
      c += uint64_t(a[i]) * b[j] + r[i + j];
      r[i + j] = static_cast<Digit>(c);
      c >>= 32;
    }
    r[i + b.size()] = static_cast<Digit>(c);
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

Num mul(const Num& a, const Num& b) {
  std::vector<Digit> r(a.d.size() + b.d.size());
  std::vector<Digit> sc(mag_mul_scratch(a.d.size(), b.d.size()));
  return own(mul(r.data(), a.v(), b.v(), sc.data()));
}

DivMod divmod_into(std::vector<Digit>& q, std::vector<Digit>& r, const Num& a, const Num& b) {
  q.assign(divmod_q_size(a.d.size(), b.d.size()), 0xCC);
  r.assign(b.d.size(), 0xCC);
  std::vector<Digit> sc(divmod_scratch(a.d.size(), b.d.size()));
  return divmod(q.data(), r.data(), a.v(), b.v(), sc.data());
}

uint64_t bits_of(double x) {
  uint64_t b;
  memcpy(&b, &x, 8);
  return b;
}

}  // namespace

TEST(Bignum, DecimalRoundTrip) {
  for (const char* s : {"0", "1", "4294967295", "4294967296", "18446744073709551615", "18446744073709551616",
                        "123456789012345678901234567890123456789012345678901234567890"}) {
    EXPECT_EQ(str(parse(s)), s);
    EXPECT_EQ(str(parse(std::string("-") + s)), std::string(s) == "0" ? "0" : std::string("-") + s);
  }
  EXPECT_EQ(parse("4294967296").d, (std::vector<Digit>{0, 1}));
}

TEST(Bignum, OtherBases) {
  Num x = parse("-255");
  EXPECT_EQ(str(x, 16), "-ff");
  EXPECT_EQ(str(x, 2), "-11111111");
  EXPECT_EQ(str(x, 8), "-377");
  EXPECT_EQ(str(x, 36), "-73");
  EXPECT_EQ(str(x, 3), "-100110");
  std::vector<Digit> sc(to_string_scratch(x.d.size(), 16));
  std::string s(to_string_size(x.d.size(), 16), '?');
  s.resize(to_string(s.data(), x.v(), 16, sc.data(), true));
  EXPECT_EQ(s, "-FF");
  EXPECT_EQ(str(parse("zz", 36)), "1295");
  EXPECT_EQ(str(parse("ZZ", 36)), "1295");
  EXPECT_EQ(str(parse("deadbeefcafebabe1234", 16), 16), "deadbeefcafebabe1234");
}

TEST(Bignum, FromStringRules) {
  auto st = [](const char* s, unsigned base, bool us) {
    std::vector<Digit> r(from_string_size(strlen(s), base));
    Int out;
    Status status = from_string(r.data(), &out, s, strlen(s), base, us);
    return status == Status::ok ? str(out) : std::string("invalid");
  };
  EXPECT_EQ(st("1_000", 10, true), "1000");
  EXPECT_EQ(st("1_000", 10, false), "invalid");
  EXPECT_EQ(st("1__000", 10, true), "invalid");
  EXPECT_EQ(st("_1", 10, true), "invalid");
  EXPECT_EQ(st("1_", 10, true), "invalid");
  EXPECT_EQ(st("", 10, true), "invalid");
  EXPECT_EQ(st("12a", 10, true), "invalid");
  EXPECT_EQ(st("102", 2, true), "invalid");
  EXPECT_EQ(st("f_f", 16, true), "255");
  EXPECT_EQ(st("00012", 10, true), "12");
  EXPECT_EQ(st("1 2", 10, true), "invalid");
  EXPECT_EQ(st("-1", 10, true), "invalid");
}

TEST(Bignum, SignedArithmeticMatchesPython) {
  struct Case {
    const char *a, *b, *sum, *diff, *prod, *fdiv, *mod, *band, *bor, *bxor;
  };
  const Case cases[] = {
      {"7", "2", "9", "5", "14", "3", "1", "2", "7", "5"},
      {"-7", "2", "-5", "-9", "-14", "-4", "1", "0", "-5", "-5"},
      {"7", "-2", "5", "9", "-14", "-4", "-1", "6", "-1", "-7"},
      {"-7", "-2", "-9", "-5", "14", "3", "-1", "-8", "-1", "7"},
      {"0", "5", "5", "-5", "0", "0", "0", "0", "5", "5"},
      {"-1", "4294967296", "4294967295", "-4294967297", "-4294967296", "-1", "4294967295", "4294967296", "-1",
       "-4294967297"},
      {"18446744073709551616", "-3", "18446744073709551613", "18446744073709551619", "-55340232221128654848",
       "-6148914691236517206", "-2", "18446744073709551616", "-3", "-18446744073709551619"},
      {"-340282366920938463463374607431768211456", "18446744073709551617", "-340282366920938463444927863358058659839",
       "-340282366920938463481821351505477763073",
       "-6277101735386680764176071790128604879565730051895802724352", "-18446744073709551616",
       "18446744073709551616", "0", "-340282366920938463444927863358058659839",
       "-340282366920938463444927863358058659839"},
      {"123456789012345678901234567890", "-987654321", "123456789012345678900246913569",
       "123456789012345678902222222211", "-121932631124828532112482853211126352690", "-124999998873437499902",
       "-412808652", "123456789012345678901064827458", "-817913889", "-123456789012345678901882741347"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " op " + c.b);
    Num a = parse(c.a), b = parse(c.b);
    std::vector<Digit> r(add_size(a.v(), b.v()));
    EXPECT_EQ(str(add(r.data(), a.v(), b.v())), c.sum);
    EXPECT_EQ(str(sub(r.data(), a.v(), b.v())), c.diff);
    EXPECT_EQ(str(mul(a, b)), c.prod);
    std::vector<Digit> q, m;
    DivMod dm = divmod_into(q, m, a, b);
    EXPECT_EQ(str(dm.q), c.fdiv);
    EXPECT_EQ(str(dm.r), c.mod);
    std::vector<Digit> w(bitwise_size(a.v(), b.v()));
    EXPECT_EQ(str(bit_and(w.data(), a.v(), b.v())), c.band);
    EXPECT_EQ(str(bit_or(w.data(), a.v(), b.v())), c.bor);
    EXPECT_EQ(str(bit_xor(w.data(), a.v(), b.v())), c.bxor);
    int want = parse(c.diff).v().n == 0 ? 0 : parse(c.diff).neg ? -1 : 1;
    EXPECT_EQ(cmp(a.v(), b.v()), want);
  }
}

TEST(Bignum, ShiftsOfNegatives) {
  struct Case {
    const char* a;
    uint64_t k;
    const char *shr, *shl;
  };
  const Case cases[] = {
      {"-1", 1, "-1", "-2"},
      {"-1", 100, "-1", "-1267650600228229401496703205376"},
      {"-5", 1, "-3", "-10"},
      {"-4", 1, "-2", "-8"},
      {"-4294967296", 32, "-1", "-18446744073709551616"},
      {"-4294967297", 32, "-2", "-18446744078004518912"},
      {"-18446744073709551616", 64, "-1", "-340282366920938463463374607431768211456"},
      {"-18446744073709551617", 1, "-9223372036854775809", "-36893488147419103234"},
      {"12345678901234567890", 3, "1543209862654320986", "98765431209876543120"},
  };
  for (const Case& c : cases) {
    Num a = parse(c.a);
    std::vector<Digit> r(a.d.size() + 1);
    EXPECT_EQ(str(shr(r.data(), a.v(), c.k)), c.shr) << c.a;
    std::vector<Digit> l(shl_size(a.d.size(), c.k));
    EXPECT_EQ(str(shl(l.data(), a.v(), c.k)), c.shl) << c.a;
  }
  Num big = parse("-123456789");
  std::vector<Digit> r(big.d.size() + 1);
  EXPECT_EQ(str(shr(r.data(), big.v(), uint64_t(1) << 40)), "-1");
  EXPECT_EQ(shl_size(kTooBig / 8, ~uint64_t(0)), kTooBig);
}

TEST(Bignum, NotAndBitCounts) {
  Num a = parse("-4294967296");
  std::vector<Digit> r(a.d.size() + 1);
  EXPECT_EQ(str(bit_not(r.data(), a.v())), "4294967295");
  Num b = parse("4294967295");
  std::vector<Digit> r2(b.d.size() + 1);
  EXPECT_EQ(str(bit_not(r2.data(), b.v())), "-4294967296");
  EXPECT_EQ(bit_length(parse("-4294967296").v()), 33u);
  EXPECT_EQ(bit_count(parse("-255").v()), 8u);
  EXPECT_EQ(bit_length(parse("0").v()), 0u);
}

TEST(Bignum, KnuthAddBackCases) {
  // Dividends and divisors whose first quotient estimate survives the
  // two-digit test and still overshoots (found by simulating algorithm D).
  struct Case {
    const char *a, *b, *q, *r;
  };
  const Case cases[] = {
      {"7fffffff8000000080000000", "28000000000000003", "33333332", "27fffffffe666666a"},
      {"fffffffe000000032000000000000002", "fffffffe00000003ffffffff", "ffffffff", "fffffffd2000000500000001"},
      {"ffffffff7fffffff7ffffffffffffffe", "ffffffff7fffffffffffffff7fffffff", "0",
       "ffffffff7fffffff7ffffffffffffffe"},
  };
  for (const Case& c : cases) {
    Num a = parse(c.a, 16), b = parse(c.b, 16);
    std::vector<Digit> q, r;
    DivMod dm = divmod_into(q, r, a, b);
    EXPECT_EQ(str(dm.q, 16), c.q);
    EXPECT_EQ(str(dm.r, 16), c.r);
  }
}

TEST(Bignum, DivisionIdentityRandom) {
  std::mt19937_64 rng(1);
  for (int it = 0; it < 300; it++) {
    Num a = random_mag(rng, 1 + rng() % 60), b = random_mag(rng, 1 + rng() % 40);
    a.neg = rng() & 1;
    b.neg = rng() & 1;
    std::vector<Digit> q, r;
    DivMod dm = divmod_into(q, r, a, b);
    // a == q*b + r, with r zero or of b's sign and |r| < |b|.
    Num prod = mul(own(dm.q), b);
    std::vector<Digit> s(add_size(prod.v(), dm.r));
    EXPECT_EQ(cmp(add(s.data(), prod.v(), dm.r), a.v()), 0);
    EXPECT_TRUE(dm.r.n == 0 || dm.r.neg == b.neg);
    EXPECT_LT(mag_cmp(dm.r.d, dm.r.n, b.d.data(), b.d.size()), 0);
  }
}

TEST(Bignum, MultiplyAgainstReference) {
  std::mt19937_64 rng(2);
  // Around the Karatsuba threshold, well above it, squares, and unbalanced shapes.
  const size_t sizes[][2] = {{1, 1},   {2, 1},   {31, 31}, {32, 32},  {33, 32},  {64, 64},   {65, 33},
                             {100, 3}, {150, 40}, {200, 99}, {257, 129}, {500, 500}, {1000, 31}, {1000, 70}};
  for (auto& sz : sizes) {
    Num a = random_mag(rng, sz[0]), b = random_mag(rng, sz[1]);
    EXPECT_EQ(mul(a, b).d, ref_mul(a.d, b.d)) << sz[0] << "x" << sz[1];
    EXPECT_EQ(mul(a, a).d, ref_mul(a.d, a.d)) << sz[0] << " squared";
  }
  // All-ones operands: every carry at its largest.
  Num ones;
  ones.d.assign(300, 0xFFFFFFFFu);
  EXPECT_EQ(mul(ones, ones).d, ref_mul(ones.d, ones.d));
}

TEST(Bignum, InPlaceMagnitudeOps) {
  std::vector<Digit> x = {0xFFFFFFFFu, 0xFFFFFFFFu, 0, 0};
  size_t n = mag_add_small(x.data(), x.data(), 2, 1);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(x[2], 1u);
  n = mag_sub_small(x.data(), x.data(), n, 1);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(x[0], 0xFFFFFFFFu);
  n = mag_shl(x.data(), x.data(), n, 40);
  EXPECT_EQ(n, 4u);
  n = mag_shr(x.data(), x.data(), n, 40);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(x[0], 0xFFFFFFFFu);
  EXPECT_EQ(x[1], 0xFFFFFFFFu);
  n = mag_mul_small(x.data(), x.data(), n, 0xFFFFFFFFu, 0xFFFFFFFFu);
  // (2^64 - 1)(2^32 - 1) + 2^32 - 1 = 2^96 - 2^64
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(x[0], 0u);
  EXPECT_EQ(x[1], 0u);
  EXPECT_EQ(x[2], 0xFFFFFFFFu);
  Digit rem;
  n = mag_divmod_small(x.data(), x.data(), n, 0xFFFFFFFFu, &rem);
  EXPECT_EQ(rem, 0u);
  EXPECT_EQ(n, 3u);
}

TEST(Bignum, Pow) {
  auto p = [](const char* a, const char* e) {
    Num x = parse(a), y = parse(e);
    size_t n = pow_size(x.v(), y.v());
    EXPECT_NE(n, kTooBig);
    std::vector<Digit> r(n), sc(pow_scratch(x.v(), y.v()));
    return str(pow(r.data(), x.v(), y.v(), sc.data()));
  };
  EXPECT_EQ(p("3", "0"), "1");
  EXPECT_EQ(p("0", "0"), "1");
  EXPECT_EQ(p("0", "5"), "0");
  EXPECT_EQ(p("-1", "12345678901234567890123"), "-1");
  EXPECT_EQ(p("-2", "65"), "-36893488147419103232");
  EXPECT_EQ(p("-3", "40"), "12157665459056928801");
  EXPECT_EQ(p("10", "30"), "1000000000000000000000000000000");
  EXPECT_EQ(p("4294967297", "3"), "79228162569604569827557507073");
  // Sizes are bounds from log2|a| * e, refused when absurd.
  EXPECT_EQ(pow_size(parse("2").v(), parse("18446744073709551616").v()), kTooBig);
  EXPECT_EQ(pow_size(parse("3").v(), parse("4000000000000000000").v()), kTooBig);
  size_t n = pow_size(parse("10").v(), parse("100000").v());
  EXPECT_GE(n, 10381u);
  EXPECT_LE(n, 10390u);
  std::string big = p("7", "40000");
  EXPECT_EQ(big.size(), 33804u);
  EXPECT_EQ(big.substr(0, 10), "8348348499");
}

TEST(Bignum, PowMod) {
  auto pm = [](const char* a, const char* e, const char* m) {
    Num x = parse(a), y = parse(e), z = parse(m);
    std::vector<Digit> r(z.d.size()), sc(pow_mod_scratch(x.d.size(), z.d.size()));
    Int out;
    if (pow_mod(r.data(), &out, x.v(), y.v(), z.v(), sc.data()) != Status::ok) return std::string("not invertible");
    return str(out);
  };
  EXPECT_EQ(pm("3", "-1", "7"), "5");
  EXPECT_EQ(pm("-3", "-1", "7"), "2");
  EXPECT_EQ(pm("3", "-1", "-7"), "-2");
  EXPECT_EQ(pm("2", "-1", "1"), "0");
  EXPECT_EQ(pm("0", "0", "5"), "1");
  EXPECT_EQ(pm("5", "0", "-7"), "-6");
  EXPECT_EQ(pm("-2", "3", "5"), "2");
  EXPECT_EQ(pm("-2", "3", "-5"), "-3");
  EXPECT_EQ(pm("6", "-1", "9"), "not invertible");
  EXPECT_EQ(pm("0", "-1", "9"), "not invertible");
  // Fermat: a^(p-1) == 1 mod p for p = 2^127 - 1.
  EXPECT_EQ(pm("123456789123456789", "170141183460469231731687303715884105726", "170141183460469231731687303715884105727"),
            "1");
}

TEST(Bignum, Gcd) {
  auto g = [](const char* a, const char* b) {
    Num x = parse(a), y = parse(b);
    std::vector<Digit> r(gcd_size(x.d.size(), y.d.size())), sc(gcd_scratch(x.d.size(), y.d.size()));
    return str(gcd(r.data(), x.v(), y.v(), sc.data()));
  };
  EXPECT_EQ(g("0", "0"), "0");
  EXPECT_EQ(g("0", "-5"), "5");
  EXPECT_EQ(g("-12", "18"), "6");
  EXPECT_EQ(g("340282366920938463463374607431768211456", "-18446744073709551616"), "18446744073709551616");
  // Consecutive Fibonacci numbers are coprime and take the most steps.
  Num a = parse("0"), b = parse("1");
  for (int i = 0; i < 2000; i++) {
    std::vector<Digit> r(add_size(a.v(), b.v()));
    Num c = own(add(r.data(), a.v(), b.v()));
    a = b;
    b = c;
  }
  EXPECT_EQ(g(str(a).c_str(), str(b).c_str()), "1");
  Num three = parse("3");
  Num a3 = mul(a, three), b3 = mul(b, three);
  EXPECT_EQ(g(str(a3).c_str(), str(b3).c_str()), "3");
}

TEST(Bignum, MachineIntegers) {
  std::vector<Digit> r(kU64Digits);
  int64_t v;
  EXPECT_EQ(str(from_i64(r.data(), std::numeric_limits<int64_t>::min())), "-9223372036854775808");
  EXPECT_EQ(to_i64(parse("-9223372036854775808").v(), &v), Status::ok);
  EXPECT_EQ(v, std::numeric_limits<int64_t>::min());
  EXPECT_EQ(to_i64(parse("9223372036854775808").v(), &v), Status::overflow);
  EXPECT_EQ(to_i64(parse("-9223372036854775809").v(), &v), Status::overflow);
  EXPECT_EQ(to_i64(parse("9223372036854775807").v(), &v), Status::ok);
  EXPECT_EQ(v, std::numeric_limits<int64_t>::max());
  uint64_t u;
  EXPECT_EQ(to_u64(parse("18446744073709551615").v(), &u), Status::ok);
  EXPECT_EQ(u, ~uint64_t(0));
  EXPECT_EQ(to_u64(parse("-1").v(), &u), Status::overflow);
  EXPECT_EQ(str(from_u64(r.data(), 0)), "0");
  EXPECT_TRUE(fits_intptr(parse("-5").v()));
  EXPECT_EQ(to_intptr(parse("-5").v()), -5);
  EXPECT_EQ(fits_intptr(parse("9223372036854775807").v()), sizeof(intptr_t) == 8);
  EXPECT_FALSE(fits_intptr(parse("9223372036854775808").v()));
}

TEST(Bignum, ToDouble) {
  auto d = [](const char* s, double* out) { return to_double(parse(s).v(), out); };
  double x;
  ASSERT_EQ(d("9007199254740993", &x), Status::ok);  // 2^53 + 1: a tie, to even
  EXPECT_EQ(bits_of(x), 0x4340000000000000u);
  ASSERT_EQ(d("9007199254740995", &x), Status::ok);  // 2^53 + 3: a tie, to even (up)
  EXPECT_EQ(bits_of(x), 0x4340000000000002u);
  // 2^1024 - 2^970 - 1: just below the halfway point to 2^1024 -> DBL_MAX.
  Num p = parse("1");
  std::vector<Digit> r(shl_size(1, 1024));
  Num two1024 = own(shl(r.data(), p.v(), 1024));
  std::vector<Digit> r2(shl_size(1, 970));
  Num two970 = own(shl(r2.data(), p.v(), 970));
  std::vector<Digit> s(add_size(two1024.v(), two970.v()));
  Num below = own(sub(s.data(), two1024.v(), two970.v()));  // exactly halfway: rounds to 2^1024
  EXPECT_EQ(to_double(below.v(), &x), Status::overflow);
  std::vector<Digit> s2(below.d.size() + 1);
  Num below1 = own(make_int(s2.data(), mag_sub_small(s2.data(), below.d.data(), below.d.size(), 1), false));
  ASSERT_EQ(to_double(below1.v(), &x), Status::ok);
  EXPECT_EQ(x, std::numeric_limits<double>::max());
  below1.neg = true;
  ASSERT_EQ(to_double(below1.v(), &x), Status::ok);
  EXPECT_EQ(x, -std::numeric_limits<double>::max());
  EXPECT_EQ(to_double(two1024.v(), &x), Status::overflow);
}

TEST(Bignum, FromDouble) {
  std::vector<Digit> r(kDoubleDigits);
  EXPECT_EQ(str(from_double(r.data(), -0.5)), "0");
  EXPECT_EQ(str(from_double(r.data(), -1.99)), "-1");
  EXPECT_EQ(str(from_double(r.data(), 1e20)), "100000000000000000000");
  EXPECT_EQ(str(from_double(r.data(), 4294967296.5)), "4294967296");
  std::string max = str(from_double(r.data(), std::numeric_limits<double>::max()));
  EXPECT_EQ(max.size(), 309u);
  EXPECT_EQ(max.substr(0, 12), "179769313486");
}

TEST(Bignum, TrueDivision) {
  auto td = [](const std::string& a, const std::string& b, double* out) {
    Num x = parse(a), y = parse(b);
    std::vector<Digit> sc(true_div_scratch(x.d.size(), y.d.size()));
    return true_div(x.v(), y.v(), out, sc.data());
  };
  double x;
  ASSERT_EQ(td("1", "3", &x), Status::ok);
  EXPECT_EQ(bits_of(x), 0x3fd5555555555555u);
  ASSERT_EQ(td("0", "-3", &x), Status::ok);
  EXPECT_EQ(bits_of(x), 0x8000000000000000u);  // -0.0, like CPython
  std::string ten400(401, '0'), ten320(321, '0');
  ten400[0] = ten320[0] = '1';
  Num three = parse("3");
  std::vector<Digit> pr(pow_size(three.v(), parse("800").v())), ps(pow_scratch(three.v(), parse("800").v()));
  std::string three800 = str(pow(pr.data(), three.v(), parse("800").v(), ps.data()));
  ASSERT_EQ(td(ten400, three800, &x), Status::ok);  // both far beyond a double
  EXPECT_EQ(bits_of(x), 0x43bbe1ab61e69ed5u);
  ASSERT_EQ(td("1", ten320, &x), Status::ok);  // subnormal
  EXPECT_EQ(bits_of(x), 0x7e8u);
  ASSERT_EQ(td("-1", ten400, &x), Status::ok);  // underflow keeps the sign
  EXPECT_EQ(bits_of(x), 0x8000000000000000u);
  EXPECT_EQ(td(ten400, "1", &x), Status::overflow);
  // Around half the smallest subnormal, 2^-1075: below it, at it (a tie, to
  // even: zero) and above it.
  Num one = parse("1");
  std::vector<Digit> p1075(shl_size(1, 1075));
  Num two1075 = own(shl(p1075.data(), one.v(), 1075));
  ASSERT_EQ(td("1", str(two1075), &x), Status::ok);
  EXPECT_EQ(bits_of(x), 0u);
  std::vector<Digit> m1(two1075.d.size() + 1);
  Num two1075m1 = own(make_int(m1.data(), mag_sub_small(m1.data(), two1075.d.data(), two1075.d.size(), 1), false));
  ASSERT_EQ(td("-1", str(two1075m1), &x), Status::ok);
  EXPECT_EQ(bits_of(x), 0x8000000000000001u);
  ASSERT_EQ(td("1", str(mul(two1075, parse("2"))) , &x), Status::ok);
  EXPECT_EQ(bits_of(x), 0u);
  std::string ten401 = ten400, ten402 = ten400;
  ten401.push_back('0');
  ten402.append(2, '0');
  ASSERT_EQ(td(ten401, ten402, &x), Status::ok);
  EXPECT_EQ(x, 0.1);
}

TEST(Bignum, Bytes) {
  auto tb = [](const char* a, size_t len, bool little, bool is_signed) {
    std::vector<uint8_t> out(len);
    if (to_bytes(out.data(), len, parse(a).v(), little, is_signed) != Status::ok) return std::string("overflow");
    std::string s;
    char b[3];
    for (uint8_t x : out) {
      snprintf(b, sizeof b, "%02x", x);
      s += b;
    }
    return s;
  };
  EXPECT_EQ(tb("1", 2, false, false), "0001");
  EXPECT_EQ(tb("1", 2, true, false), "0100");
  EXPECT_EQ(tb("-1", 2, true, true), "ffff");
  EXPECT_EQ(tb("-1", 0, true, true), "");  // CPython allows it
  EXPECT_EQ(tb("-128", 1, true, true), "80");
  EXPECT_EQ(tb("-129", 1, true, true), "overflow");
  EXPECT_EQ(tb("128", 1, true, true), "overflow");
  EXPECT_EQ(tb("255", 1, true, false), "ff");
  EXPECT_EQ(tb("256", 1, true, false), "overflow");
  EXPECT_EQ(tb("-1", 4, true, false), "overflow");
  EXPECT_EQ(tb("-4294967296", 5, false, true), "ff00000000");
  auto fb = [](std::vector<uint8_t> in, bool little, bool is_signed) {
    std::vector<Digit> r(from_bytes_size(in.size()));
    return str(from_bytes(r.data(), in.data(), in.size(), little, is_signed));
  };
  EXPECT_EQ(fb({0xff, 0x00, 0x00, 0x00, 0x00}, false, true), "-4294967296");
  EXPECT_EQ(fb({0xff, 0xff}, true, true), "-1");
  EXPECT_EQ(fb({0xff, 0xff}, true, false), "65535");
  EXPECT_EQ(fb({}, true, true), "0");
  EXPECT_EQ(fb({0x80}, true, true), "-128");
}

TEST(Bignum, Hash) {
  auto h = [](const char* s) { return hash(parse(s).v()); };
  if (sizeof(intptr_t) == 8) {
    EXPECT_EQ(h("2305843009213693951"), 0);  // 2^61 - 1
    EXPECT_EQ(h("2305843009213693952"), 1);
    EXPECT_EQ(h("-2305843009213693952"), -2);
    EXPECT_EQ(h("-2305843009213693953"), -2);
    EXPECT_EQ(h("1000000000000000000000000000000"), 465258685558744706);
    EXPECT_EQ(h("-1000000000000000000000000000000"), -465258685558744706);
  } else {
    EXPECT_EQ(h("2147483647"), 0);
    EXPECT_EQ(h("2147483648"), 1);
  }
  EXPECT_EQ(h("-1"), -2);
  EXPECT_EQ(h("0"), 0);
  EXPECT_EQ(h("12345"), 12345);
}

TEST(Bignum, HundredThousandDecimalDigits) {
  // 10^100000 - 1: all nines, through both conversions and divide and conquer.
  std::string nines(100000, '9');
  auto t0 = std::chrono::steady_clock::now();
  Num x = parse(nines);
  std::string back = str(x);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(back, nines);
  // Generous: about 0.1 s in an optimized build, several times that under
  // sanitizers.
  EXPECT_LT(secs, 10.0);
  std::vector<Digit> r(x.d.size() + 1);
  Num y = own(make_int(r.data(), mag_add_small(r.data(), x.d.data(), x.d.size(), 1), false));
  std::string ten = str(y);
  EXPECT_EQ(ten.size(), 100001u);
  EXPECT_EQ(ten[0], '1');
  EXPECT_EQ(ten.find_first_not_of('0', 1), std::string::npos);
}

TEST(Bignum, ScratchFreeBelowThresholds) {
  // The interpreter's common case needs no scratch at all.
  EXPECT_EQ(mag_mul_scratch(kKaratsubaThreshold - 1, 1000), 0u);
  EXPECT_EQ(mag_divmod_scratch(5, 1), 0u);
  EXPECT_EQ(to_string_scratch(10, 16), 0u);
  EXPECT_EQ(mag_mul_scratch(kTooBig / 2, kTooBig / 2), kTooBig);
  EXPECT_EQ(to_string_size(kTooBig / 2, 10), kTooBig);
}

namespace {
int g_polls = 0;
bool g_poll_jumps = false;
jmp_buf g_poll_jump;
void count_poll() {
  g_polls++;
  if (g_poll_jumps) longjmp(g_poll_jump, 1);
}
}  // namespace

TEST(Bignum, PollHook) {
  // Long operations call poll_hook every so often; the hook may jump out
  // (the VM raises KeyboardInterrupt from it), abandoning the operation,
  // and the kernel works as before afterwards.
  void (*saved)() = poll_hook;
  poll_hook = count_poll;
  std::mt19937_64 rng(11);
  const size_t n = 20000;
  Num a = random_mag(rng, n), b = random_mag(rng, n);
  std::vector<Digit> r(2 * n), sc(mag_mul_scratch(n, n));
  g_polls = 0;
  size_t rn = mag_mul(r.data(), a.d.data(), n, b.d.data(), n, sc.data());
  EXPECT_GT(g_polls, 0);
  g_polls = 0;
  std::string text = str(a);
  EXPECT_GT(g_polls, 0);
  g_polls = 0;
  EXPECT_EQ(str(parse(text)), text);
  EXPECT_GT(g_polls, 0);
  g_poll_jumps = true;
  std::vector<Digit> r2(2 * n);
  if (setjmp(g_poll_jump) == 0) {
    mag_mul(r2.data(), a.d.data(), n, b.d.data(), n, sc.data());
    ADD_FAILURE() << "the product did not poll";
  }
  g_poll_jumps = false;
  EXPECT_EQ(mag_mul(r2.data(), a.d.data(), n, b.d.data(), n, sc.data()), rn);
  EXPECT_TRUE(std::equal(r.begin(), r.begin() + static_cast<long>(rn), r2.begin()));
  poll_hook = saved;
}
