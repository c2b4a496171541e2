// The methods str, bytes and bytearray share (see strbytes.h for what differs
// between the kinds and how each method tells them apart).
#include "obj/strbytes.h"

#include <cstring>

#include "obj/format.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "util/unicode.h"

namespace minnow {

// ---------------------------------------------------------------------------
// Results of self's kind.

Value text_new(Value self, const uint8_t* p, size_t n) {
  const Type* t = self.obj()->type;
  if (t == &str_type) {
    const Str* s = self.as<Str>();
    if (p == reinterpret_cast<const uint8_t*>(s->data()) && n == s->len) return self;
    return str_new(reinterpret_cast<const char*>(p), n);
  }
  if (t == &bytearray_type) return bytearray_from(p, n);
  const Bytes* b = self.as<Bytes>();
  if (p == b->data() && n == b->len) return self;
  return bytes_new(reinterpret_cast<const char*>(p), n);
}

uint8_t* text_alloc(Value self, size_t n, Value* out) {
  const Type* t = self.obj()->type;
  if (t == &str_type) {
    // Nothing is written into an empty result: it is the static ''.
    Str* s = n ? str_alloc(n) : const_cast<Str*>(QSTR(empty_));
    *out = str_value(s);
    return reinterpret_cast<uint8_t*>(s->mut_data());
  }
  if (t == &bytearray_type) {
    ByteArray* b = bytearray_alloc(n);
    *out = from_ptr(b);
    return b->buf.data;
  }
  Bytes* b = bytes_alloc_obj(n);
  *out = from_ptr(b);
  return b->data();
}

Value text_from_builder(Value self, StrBuilder* sb) {
  const Type* t = self.obj()->type;
  if (t == &str_type) return sb->to_str();
  if (t == &bytes_type) return sb->to_bytes();
  Value r = bytearray_from(reinterpret_cast<const uint8_t*>(sb->buf), sb->len);
  if (sb->buf) gc::free(sb->buf);
  sb->buf = nullptr;
  sb->len = sb->cap = 0;
  return r;
}

intptr text_search(const uint8_t* h, size_t start, size_t end, const uint8_t* nd, size_t m, bool last) {
  if (end < start || end - start < m) return -1;
  if (m == 0) return static_cast<intptr>(last ? end : start);
  // A haystack can be hundreds of MB: a safe point for Ctrl-C every MB.
  constexpr size_t kPollBytes = size_t(1) << 20;
  if (!last) {
    const uint8_t* p = h + start;
    const uint8_t* stop = h + end - m + 1;
    while (p < stop) {
      size_t left = static_cast<size_t>(stop - p);
      size_t span = left < kPollBytes ? left : kPollBytes;
      const uint8_t* q = static_cast<const uint8_t*>(memchr(p, nd[0], span));
      const uint8_t* lim = p + span;
      for (; q; q = static_cast<const uint8_t*>(memchr(q + 1, nd[0], static_cast<size_t>(lim - q - 1))))
        if (memcmp(q + 1, nd + 1, m - 1) == 0) return q - h;
      p = lim;
      if (p < stop) check_interrupt();
    }
    return -1;
  }
  for (size_t i = end - m + 1; i-- > start;) {
    if (h[i] == nd[0] && memcmp(h + i + 1, nd + 1, m - 1) == 0) return static_cast<intptr>(i);
    if ((i & (kPollBytes - 1)) == 0) check_interrupt();
  }
  return -1;
}

Value text_repeat(Value self, Value count) {
  intptr n = index_intptr(count);
  ByteSpan s = text_span(self);
  if (n <= 0 || s.n == 0) return text_new(self, nullptr, 0);
  if (n == 1) return text_new(self, s.p, s.n);
  if (static_cast<uintptr>(n) > (UINT32_MAX - 64) / s.n) raise_memory_error();
  size_t total = s.n * static_cast<size_t>(n);
  Value out;
  uint8_t* d = text_alloc(self, total, &out);
  memcpy(d, s.p, s.n);
  // Double the filled part until done.
  for (size_t done = s.n; done < total;) {
    size_t k = done < total - done ? done : total - done;
    memcpy(d + done, d, k);
    done += k;
  }
  return out;
}

Value text_slice(Value self, const SliceIndices& si) {
  const uint8_t* p = text_span(self).p;
  if (si.step == 1) return text_new(self, p + si.start, si.count);
  Value out;
  uint8_t* d = text_alloc(self, si.count, &out);
  intptr pos = si.start;
  for (size_t k = 0; k < si.count; k++, pos += si.step) d[k] = p[pos];
  return out;
}

namespace {

// memcpy for spans that may be empty with a null pointer (an empty bytearray).
inline void copy(uint8_t* d, const uint8_t* s, size_t n) {
  if (n) memcpy(d, s, n);
}

// ---------------------------------------------------------------------------
// Characters.

struct CharTable {
  uint8_t c[128];
};

constexpr CharTable make_char_table() {
  CharTable t{};
  for (int i = 0; i < 128; i++) {
    uint8_t f = 0;
    if ((i >= 9 && i <= 13) || i == ' ') f |= kCharByteSpace;
    if ((i >= 9 && i <= 13) || (i >= 0x1C && i <= 0x20)) f |= kCharSpace;
    if (i >= '0' && i <= '9') f |= kCharDigit;
    if (i >= 'A' && i <= 'Z') f |= kCharUpper;
    if (i >= 'a' && i <= 'z') f |= kCharLower;
    if (i >= 0x20 && i < 0x7F) f |= kCharPrint;
    t.c[i] = f;
  }
  return t;
}

constexpr CharTable kChars = make_char_table();

inline bool ascii_has(uint8_t c, uint8_t cls) { return c < 0x80 && (kChars.c[c] & cls); }
inline uint8_t ascii_lower(uint8_t c) { return ascii_has(c, kCharUpper) ? c + 32 : c; }
inline uint8_t ascii_upper(uint8_t c) { return ascii_has(c, kCharLower) ? c - 32 : c; }

// Byte length of the Unicode whitespace character of a str at p (lead byte
// 0x80 or above), or 0.
[[gnu::noinline]] size_t unicode_space_at(const uint8_t* p) {
  const char* q = reinterpret_cast<const char*>(p);
  return unicode::is_space(utf8_next(&q)) ? static_cast<size_t>(q - reinterpret_cast<const char*>(p)) : 0;
}

// Byte length of the whitespace character at p, or 0: str's whitespace when
// text, else bytes' (ASCII only).
inline size_t space_at(const uint8_t* p, bool text) {
  uint8_t c = *p;
  if (c < 0x80) return (kChars.c[c] & (text ? kCharSpace : kCharByteSpace)) != 0;
  return text ? unicode_space_at(p) : 0;
}

// Byte length of the character that ends just before p (p > start).
inline size_t char_len_before(const uint8_t* p, bool text) {
  size_t k = 1;
  if (text)
    while (utf8_is_cont(p[-static_cast<intptr>(k)])) k++;
  return k;
}

// Byte length of the whitespace character that ends just before p, or 0.
inline size_t space_before(const uint8_t* p, bool text) {
  uint8_t c = p[-1];
  if (c < 0x80) return (kChars.c[c] & (text ? kCharSpace : kCharByteSpace)) != 0;
  if (!text) return 0;
  size_t k = char_len_before(p, true);
  return unicode_space_at(p - k) ? k : 0;
}

// Byte length of the character at p: its UTF-8 sequence in a str, 1 in bytes.
inline size_t char_len(const uint8_t* p, bool text) { return text ? utf8_seq_len(*p) : 1; }

// Code points of a str, bytes of bytes.
size_t text_units(Value self) { return is_text(self) ? str_char_len(self.as<Str>()) : text_span(self).n; }

// The bytes of an argument of self's kind: a str for a str self (sets *out
// and returns true), any bytes-like object for bytes. Returns false for
// anything else.
inline bool text_arg(Value self, Value v, ByteSpan* out) {
  if (!is_text(self)) return bytes_like(v, out);
  const Str* s = as_str(v);
  if (!s) return false;
  *out = {reinterpret_cast<const uint8_t*>(s->data()), s->len};
  return true;
}

// As text_arg, but raises TypeError: str_msg (with v's type name) for a str
// self, bytes' "a bytes-like object is required" for bytes.
ByteSpan text_arg_or_raise(Value self, Value v, const char* str_msg) {
  ByteSpan s;
  if (!text_arg(self, v, &s)) {
    if (is_text(self)) raise_fmt(&exc::TypeError, str_msg, type_name(v));
    raise_fmt(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  }
  return s;
}

// ---------------------------------------------------------------------------
// Searching.

// A start/end argument of find() and friends, already converted by
// index_bound: None/null means dflt; negative values count from the end and
// are clamped at 0 (callers clamp at len); big ints are clamped.
size_t bound_arg(Value v, size_t len, size_t dflt) {
  if (v.is_null() || is_none(v)) return dflt;
  intptr i = v.is_small() ? v.small() : int_is_negative(v) ? INTPTR_MIN / 2 : INTPTR_MAX / 2;
  if (i < 0) {
    i += static_cast<intptr>(len);
    if (i < 0) i = 0;
  }
  return static_cast<size_t>(i);
}

// Converts a start/end argument to an int (or leaves None/null).
Value index_bound(Value v) {
  if (v.is_null() || is_none(v)) return v;
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  return index_value(v);
}

// The haystack and the byte range [b0, b1) of it that start and end (as
// index_bound left them, in self's units) select.
struct Range {
  ByteSpan h;
  size_t b0, b1;
  bool ok;  // false when start > end or start > len: nothing can match
};

// Converts start and end (first of all: they may run code that resizes self).
void convert_bounds(size_t n_args, const Value* args, size_t i, Value* start, Value* end) {
  *start = index_bound(n_args > i ? args[i] : Value::null());
  *end = index_bound(n_args > i + 1 ? args[i + 1] : Value::null());
}

Range range_of(Value self, Value start, Value end) {
  Range r;
  r.h = text_span(self);
  if (start.is_null() && end.is_null()) {
    r.b0 = 0;
    r.b1 = r.h.n;
    r.ok = true;
    return r;
  }
  size_t n = text_units(self);
  size_t s = bound_arg(start, n, 0);
  size_t e = bound_arg(end, n, n);
  if (e > n) e = n;
  r.ok = s <= e;
  if (r.ok && n != r.h.n) {
    const Str* str = self.as<Str>();
    s = str_byte_offset(str, s);
    e = str_byte_offset(str, e);
  }
  r.b0 = s;
  r.b1 = e;
  return r;
}

// A byte offset into self (or -1) as the caller's index.
intptr to_index(Value self, intptr b) {
  if (b > 0 && is_text(self)) b = static_cast<intptr>(str_char_index(self.as<Str>(), static_cast<size_t>(b)));
  return b;
}
Value index_result(Value self, intptr b) { return small(to_index(self, b)); }

// find, rfind, index, rindex and count: (self, sub[, start[, end]]); sub is a
// str for str, bytes-like or an int in range(256) for bytes. Returns the
// byte offset of the match, or -1; count_out (if set) gets the count instead.
intptr find_common(size_t n_args, const Value* args, bool last, intptr* count_out) {
  Value self = args[0];
  Value start, end;
  convert_bounds(n_args, args, 2, &start, &end);
  uint8_t byte;
  ByteSpan nd;
  if (is_text(self)) {
    nd = text_arg_or_raise(self, args[1], "must be str, not %s");
  } else if (has_index(args[1])) {
    byte = byte_value(args[1], "byte must be in range(0, 256)");
    nd = {&byte, 1};
  } else if (!bytes_like(args[1], &nd)) {
    raise_fmt(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(args[1]));
  }
  Range r = range_of(self, start, end);
  if (!count_out) return r.ok ? text_search(r.h.p, r.b0, r.b1, nd.p, nd.n, last) : -1;
  intptr count = 0;
  if (!r.ok) {
  } else if (nd.n == 0) {
    // One more than the characters in the range.
    count = to_index(self, static_cast<intptr>(r.b1)) - to_index(self, static_cast<intptr>(r.b0)) + 1;
  } else {
    for (size_t i = r.b0;;) {
      intptr at = text_search(r.h.p, i, r.b1, nd.p, nd.n, false);
      if (at < 0) break;
      if ((++count & 0xffff) == 0) check_interrupt();  // a long haystack can hold 10**8 matches
      i = static_cast<size_t>(at) + nd.n;
    }
  }
  *count_out = count;
  return 0;
}

Value find_m(size_t n_args, const Value* args) {
  return index_result(args[0], find_common(n_args, args, false, nullptr));
}
Value rfind_m(size_t n_args, const Value* args) {
  return index_result(args[0], find_common(n_args, args, true, nullptr));
}

Value index_common(size_t n_args, const Value* args, bool last) {
  intptr b = find_common(n_args, args, last, nullptr);
  if (b < 0) raise_value_error(is_text(args[0]) ? "substring not found" : "subsection not found");
  return index_result(args[0], b);
}
Value index_m(size_t n_args, const Value* args) { return index_common(n_args, args, false); }
Value rindex_m(size_t n_args, const Value* args) { return index_common(n_args, args, true); }

Value count_m(size_t n_args, const Value* args) {
  intptr count;
  find_common(n_args, args, false, &count);
  return small(count);
}

// startswith/endswith: (self, prefix[, start[, end]]), prefix of self's kind
// or a tuple of them.
Value tailmatch(size_t n_args, const Value* args, bool at_end) {
  Value self = args[0];
  bool text = is_text(self);
  const char* name = at_end ? "endswith" : "startswith";
  Value start, end;
  convert_bounds(n_args, args, 2, &start, &end);
  Value pre = args[1];
  const Value* opts = &pre;
  size_t n_opts = 1;
  ByteSpan p;
  if (is_tuple(pre)) {
    opts = pre.as<Tuple>()->items();
    n_opts = pre.as<Tuple>()->len;
  } else if (!text_arg(self, pre, &p)) {
    raise_fmt(&exc::TypeError,
              text ? "%s first arg must be str or a tuple of str, not %s"
                   : "%s first arg must be bytes or a tuple of bytes, not %s",
              name, type_name(pre));
  }
  Range r = range_of(self, start, end);
  for (size_t k = 0; k < n_opts; k++) {
    if (text) {
      if (!text_arg(self, opts[k], &p))
        raise_fmt(&exc::TypeError, "tuple for %s must only contain str, not %s", name, type_name(opts[k]));
    } else {
      p = bytes_like_arg(opts[k]);
    }
    if (!r.ok || r.b1 - r.b0 < p.n) continue;
    size_t at = at_end ? r.b1 - p.n : r.b0;
    if (p.n == 0 || memcmp(r.h.p + at, p.p, p.n) == 0) return true_();
  }
  return false_();
}
Value startswith_m(size_t n_args, const Value* args) { return tailmatch(n_args, args, false); }
Value endswith_m(size_t n_args, const Value* args) { return tailmatch(n_args, args, true); }

// ---------------------------------------------------------------------------
// Splitting and joining.

void reverse_list(List* l) {
  for (size_t a = 0, b = l->len; a + 1 < b; a++, b--) {
    Value t = l->items[a];
    l->items[a] = l->items[b - 1];
    l->items[b - 1] = t;
  }
}

Value split_common(size_t n_args, size_t n_kw, const Value* args, bool right) {
  static const Str* const names[] = {QSTR(sep), QSTR(maxsplit)};
  Value a[2];
  parse_args(right ? QSTR(rsplit) : QSTR(split), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  intptr maxcount = a[1].is_null() ? -1 : index_intptr(a[1]);
  Value self = args[0];
  bool text = is_text(self);
  bool by_space = a[0].is_null() || is_none(a[0]);
  ByteSpan sep{nullptr, 0};
  if (!by_space) {
    sep = text_arg_or_raise(self, a[0], "must be str or None, not %s");
    if (sep.n == 0) raise_value_error("empty separator");
  }
  List* out = list_new(0);
  ByteSpan sp = text_span(self);
  // Pieces come off the lo end (split) or the hi end (rsplit) of [lo, hi).
  const uint8_t* lo = sp.p;
  const uint8_t* hi = sp.p + sp.n;
  for (;;) {
    const uint8_t* a;  // the next piece is [a, b)
    const uint8_t* b;
    if (by_space) {
      // Runs of whitespace separate, and there are no empty pieces.
      size_t k;
      if (!right)
        while (lo < hi && (k = space_at(lo, text))) lo += k;
      else
        while (hi > lo && (k = space_before(hi, text))) hi -= k;
      if (lo == hi) break;
      a = lo;
      b = hi;
      if (maxcount == 0) {
        lo = hi;  // the rest is the last piece
      } else if (!right) {
        while (b > lo && !space_at(lo, text)) lo += char_len(lo, text);
        b = lo;
      } else {
        while (hi > a && !space_before(hi, text)) hi -= char_len_before(hi, text);
        a = hi;
      }
    } else {
      intptr at = maxcount == 0 ? -1
                                : text_search(sp.p, static_cast<size_t>(lo - sp.p), static_cast<size_t>(hi - sp.p),
                                              sep.p, sep.n, right);
      if (at < 0) {
        list_append(out, text_new(self, lo, static_cast<size_t>(hi - lo)));
        break;
      }
      const uint8_t* m = sp.p + at;
      a = right ? m + sep.n : lo;
      b = right ? hi : m;
      if (right) hi = m;
      else lo = m + sep.n;
    }
    list_append(out, text_new(self, a, static_cast<size_t>(b - a)));
    if (maxcount > 0) maxcount--;
  }
  if (right) reverse_list(out);
  return from_ptr(out);
}
Value split_m(size_t n_args, size_t n_kw, const Value* args) { return split_common(n_args, n_kw, args, false); }
Value rsplit_m(size_t n_args, size_t n_kw, const Value* args) { return split_common(n_args, n_kw, args, true); }

// Length of the line break at p (0 if none): \n \r \r\n, and for str also
// \v \f \x1c-\x1e U+0085 U+2028 U+2029.
size_t line_break_at(const uint8_t* p, const uint8_t* end, bool text) {
  uint8_t c = *p;
  if (c == '\n') return 1;
  if (c == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
  if (!text) return 0;
  switch (c) {
    case '\v': case '\f': case 0x1C: case 0x1D: case 0x1E: return 1;
    case 0xC2: return p[1] == 0x85 ? 2 : 0;
    case 0xE2: return p[1] == 0x80 && (p[2] & 0xFE) == 0xA8 ? 3 : 0;
    default: return 0;
  }
}

Value splitlines_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(keepends)};
  Value a[1];
  parse_args(QSTR(splitlines), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  bool keep = !a[0].is_null() && truthy(a[0]);
  Value self = args[0];
  bool text = is_text(self);
  List* out = list_new(0);
  ByteSpan sp = text_span(self);
  const uint8_t* end = sp.p + sp.n;
  const uint8_t* line = sp.p;
  for (const uint8_t* p = line; p < end;) {
    size_t k = line_break_at(p, end, text);
    if (!k) {
      p++;
      continue;
    }
    list_append(out, text_new(self, line, static_cast<size_t>((keep ? p + k : p) - line)));
    p += k;
    line = p;
  }
  if (line < end) list_append(out, text_new(self, line, static_cast<size_t>(end - line)));
  return from_ptr(out);
}

Value join_m(Value self, Value iterable) {
  Value seq = is_tuple(iterable) || is_list(iterable) ? iterable : list_from_iterable(iterable);
  const Value* items;
  size_t n;
  if (is_tuple(seq)) {
    items = seq.as<Tuple>()->items();
    n = seq.as<Tuple>()->len;
  } else {
    items = seq.as<List>()->items;
    n = seq.as<List>()->len;
  }
  bool text = is_text(self);
  // No Python code runs from here on, so the spans stay valid.
  ByteSpan sep = text_span(self);
  size_t total = n > 1 ? (n - 1) * sep.n : 0;
  for (size_t i = 0; i < n; i++) {
    ByteSpan s;
    if (!text_arg(self, items[i], &s))
      raise_fmt(&exc::TypeError,
                text ? "sequence item %z: expected str instance, %s found"
                     : "sequence item %z: expected a bytes-like object, %s found",
                i, type_name(items[i]));
    total += s.n;
    if (total > UINT32_MAX - 64) raise_memory_error();
  }
  // One item of self's own (immutable) type is the result itself.
  if (n == 1 && items[0].is_obj() && items[0].obj()->type == self.obj()->type && !is_bytearray(self))
    return items[0];
  Value out;
  uint8_t* d = text_alloc(self, total, &out);
  for (size_t i = 0; i < n; i++) {
    if (i) {
      copy(d, sep.p, sep.n);
      d += sep.n;
    }
    ByteSpan s;
    text_arg(self, items[i], &s);
    copy(d, s.p, s.n);
    d += s.n;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Stripping, partitioning, replacing.

// Is the character p[0, k) one of the characters of set?
inline bool in_chars(const uint8_t* p, size_t k, ByteSpan set) {
  if (k == 1) return set.n && memchr(set.p, *p, set.n) != nullptr;
  return text_search(set.p, 0, set.n, p, k, false) >= 0;
}

// Which: 1 = left, 2 = right, 3 = both.
Value strip_common(size_t n_args, const Value* args, int which) {
  Value self = args[0];
  bool text = is_text(self);
  Value cv = n_args > 1 ? args[1] : Value::null();
  bool ws = cv.is_null() || is_none(cv);
  ByteSpan set{nullptr, 0};
  if (!ws) {
    if (!text_arg(self, cv, &set)) {
      if (text) raise_fmt(&exc::TypeError, "%s arg must be None or str", which == 3 ? "strip" : which == 1 ? "lstrip" : "rstrip");
      bytes_like_arg(cv);
    }
  }
  ByteSpan s = text_span(self);
  const uint8_t* b = s.p;
  const uint8_t* e = s.p + s.n;
  if (ws) {
    size_t k;
    if (which & 1)
      while (b < e && (k = space_at(b, text))) b += k;
    if (which & 2)
      while (e > b && (k = space_before(e, text))) e -= k;
  } else {
    if (which & 1) {
      while (b < e) {
        size_t k = char_len(b, text);
        if (!in_chars(b, k, set)) break;
        b += k;
      }
    }
    if (which & 2) {
      while (e > b) {
        size_t k = char_len_before(e, text);
        if (!in_chars(e - k, k, set)) break;
        e -= k;
      }
    }
  }
  return text_new(self, b, static_cast<size_t>(e - b));
}
Value strip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 3); }
Value lstrip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 1); }
Value rstrip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 2); }

Value partition_common(Value self, Value sep_v, bool right) {
  ByteSpan sep = text_arg_or_raise(self, sep_v, "must be str, not %s");
  if (sep.n == 0) raise_value_error("empty separator");
  ByteSpan s = text_span(self);
  intptr at = text_search(s.p, 0, s.n, sep.p, sep.n, right);
  Value r[3];
  if (at < 0) {
    r[right ? 2 : 0] = text_new(self, s.p, s.n);
    r[1] = text_new(self, nullptr, 0);
    r[right ? 0 : 2] = text_new(self, nullptr, 0);
  } else {
    size_t i = static_cast<size_t>(at);
    r[0] = text_new(self, s.p, i);
    // str and bytes hand back the separator object itself, as CPython does.
    r[1] = is_bytearray(self) ? text_new(self, sep.p, sep.n) : sep_v;
    r[2] = text_new(self, s.p + i + sep.n, s.n - i - sep.n);
  }
  return tuple_new(3, r);
}
Value partition_m(Value self, Value sep) { return partition_common(self, sep, false); }
Value rpartition_m(Value self, Value sep) { return partition_common(self, sep, true); }

#if MINNOW_CPYTHON_EXTRA
Value remove_affix(Value self, Value affix, bool suffix) {
  ByteSpan p = text_arg_or_raise(self, affix,
                                 suffix ? "removesuffix() argument must be str, not %s"
                                        : "removeprefix() argument must be str, not %s");
  ByteSpan s = text_span(self);
  if (p.n && p.n <= s.n && memcmp(suffix ? s.p + s.n - p.n : s.p, p.p, p.n) == 0)
    return text_new(self, suffix ? s.p : s.p + p.n, s.n - p.n);
  return text_new(self, s.p, s.n);
}
Value removeprefix_m(Value self, Value pre) { return remove_affix(self, pre, false); }
Value removesuffix_m(Value self, Value suf) { return remove_affix(self, suf, true); }
#endif

Value replace_m(size_t n_args, const Value* args) {
  Value self = args[0];
  bool text = is_text(self);
  // Check the types in argument order, then convert the count (which may run
  // __index__ and resize self), then take the spans.
  for (size_t i = 1; i < 3; i++) {
    ByteSpan tmp;
    if (!text_arg(self, args[i], &tmp)) {
      if (text)
        raise_fmt(&exc::TypeError, "replace() argument %z must be str, not %s", i, type_name(args[i]));
      bytes_like_arg(args[i]);
    }
  }
  intptr maxcount = n_args > 3 ? index_intptr(args[3]) : -1;
  ByteSpan old, rep;
  text_arg(self, args[1], &old);
  text_arg(self, args[2], &rep);
  ByteSpan s = text_span(self);
  size_t limit = maxcount < 0 ? SIZE_MAX : static_cast<size_t>(maxcount);
  size_t k = 0;  // replacements to make
  if (old.n == 0) {
    k = text_units(self) + 1;
    if (k > limit) k = limit;
  } else {
    for (size_t i = 0; k < limit;) {
      intptr at = text_search(s.p, i, s.n, old.p, old.n, false);
      if (at < 0) break;
      k++;
      i = static_cast<size_t>(at) + old.n;
    }
  }
  if (k == 0 || (old.n == 0 && rep.n == 0)) return text_new(self, s.p, s.n);
  if (rep.n > old.n && (rep.n - old.n) > (SIZE_MAX / 2 - s.n) / k)
    raise_overflow_error(text ? "replace string is too long" : "replace bytes is too long");
  size_t total = s.n + k * rep.n - k * old.n;
  Value out;
  uint8_t* d = text_alloc(self, total, &out);
  size_t i = 0;
  for (size_t done = 0; done < k; done++) {
    size_t at = old.n == 0 ? i : static_cast<size_t>(text_search(s.p, i, s.n, old.p, old.n, false));
    copy(d, s.p + i, at - i);
    d += at - i;
    copy(d, rep.p, rep.n);
    d += rep.n;
    i = at + old.n;
    if (old.n == 0 && at < s.n) {
      // Copy the character the next insertion goes after.
      size_t cl = char_len(s.p + at, text);
      memcpy(d, s.p + at, cl);
      d += cl;
      i = at + cl;
    }
  }
  copy(d, s.p + i, s.n - i);
  return out;
}

// ---------------------------------------------------------------------------
// Padding.

// center/ljust/rjust: (self, width[, fillchar]). align: '^', '<' or '>'.
Value pad_common(size_t n_args, const Value* args, char align, const char* name) {
  Value self = args[0];
  bool text = is_text(self);
  intptr width = index_intptr(args[1]);
  uint8_t fill[4] = {' '};
  size_t fl = 1;
  if (n_args > 2) {
    Value f = args[2];
    ByteSpan fs;
    if (text) {
      if (!text_arg(self, f, &fs))
        raise_fmt(&exc::TypeError, "The fill character must be a unicode character, not %s", type_name(f));
      if (fs.n == 0 || fs.n > 4 || utf8_seq_len(fs.p[0]) != fs.n)
        raise_type_error("The fill character must be exactly one character long");
    } else if (!(isinstance(f, &bytes_type) || isinstance(f, &bytearray_type)) || !bytes_like(f, &fs) || fs.n != 1) {
      raise_fmt(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(f));
    }
    fl = fs.n;
    memcpy(fill, fs.p, fl);
  }
  ByteSpan s = text_span(self);
  intptr units = static_cast<intptr>(text_units(self));
  if (width <= units) return text_new(self, s.p, s.n);
  if (width > static_cast<intptr>(UINT32_MAX / 4)) raise_memory_error();
  size_t w = static_cast<size_t>(width);
  size_t marg = w - static_cast<size_t>(units);
  size_t left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & w & 1);
  Value out;
  uint8_t* d = text_alloc(self, s.n + marg * fl, &out);
  for (size_t i = 0; i < marg; i++) {
    if (i == left) {
      copy(d, s.p, s.n);
      d += s.n;
    }
    memcpy(d, fill, fl);
    d += fl;
  }
  if (left == marg) copy(d, s.p, s.n);
  return out;
}
Value center_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '^', "center"); }
#if MINNOW_CPYTHON_EXTRA
Value ljust_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '<', "ljust"); }
Value rjust_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '>', "rjust"); }
#endif

#if MINNOW_CPYTHON_EXTRA
Value zfill_m(Value self, Value width_v) {
  intptr width = index_intptr(width_v);
  ByteSpan s = text_span(self);
  intptr units = static_cast<intptr>(text_units(self));
  if (width <= units) return text_new(self, s.p, s.n);
  if (width > static_cast<intptr>(UINT32_MAX / 2)) raise_memory_error();
  size_t zeros = static_cast<size_t>(width - units);
  Value out;
  uint8_t* d = text_alloc(self, s.n + zeros, &out);
  size_t sign = s.n && (s.p[0] == '+' || s.p[0] == '-') ? 1 : 0;
  copy(d, s.p, sign);
  memset(d + sign, '0', zeros);
  copy(d + sign + zeros, s.p + sign, s.n - sign);
  return out;
}

Value expandtabs_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(tabsize)};
  Value a[1];
  parse_args(QSTR(expandtabs), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  intptr tab = a[0].is_null() ? 8 : index_intptr(a[0]);
  Value self = args[0];
  bool text = is_text(self);
  ByteSpan s = text_span(self);
  if (!s.n || !memchr(s.p, '\t', s.n)) return text_new(self, s.p, s.n);
  StrBuilder sb;
  size_t col = 0;
  for (const uint8_t* p = s.p, *end = p + s.n; p < end;) {
    uint8_t c = *p;
    if (c == '\t') {
      if (tab > 0) {
        size_t k = static_cast<size_t>(tab) - col % static_cast<size_t>(tab);
        for (size_t i = 0; i < k; i++) sb.add_char(' ');
        col += k;
      }
      p++;
      continue;
    }
    size_t k = char_len(p, text);
    sb.add(reinterpret_cast<const char*>(p), k);
    p += k;
    col = c == '\n' || c == '\r' ? 0 : col + 1;
  }
  return text_from_builder(self, &sb);
}
#endif

// ---------------------------------------------------------------------------
// Case mapping and classification. Bytes and ASCII strs take the same loops;
// other strs go to str's Unicode code.

}  // namespace

Value text_map_case(Value self, CaseMap how) {
  ByteSpan s = text_span(self);
  if (is_text(self) && !str_is_ascii(self.as<Str>())) return str_map_case_unicode(self.as<Str>(), how);
  if (s.n == 0) return text_new(self, s.p, 0);
  Value out;
  uint8_t* d = text_alloc(self, s.n, &out);
  bool prev_cased = false;
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    switch (how) {
      case CaseMap::Lower: case CaseMap::Fold: c = ascii_lower(c); break;
      case CaseMap::Upper: c = ascii_upper(c); break;
      case CaseMap::Swap: c = ascii_has(c, kCharUpper) ? ascii_lower(c) : ascii_upper(c); break;
      case CaseMap::Capitalize: c = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
      case CaseMap::Title: {
        bool cased = ascii_has(c, kCharUpper | kCharLower);
        if (cased) c = prev_cased ? ascii_lower(c) : ascii_upper(c);
        prev_cased = cased;
        break;
      }
    }
    d[i] = c;
  }
  return out;
}
namespace {

Value lower_m(Value self) { return text_map_case(self, CaseMap::Lower); }
Value upper_m(Value self) { return text_map_case(self, CaseMap::Upper); }
#if MINNOW_CPYTHON_EXTRA
Value swapcase_m(Value self) { return text_map_case(self, CaseMap::Swap); }
Value capitalize_m(Value self) { return text_map_case(self, CaseMap::Capitalize); }
Value title_m(Value self) { return text_map_case(self, CaseMap::Title); }

bool is_alnum_cp(uint32_t c) {
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}
#endif

Value isspace_m(Value self) {
  return text_all_chars(self, is_text(self) ? kCharSpace : kCharByteSpace, unicode::is_space);
}
Value isalpha_m(Value self) { return text_all_chars(self, kCharUpper | kCharLower, unicode::is_alpha); }
#if MINNOW_CPYTHON_EXTRA
Value isalnum_m(Value self) { return text_all_chars(self, kCharUpper | kCharLower | kCharDigit, is_alnum_cp); }
#endif
Value isdigit_m(Value self) { return text_all_chars(self, kCharDigit, unicode::is_digit); }
#if MINNOW_CPYTHON_EXTRA
Value isascii_m(Value self) {
  ByteSpan s = text_span(self);
  return bool_(ascii_only(reinterpret_cast<const char*>(s.p), s.n));
}
#endif

// The code point at *p (moving past it): a str's UTF-8 character, or one
// byte of bytes (bytes from 0x80 up are caseless and in no class).
inline uint32_t next_char(const uint8_t** p, bool text) {
  uint8_t c = **p;
  if (c < 0x80 || !text) {
    (*p)++;
    return c < 0x80 ? c : 0x80;  // U+0080 is a control character: no class
  }
  const char* q = reinterpret_cast<const char*>(*p);
  uint32_t cp = utf8_next(&q);
  *p = reinterpret_cast<const uint8_t*>(q);
  return cp;
}

inline bool cp_upper(uint32_t c) { return c < 0x80 ? ascii_has(static_cast<uint8_t>(c), kCharUpper) : unicode::is_upper(c); }
inline bool cp_lower(uint32_t c) { return c < 0x80 ? ascii_has(static_cast<uint8_t>(c), kCharLower) : unicode::is_lower(c); }
inline bool cp_title(uint32_t c) { return c >= 0x80 && unicode::is_title(c); }

// isupper (want 'U'), islower ('L') and istitle ('T'): some cased
// character, and for isupper/islower none of the other case nor titlecase;
// for istitle, upper and titlecase characters only after uncased ones and
// lowercase ones only after cased ones.
Value case_test(Value self, char want) {
  bool text = is_text(self);
  ByteSpan s = text_span(self);
  bool cased = false, prev_cased = false;
  for (const uint8_t* p = s.p, *end = p + s.n; p < end;) {
    uint32_t c = next_char(&p, text);
    bool up = cp_upper(c), lo = cp_lower(c), ti = cp_title(c);
    if (want == 'T') {
      if (up || ti) {
        if (prev_cased) return false_();
        prev_cased = cased = true;
      } else if (lo) {
        if (!prev_cased) return false_();
        prev_cased = cased = true;
      } else {
        prev_cased = false;
      }
    } else {
      if ((want == 'U' ? lo : up) || ti) return false_();
      if (want == 'U' ? up : lo) cased = true;
    }
  }
  return bool_(cased);
}
Value isupper_m(Value self) { return case_test(self, 'U'); }
Value islower_m(Value self) { return case_test(self, 'L'); }
#if MINNOW_CPYTHON_EXTRA
Value istitle_m(Value self) { return case_test(self, 'T'); }
#endif

// ---------------------------------------------------------------------------
// Special methods, for explicit calls ("abc".__len__()); operators go
// through the slots.

Value len_m(Value self) { return small(static_cast<intptr>(text_units(self))); }
Value contains_m(Value self, Value x) { return self.obj()->type->slots->binary_op(BinOp::Contains, self, x); }
Value getitem_m(Value self, Value index) { return subscr(self, index); }
Value iter_m(Value self) { return getiter(self); }

}  // namespace

Value text_all_chars(Value self, uint8_t cls, bool (*pred)(uint32_t), bool empty_result) {
  bool text = is_text(self);
  ByteSpan s = text_span(self);
  if (s.n == 0) return bool_(empty_result);
  for (const uint8_t* p = s.p, *end = p + s.n; p < end;) {
    uint8_t c = *p;
    if (c < 0x80) {
      if (!(kChars.c[c] & cls)) return false_();
      p++;
    } else if (!text || !pred(next_char(&p, true))) {
      return false_();
    }
  }
  return true_();
}

// ---------------------------------------------------------------------------
// The method objects.

#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_capitalize_fn = make_fn1(QSTR(capitalize), capitalize_m);
#endif
constinit const BuiltinFn strbytes_center_fn = make_fn_var(QSTR(center), 2, 3, center_m);
constinit const BuiltinFn strbytes_count_fn = make_fn_var(QSTR(count), 2, 4, count_m);
constinit const BuiltinFn strbytes_endswith_fn = make_fn_var(QSTR(endswith), 2, 4, endswith_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_expandtabs_fn = make_fn_kw(QSTR(expandtabs), expandtabs_m);
#endif
constinit const BuiltinFn strbytes_find_fn = make_fn_var(QSTR(find), 2, 4, find_m);
constinit const BuiltinFn strbytes_index_fn = make_fn_var(QSTR(index), 2, 4, index_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_isalnum_fn = make_fn1(QSTR(isalnum), isalnum_m);
#endif
constinit const BuiltinFn strbytes_isalpha_fn = make_fn1(QSTR(isalpha), isalpha_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_isascii_fn = make_fn1(QSTR(isascii), isascii_m);
#endif
constinit const BuiltinFn strbytes_isdigit_fn = make_fn1(QSTR(isdigit), isdigit_m);
constinit const BuiltinFn strbytes_islower_fn = make_fn1(QSTR(islower), islower_m);
constinit const BuiltinFn strbytes_isspace_fn = make_fn1(QSTR(isspace), isspace_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_istitle_fn = make_fn1(QSTR(istitle), istitle_m);
#endif
constinit const BuiltinFn strbytes_isupper_fn = make_fn1(QSTR(isupper), isupper_m);
constinit const BuiltinFn strbytes_join_fn = make_fn2(QSTR(join), join_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_ljust_fn = make_fn_var(QSTR(ljust), 2, 3, ljust_m);
#endif
constinit const BuiltinFn strbytes_lower_fn = make_fn1(QSTR(lower), lower_m);
constinit const BuiltinFn strbytes_lstrip_fn = make_fn_var(QSTR(lstrip), 1, 2, lstrip_m);
constinit const BuiltinFn strbytes_partition_fn = make_fn2(QSTR(partition), partition_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_removeprefix_fn = make_fn2(QSTR(removeprefix), removeprefix_m);
constinit const BuiltinFn strbytes_removesuffix_fn = make_fn2(QSTR(removesuffix), removesuffix_m);
#endif
constinit const BuiltinFn strbytes_replace_fn = make_fn_var(QSTR(replace), 3, 4, replace_m);
constinit const BuiltinFn strbytes_rfind_fn = make_fn_var(QSTR(rfind), 2, 4, rfind_m);
constinit const BuiltinFn strbytes_rindex_fn = make_fn_var(QSTR(rindex), 2, 4, rindex_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_rjust_fn = make_fn_var(QSTR(rjust), 2, 3, rjust_m);
#endif
constinit const BuiltinFn strbytes_rpartition_fn = make_fn2(QSTR(rpartition), rpartition_m);
constinit const BuiltinFn strbytes_rsplit_fn = make_fn_kw(QSTR(rsplit), rsplit_m);
constinit const BuiltinFn strbytes_rstrip_fn = make_fn_var(QSTR(rstrip), 1, 2, rstrip_m);
constinit const BuiltinFn strbytes_split_fn = make_fn_kw(QSTR(split), split_m);
constinit const BuiltinFn strbytes_splitlines_fn = make_fn_kw(QSTR(splitlines), splitlines_m);
constinit const BuiltinFn strbytes_startswith_fn = make_fn_var(QSTR(startswith), 2, 4, startswith_m);
constinit const BuiltinFn strbytes_strip_fn = make_fn_var(QSTR(strip), 1, 2, strip_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_swapcase_fn = make_fn1(QSTR(swapcase), swapcase_m);
constinit const BuiltinFn strbytes_title_fn = make_fn1(QSTR(title), title_m);
#endif
constinit const BuiltinFn strbytes_upper_fn = make_fn1(QSTR(upper), upper_m);
#if MINNOW_CPYTHON_EXTRA
constinit const BuiltinFn strbytes_zfill_fn = make_fn2(QSTR(zfill), zfill_m);
#endif
constinit const BuiltinFn strbytes_getitem_fn = make_fn2(QSTR(__getitem__), getitem_m);
constinit const BuiltinFn strbytes_len_fn = make_fn1(QSTR(__len__), len_m);
constinit const BuiltinFn strbytes_iter_fn = make_fn1(QSTR(__iter__), iter_m);
constinit const BuiltinFn strbytes_contains_fn = make_fn2(QSTR(__contains__), contains_m);

}  // namespace minnow
