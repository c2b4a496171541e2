// Command-line driver for the differential test (fltfmt_fuzz.py).
//
// Reads one command per line from stdin and prints one result line each:
//   R <bits>               repr(x)
//   F <bits> <spec>        format(x, spec); spec is [z][#][.prec][type], "_" for empty
//   P <bits> <conv> <prec> <alt>   '%[#].<prec><conv>' % x   (prec -1: none)
//   D <bits> <ndigits>     round(x, ndigits) as bits, or "OVF" for OverflowError
//   S <hexbytes> [flags]   float(text) as bits, or "ERR"
//   X <mode> ...           like R/F/D/S but forcing the exact big-integer paths:
//                          "X R <bits>", "X S <hexbytes>"
// <bits> is the double's IEEE bit pattern as 16 hex digits.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "util/fltfmt.h"

using namespace minnow::fltfmt;

static double from_hex(const char* s) {
  uint64_t b = strtoull(s, nullptr, 16);
  double d;
  memcpy(&d, &b, 8);
  return d;
}

static void print_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  printf("%016" PRIx64 "\n", b);
}

static std::string unhex(const char* s) {
  std::string out;
  size_t n = strlen(s);
  for (size_t i = 0; i + 1 < n; i += 2) {
    char t[3] = {s[i], s[i + 1], 0};
    out.push_back(char(strtoul(t, nullptr, 16)));
  }
  return out;
}

static void print_text(const std::vector<char>& buf, size_t n) {
  fwrite(buf.data(), 1, n, stdout);
  fputc('\n', stdout);
}

int main() {
  static char line[1 << 16];
  std::vector<char> buf(1 << 16);
  while (fgets(line, sizeof line, stdin)) {
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
    char* save = nullptr;
    char* cmd = strtok_r(line, " ", &save);
    if (!cmd) {
      printf("\n");
      continue;
    }
    bool force = false;
    if (strcmp(cmd, "X") == 0) {
      force = true;
      cmd = strtok_r(nullptr, " ", &save);
    }
    if (strcmp(cmd, "R") == 0) {
      double x = from_hex(strtok_r(nullptr, " ", &save));
      if (force) {
        char d[detail::kMaxDigits];
        int decpt;
        if (x == 0 || x != x || x - x != 0) {
          printf("special\n");
          continue;
        }
        int n = detail::shortest_digits(x < 0 ? -x : x, d, &decpt, true);
        char ref[detail::kMaxDigits];
        int rdecpt;
        int rn = detail::shortest_digits(x < 0 ? -x : x, ref, &rdecpt, false);
        printf("%s\n",
               (n == rn && decpt == rdecpt && memcmp(d, ref, size_t(n)) == 0) ? "same" : "DIFF");
        continue;
      }
      char b[kReprBufSize];
      size_t n = repr(x, b);
      printf("%s\n", b);
      (void)n;
    } else if (strcmp(cmd, "F") == 0) {
      double x = from_hex(strtok_r(nullptr, " ", &save));
      const char* sp = strtok_r(nullptr, " ", &save);
      FormatSpec spec;
      if (strcmp(sp, "_") != 0) {
        if (*sp == 'z') spec.no_neg_zero = true, sp++;
        if (*sp == '#') spec.alternate = true, sp++;
        if (*sp == '.') {
          sp++;
          spec.precision = int(strtol(sp, const_cast<char**>(&sp), 10));
        }
        spec.type = *sp;
      }
      size_t bound = format_bound(spec);
      size_t n = format(x, spec, buf.data(), 8);  // exercise truncation
      if (n > buf.size()) buf.resize(n);
      size_t n2 = format(x, spec, buf.data(), buf.size());
      if (n2 != n || n > bound) {
        printf("LENGTH MISMATCH %zu %zu bound %zu\n", n, n2, bound);
        continue;
      }
      print_text(buf, n);
    } else if (strcmp(cmd, "P") == 0) {
      double x = from_hex(strtok_r(nullptr, " ", &save));
      char conv = *strtok_r(nullptr, " ", &save);
      int prec = atoi(strtok_r(nullptr, " ", &save));
      bool alt = atoi(strtok_r(nullptr, " ", &save)) != 0;
      size_t n = format_printf(x, conv, prec, alt, buf.data(), buf.size());
      if (n > buf.size()) {
        buf.resize(n);
        n = format_printf(x, conv, prec, alt, buf.data(), buf.size());
      }
      print_text(buf, n);
    } else if (strcmp(cmd, "D") == 0) {
      double x = from_hex(strtok_r(nullptr, " ", &save));
      int nd = atoi(strtok_r(nullptr, " ", &save));
      double r = round_ndigits(x, nd);
      if (x == x && x - x == 0 && r - r != 0)
        printf("OVF\n");
      else
        print_bits(r);
    } else if (strcmp(cmd, "S") == 0) {
      const char* h = strtok_r(nullptr, " ", &save);
      std::string s = unhex(h ? h : "");
      const char* fl = strtok_r(nullptr, " ", &save);
      unsigned flags = fl ? unsigned(atoi(fl)) : 0;
      double d;
      bool ok = force ? detail::parse_exact(s.data(), s.size(), &d)
                      : parse(s.data(), s.size(), &d, flags);
      if (ok)
        print_bits(d);
      else
        printf("ERR\n");
    } else {
      printf("?\n");
    }
  }
  return 0;
}
