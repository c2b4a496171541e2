// Driver for the differential test of util/bignum against CPython
// (tests/unit/bignum_fuzz.py). Reads one operation per line from stdin and
// prints one result line per operation.
//
// Integers travel in hexadecimal with an optional '-' ("-1f", "0"); shift
// counts, bases, lengths and flags in decimal; doubles as the 16 hex digits of
// their IEEE bits. Every buffer is allocated at exactly the size the bound
// functions promise and filled with junk first, so an address-sanitized build
// also checks the bounds and that no output digit is read before written.
//
//   add|sub|mul|and|or|xor|gcd|cmp|divmod|tdiv A B    not|tod|toi64|bitlen|bitcount|hash|fits A
//   pow A E      powmod A E M     shl|shr A K     str A BASE     parse BASE US TEXT
//   fromd BITS   tobytes A LEN LITTLE SIGNED      frombytes HEX|- LITTLE SIGNED
//   divsmall A D      mulsmall A M ADD     (magnitudes; A >= 0)
//   inplace A B  (mag_add/mag_sub/mag_shl/mag_shr with the output on an input)
//   ptrbits      (the width of intptr_t, which hash and fits depend on)
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "util/bignum.h"

using namespace minnow::bignum;

namespace {

// An owned integer: digits plus sign.
struct Num {
  std::vector<Digit> d;
  bool neg = false;
  Int view() const { return make_int(d.data(), d.size(), neg); }
};

std::vector<Digit> buf(size_t n) {
  std::vector<Digit> v(n);
  for (size_t i = 0; i < n; i++) v[i] = 0xA5A5A5A5u ^ static_cast<Digit>(i * 2654435761u);
  return v;
}

Num own(Int x) {
  Num n;
  n.d.assign(x.d, x.d + x.n);
  n.neg = x.neg;
  return n;
}

Num parse_hex(const char* s) {
  bool neg = *s == '-';
  if (neg) s++;
  size_t len = strlen(s);
  auto r = buf(from_string_size(len, 16));
  Int out;
  if (from_string(r.data(), &out, s, len, 16, false) != Status::ok) {
    fprintf(stderr, "bad hex: %s\n", s);
    exit(2);
  }
  Num n = own(out);
  n.neg = neg && !n.d.empty();
  return n;
}

std::string hex(Int x) {
  auto sc = buf(to_string_scratch(x.n, 16));
  std::string s(to_string_size(x.n, 16), '?');
  size_t len = to_string(s.data(), x, 16, sc.data());
  s.resize(len);
  return s;
}

std::string dbl(double x) {
  uint64_t bits;
  memcpy(&bits, &x, 8);
  char b[32];
  snprintf(b, sizeof b, "%016" PRIx64, bits);
  return b;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> t;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') i++;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') j++;
    if (j > i) t.push_back(line.substr(i, j - i));
    i = j;
  }
  return t;
}

std::string run(const std::vector<std::string>& t) {
  const std::string& op = t[0];
  auto N = [&](size_t i) { return parse_hex(t[i].c_str()); };
  auto U = [&](size_t i) { return strtoull(t[i].c_str(), nullptr, 10); };
  if (op == "add" || op == "sub") {
    Num a = N(1), b = N(2);
    auto r = buf(add_size(a.view(), b.view()));
    return hex(op == "add" ? add(r.data(), a.view(), b.view()) : sub(r.data(), a.view(), b.view()));
  }
  if (op == "mul") {
    Num a = N(1), b = N(2);
    auto r = buf(a.d.size() + b.d.size());
    auto sc = buf(mag_mul_scratch(a.d.size(), b.d.size()));
    return hex(mul(r.data(), a.view(), b.view(), sc.data()));
  }
  if (op == "sqr") {  // a * a through the squaring path
    Num a = N(1);
    auto r = buf(2 * a.d.size());
    auto sc = buf(mag_mul_scratch(a.d.size(), a.d.size()));
    return hex(mul(r.data(), a.view(), a.view(), sc.data()));
  }
  if (op == "divmod") {
    Num a = N(1), b = N(2);
    auto q = buf(divmod_q_size(a.d.size(), b.d.size()));
    auto r = buf(b.d.size());
    auto sc = buf(divmod_scratch(a.d.size(), b.d.size()));
    DivMod dm = divmod(q.data(), r.data(), a.view(), b.view(), sc.data());
    // Also the one-output forms, which use the scratch differently.
    auto q2 = buf(divmod_q_size(a.d.size(), b.d.size()));
    auto r2 = buf(b.d.size());
    auto sc2 = buf(divmod_scratch(a.d.size(), b.d.size()));
    Int fq = floordiv(q2.data(), a.view(), b.view(), sc2.data());
    Int fr = mod(r2.data(), a.view(), b.view(), sc2.data());
    if (cmp(fq, dm.q) != 0 || cmp(fr, dm.r) != 0) return "MISMATCH";
    return hex(dm.q) + " " + hex(dm.r);
  }
  if (op == "pow") {
    Num a = N(1), e = N(2);
    size_t rn = pow_size(a.view(), e.view());
    if (rn == kTooBig) return "TOOBIG";
    auto r = buf(rn);
    auto sc = buf(pow_scratch(a.view(), e.view()));
    return hex(pow(r.data(), a.view(), e.view(), sc.data()));
  }
  if (op == "powmod") {
    Num a = N(1), e = N(2), m = N(3);
    auto r = buf(m.d.size());
    auto sc = buf(pow_mod_scratch(a.d.size(), m.d.size()));
    Int out;
    Status st = pow_mod(r.data(), &out, a.view(), e.view(), m.view(), sc.data());
    if (st == Status::not_invertible) return "NOTINV";
    return hex(out);
  }
  if (op == "and" || op == "or" || op == "xor") {
    Num a = N(1), b = N(2);
    auto r = buf(bitwise_size(a.view(), b.view()));
    Int x = op == "and" ? bit_and(r.data(), a.view(), b.view())
            : op == "or" ? bit_or(r.data(), a.view(), b.view())
                         : bit_xor(r.data(), a.view(), b.view());
    return hex(x);
  }
  if (op == "not") {
    Num a = N(1);
    auto r = buf(a.d.size() + 1);
    return hex(bit_not(r.data(), a.view()));
  }
  if (op == "shl" || op == "shr") {
    Num a = N(1);
    uint64_t k = U(2);
    if (op == "shl") {
      auto r = buf(shl_size(a.d.size(), k));
      return hex(shl(r.data(), a.view(), k));
    }
    auto r = buf(a.d.size() + 1);
    return hex(shr(r.data(), a.view(), k));
  }
  if (op == "cmp") {
    Num a = N(1), b = N(2);
    return std::to_string(cmp(a.view(), b.view()));
  }
  if (op == "gcd") {
    Num a = N(1), b = N(2);
    auto r = buf(gcd_size(a.d.size(), b.d.size()));
    auto sc = buf(gcd_scratch(a.d.size(), b.d.size()));
    return hex(gcd(r.data(), a.view(), b.view(), sc.data()));
  }
  if (op == "str" || op == "STR") {
    Num a = N(1);
    unsigned base = static_cast<unsigned>(U(2));
    std::string s(to_string_size(a.d.size(), base), '?');
    auto sc = buf(to_string_scratch(a.d.size(), base));
    s.resize(to_string(s.data(), a.view(), base, sc.data(), op == "STR"));
    return s;
  }
  if (op == "parse") {
    unsigned base = static_cast<unsigned>(U(1));
    bool us = U(2) != 0;
    std::string text = t.size() > 3 ? t[3] : "";
    if (text == "<empty>") text.clear();
    std::vector<char> exact(text.begin(), text.end());  // no terminator to lean on
    auto r = buf(from_string_size(exact.size(), base));
    Int out;
    Status st = from_string(r.data(), &out, exact.data(), exact.size(), base, us);
    if (st != Status::ok) return "INVALID";
    return hex(out);
  }
  if (op == "tod") {
    Num a = N(1);
    double x;
    if (to_double(a.view(), &x) != Status::ok) return "OVERFLOW";
    return dbl(x);
  }
  if (op == "fromd") {
    uint64_t bits = strtoull(t[1].c_str(), nullptr, 16);
    double x;
    memcpy(&x, &bits, 8);
    auto r = buf(kDoubleDigits);
    return hex(from_double(r.data(), x));
  }
  if (op == "tdiv") {
    Num a = N(1), b = N(2);
    auto sc = buf(true_div_scratch(a.d.size(), b.d.size()));
    double x;
    if (true_div(a.view(), b.view(), &x, sc.data()) != Status::ok) return "OVERFLOW";
    return dbl(x);
  }
  if (op == "tobytes") {
    Num a = N(1);
    size_t len = U(2);
    std::vector<uint8_t> out(len, 0xEE);
    if (to_bytes(out.data(), len, a.view(), U(3) != 0, U(4) != 0) != Status::ok) return "OVERFLOW";
    std::string s;
    char b[4];
    for (uint8_t x : out) {
      snprintf(b, sizeof b, "%02x", x);
      s += b;
    }
    return s.empty() ? "-" : s;
  }
  if (op == "frombytes") {
    std::vector<uint8_t> in;
    if (t[1] != "-") {
      for (size_t i = 0; i + 1 < t[1].size(); i += 2) in.push_back(static_cast<uint8_t>(strtoul(t[1].substr(i, 2).c_str(), nullptr, 16)));
    }
    auto r = buf(from_bytes_size(in.size()));
    return hex(from_bytes(r.data(), in.data(), in.size(), U(2) != 0, U(3) != 0));
  }
  if (op == "toi64") {
    Num a = N(1);
    int64_t v;
    if (to_i64(a.view(), &v) != Status::ok) return "OVERFLOW";
    return std::to_string(v);
  }
  if (op == "fits") {
    Num a = N(1);
    bool f = fits_intptr(a.view());
    if (f && static_cast<int64_t>(to_intptr(a.view())) != [&] {
          int64_t v = 0;
          (void)to_i64(a.view(), &v);
          return v;
        }())
      return "MISMATCH";
    return f ? "1" : "0";
  }
  if (op == "ptrbits") return std::to_string(sizeof(intptr_t) * 8);
  if (op == "bitlen") return std::to_string(bit_length(N(1).view()));
  if (op == "bitcount") return std::to_string(bit_count(N(1).view()));
  if (op == "hash") return std::to_string(static_cast<long long>(hash(N(1).view())));
  if (op == "divsmall") {
    Num a = N(1);
    Digit d = static_cast<Digit>(U(2));
    auto q = buf(a.d.size());
    Digit rem;
    size_t qn = mag_divmod_small(q.data(), a.d.data(), a.d.size(), d, &rem);
    if (mag_mod_small(a.d.data(), a.d.size(), d) != rem) return "MISMATCH";
    char b[16];
    snprintf(b, sizeof b, "%" PRIx32, rem);
    return hex(make_int(q.data(), qn, false)) + " " + b;
  }
  if (op == "mulsmall") {
    Num a = N(1);
    auto r = buf(a.d.size() + 1);
    size_t n = mag_mul_small(r.data(), a.d.data(), a.d.size(), static_cast<Digit>(U(2)), static_cast<Digit>(U(3)));
    return hex(make_int(r.data(), n, false));
  }
  if (op == "inplace") {
    // Prints a+b a-b (a >= b) a<<37 a>>37 b+7 a-7 computed in place.
    Num a = N(1), b = N(2);
    std::string s;
    auto x = buf(a.d.size() + b.d.size() + 3);
    std::copy(a.d.begin(), a.d.end(), x.begin());
    size_t n = mag_add(x.data(), x.data(), a.d.size(), b.d.data(), b.d.size());
    s += hex(make_int(x.data(), n, false));
    std::copy(b.d.begin(), b.d.end(), x.begin());
    n = mag_add(x.data(), a.d.data(), a.d.size(), x.data(), b.d.size());
    s += " " + hex(make_int(x.data(), n, false));
    std::copy(a.d.begin(), a.d.end(), x.begin());
    n = mag_sub(x.data(), x.data(), a.d.size(), b.d.data(), b.d.size());
    s += " " + hex(make_int(x.data(), n, false));
    std::copy(b.d.begin(), b.d.end(), x.begin());
    n = mag_sub(x.data(), a.d.data(), a.d.size(), x.data(), b.d.size());
    s += " " + hex(make_int(x.data(), n, false));
    auto y = buf(mag_shl_size(a.d.size(), 37));
    std::copy(a.d.begin(), a.d.end(), y.begin());
    n = mag_shl(y.data(), y.data(), a.d.size(), 37);
    s += " " + hex(make_int(y.data(), n, false));
    std::copy(a.d.begin(), a.d.end(), y.begin());
    n = mag_shr(y.data(), y.data(), a.d.size(), 37);
    s += " " + hex(make_int(y.data(), n, false));
    std::copy(b.d.begin(), b.d.end(), x.begin());
    n = mag_add_small(x.data(), x.data(), b.d.size(), 7);
    s += " " + hex(make_int(x.data(), n, false));
    std::copy(a.d.begin(), a.d.end(), x.begin());
    n = mag_sub_small(x.data(), x.data(), a.d.size(), 7);
    s += " " + hex(make_int(x.data(), n, false));
    return s;
  }
  return "UNKNOWN-OP " + op;
}

}  // namespace

int main() {
  std::string line;
  char chunk[1 << 16];
  std::string out;
  while (fgets(chunk, sizeof chunk, stdin)) {
    line += chunk;
    if (line.empty() || line.back() != '\n') continue;
    line.pop_back();
    auto t = split(line);
    line.clear();
    if (t.empty()) continue;
    out = run(t);
    fputs(out.c_str(), stdout);
    fputc('\n', stdout);
  }
  return 0;
}
