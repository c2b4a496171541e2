// Unicode character classes and case mappings (see unicode.h).
//
// Full tables (cfg::unicode): sorted range sets and case-mapping runs from
// unicode_tables.h, searched by bisection. Several tables hold only the
// differences from a rule built from the others (isupper = "has a lower form
// and is not titlecase", corrected by UpperFix), and this file must apply
// them exactly as tools/gen_unicode.py assumed.
//
// Small builds: ASCII and Latin-1 rules written out below.
#include "util/unicode.h"

#include "config.h"

namespace minnow::unicode {

namespace {

// The whitespace of str.isspace()/split(), in both builds.
bool space_cp(uint32_t c) {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline size_t one(uint32_t cp, uint32_t out[3]) {
  out[0] = cp;
  return 1;
}

}  // namespace

bool is_space(uint32_t cp) { return space_cp(cp); }

#if MINNOW_UNICODE

namespace {

struct RangeSet {
  const uint16_t* bmp;  // pairs lo, hi
  size_t n_bmp;         // pairs
  const uint32_t* astral;
  size_t n_astral;
};

struct CaseRun {
  uint32_t head;  // first | (count - 1) << 21 | (stride - 1) << 31
  int32_t delta;
};

struct CaseSpecial {
  uint32_t cp;
  uint16_t out[3];  // unused tail entries are 0
};

#include "util/unicode_tables.h"

template <class T>
bool in_pairs(const T* a, size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (a[2 * mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && cp <= a[2 * (lo - 1) + 1];
}

bool in_set(const RangeSet& s, uint32_t cp) {
  return cp < 0x10000 ? in_pairs(s.bmp, s.n_bmp, cp) : in_pairs(s.astral, s.n_astral, cp);
}

// Finds the run holding cp and stores its delta; false if there is none.
template <size_t N>
bool find_run(const CaseRun (&runs)[N], uint32_t cp, int32_t* delta) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((runs[mid].head & 0x1FFFFF) <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return false;
  const CaseRun& r = runs[lo - 1];
  uint32_t first = r.head & 0x1FFFFF;
  uint32_t count = ((r.head >> 21) & 0x3FF) + 1;
  uint32_t stride = (r.head >> 31) + 1;
  uint32_t k = cp - first;
  if (k % stride || k / stride >= count) return false;
  *delta = r.delta;
  return true;
}

// cp moved by the delta of its run in runs (unchanged if none).
template <size_t N>
uint32_t apply_runs(const CaseRun (&runs)[N], uint32_t cp) {
  int32_t d = 0;
  find_run(runs, cp, &d);
  return static_cast<uint32_t>(static_cast<int32_t>(cp) + d);
}

template <size_t N>
const CaseSpecial* find_special(const CaseSpecial (&sp)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (sp[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < N && sp[lo].cp == cp ? &sp[lo] : nullptr;
}

size_t copy_special(const CaseSpecial* s, uint32_t out[3]) {
  size_t n = 0;
  while (n < 3 && s->out[n]) {
    out[n] = s->out[n];
    n++;
  }
  return n;
}

uint32_t simple_upper(uint32_t cp) { return apply_runs(kUpperRuns, cp); }
uint32_t simple_lower(uint32_t cp) { return apply_runs(kLowerRuns, cp); }

// Has a different upper (lower) form, counting multi-character ones.
bool changes_upper(uint32_t cp) { return find_special(kUpperSpecial, cp) || simple_upper(cp) != cp; }
bool changes_lower(uint32_t cp) { return find_special(kLowerSpecial, cp) || simple_lower(cp) != cp; }

}  // namespace

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_set(kNonPrintable, cp);
}
bool is_alpha(uint32_t cp) { return in_set(kAlpha, cp); }
bool is_decimal(uint32_t cp) { return in_set(kDecimal, cp); }
bool is_digit(uint32_t cp) { return in_set(kDigit, cp); }
bool is_numeric(uint32_t cp) { return in_set(kNumeric, cp); }
bool is_title(uint32_t cp) { return in_set(kTitle, cp); }
bool is_upper(uint32_t cp) { return (changes_lower(cp) && !is_title(cp)) != in_set(kUpperFix, cp); }
bool is_lower(uint32_t cp) { return (changes_upper(cp) && !is_title(cp)) != in_set(kLowerFix, cp); }
bool is_case_ignorable(uint32_t cp) { return in_set(kCaseIgnorable, cp); }
bool is_xid_start(uint32_t cp) { return (is_alpha(cp) || cp == '_') != in_set(kXidStartFix, cp); }
bool is_xid_continue(uint32_t cp) {
  return (is_xid_start(cp) || is_digit(cp) || in_set(kMark, cp)) != in_set(kXidContinueFix, cp);
}

int decimal_value(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80) return -1;
  const RangeSet& s = kDecimal;
  const uint16_t* b = s.bmp;
  // Decimal digits come in runs that start at a zero: the value is the
  // distance from the start of the run, modulo 10.
  if (cp < 0x10000) {
    for (size_t i = 0; i < s.n_bmp; i++)
      if (cp >= b[2 * i] && cp <= b[2 * i + 1]) return static_cast<int>((cp - b[2 * i]) % 10);
  } else {
    for (size_t i = 0; i < s.n_astral; i++)
      if (cp >= s.astral[2 * i] && cp <= s.astral[2 * i + 1]) return static_cast<int>((cp - s.astral[2 * i]) % 10);
  }
  return -1;
}

size_t to_upper(uint32_t cp, uint32_t out[3]) {
  if (const CaseSpecial* s = find_special(kUpperSpecial, cp)) return copy_special(s, out);
  return one(simple_upper(cp), out);
}

size_t to_lower(uint32_t cp, uint32_t out[3]) {
  if (const CaseSpecial* s = find_special(kLowerSpecial, cp)) return copy_special(s, out);
  return one(simple_lower(cp), out);
}

size_t to_title(uint32_t cp, uint32_t out[3]) {
  if (const CaseSpecial* s = find_special(kTitleSpecial, cp)) return copy_special(s, out);
  int32_t d;
  if (find_run(kTitleRuns, cp, &d)) return one(static_cast<uint32_t>(static_cast<int32_t>(cp) + d), out);
  return to_upper(cp, out);
}

size_t to_fold(uint32_t cp, uint32_t out[3]) {
  if (const CaseSpecial* s = find_special(kFoldSpecial, cp)) return copy_special(s, out);
  int32_t d;
  if (find_run(kFoldRuns, cp, &d)) return one(static_cast<uint32_t>(static_cast<int32_t>(cp) + d), out);
  return to_lower(cp, out);
}

#else  // !MINNOW_UNICODE: ASCII and Latin-1 only.

namespace {

bool latin1_upper(uint32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool latin1_lower(uint32_t c) {
  return (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

}  // namespace

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return cp > 0xA0 && cp != 0xAD;
}
bool is_alpha(uint32_t cp) { return latin1_upper(cp) || latin1_lower(cp); }
bool is_decimal(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_digit(uint32_t cp) { return is_decimal(cp) || cp == 0xB2 || cp == 0xB3 || cp == 0xB9; }
bool is_numeric(uint32_t cp) { return is_digit(cp) || cp == 0xBC || cp == 0xBD || cp == 0xBE; }
bool is_title(uint32_t) { return false; }
bool is_upper(uint32_t cp) { return latin1_upper(cp); }
bool is_lower(uint32_t cp) { return latin1_lower(cp); }
bool is_case_ignorable(uint32_t cp) {
  return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xA8 || cp == 0xAD ||
         cp == 0xAF || cp == 0xB4 || cp == 0xB7 || cp == 0xB8;
}
bool is_xid_start(uint32_t cp) { return is_alpha(cp) || cp == '_'; }
bool is_xid_continue(uint32_t cp) { return is_xid_start(cp) || is_decimal(cp) || cp == 0xB7; }
int decimal_value(uint32_t cp) { return is_decimal(cp) ? static_cast<int>(cp - '0') : -1; }

size_t to_upper(uint32_t cp, uint32_t out[3]) {
  if (cp == 0xDF) {
    out[0] = out[1] = 'S';
    return 2;
  }
  if (cp == 0xB5) return one(0x39C, out);
  if (cp == 0xFF) return one(0x178, out);
  if ((cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)) return one(cp - 32, out);
  return one(cp, out);
}

size_t to_lower(uint32_t cp, uint32_t out[3]) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return one(cp + 32, out);
  return one(cp, out);
}

size_t to_title(uint32_t cp, uint32_t out[3]) {
  if (cp == 0xDF) {
    out[0] = 'S';
    out[1] = 's';
    return 2;
  }
  return to_upper(cp, out);
}

size_t to_fold(uint32_t cp, uint32_t out[3]) {
  if (cp == 0xDF) {
    out[0] = out[1] = 's';
    return 2;
  }
  if (cp == 0xB5) return one(0x3BC, out);
  return to_lower(cp, out);
}

#endif

bool is_cased(uint32_t cp) { return is_upper(cp) || is_lower(cp) || is_title(cp); }

}  // namespace minnow::unicode
