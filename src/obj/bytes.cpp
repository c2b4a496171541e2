// bytes: the immutable byte string, and the read-only methods it shares
// with bytearray (both tables list the same BuiltinFns; see bytes.h).
//
// Every shared method takes self as the native Bytes or ByteArray, converts
// all its arguments first (which may run Python code, e.g. __index__), and
// only then takes spans of the data, so no span outlives a call out.
#include "obj/bytes.h"

#include <cstring>

#include "gc/heap.h"
#include "obj/format.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"

namespace minnow {

extern const Type bytes_iterator_type;

namespace {

struct EmptyBytes {
  Bytes hdr;
  uint8_t nul[sizeof(size_t)];
};
// The one empty bytes: shared by every b'' (its hash is precomputed, so
// nothing ever writes to it).
constinit const EmptyBytes empty_bytes = {{&bytes_type, hash_bytes("", 0), 0}, {}};

inline Value empty_bytes_value() { return from_ptr(&empty_bytes.hdr); }

inline void copy_bytes(uint8_t* dst, const uint8_t* src, size_t n) {
  if (n) memcpy(dst, src, n);
}

inline bool is_space(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
inline bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }
inline uint8_t to_lower(uint8_t c) { return is_upper(c) ? c + 32 : c; }
inline uint8_t to_upper(uint8_t c) { return is_lower(c) ? c - 32 : c; }

// Room for a result of n bytes of the same kind as self; *out gets it.
uint8_t* alloc_like(Value self, size_t n, Value* out) {
  if (self.obj()->type == &bytearray_type) {
    ByteArray* b = bytearray_alloc(n);
    *out = from_ptr(b);
    return b->buf.data;
  }
  Bytes* b = bytes_alloc_obj(n);
  *out = from_ptr(b);
  return b->data();
}

// The contents of a StrBuilder as a result like self (the builder is emptied).
Value builder_result(Value self, StrBuilder* sb) {
  if (self.obj()->type != &bytearray_type) return sb->to_bytes();
  Value r = bytearray_from(reinterpret_cast<const uint8_t*>(sb->buf), sb->len);
  if (sb->buf) gc::free(sb->buf);
  sb->buf = nullptr;
  sb->len = sb->cap = 0;
  return r;
}

// A start/end argument of find() and friends: None means dflt; negative
// values count from the end and are clamped at 0 (callers clamp at len).
size_t bound_arg(Value v, size_t len, size_t dflt) {
  if (v.is_null() || is_none(v)) return dflt;
  if (!has_index(v)) raise_type_error("slice indices must be integers or None or have an __index__ method");
  Value iv = index_value(v);
  intptr i = iv.is_small() ? iv.small() : int_is_negative(iv) ? INTPTR_MIN / 2 : INTPTR_MAX / 2;
  if (i < 0) {
    i += static_cast<intptr>(len);
    if (i < 0) i = 0;
  }
  return static_cast<size_t>(i);
}

// First (or, if last, the last) position of needle in h[start, end), or -1.
intptr search(const uint8_t* h, size_t start, size_t end, const uint8_t* nd, size_t m, bool last) {
  if (end < start || end - start < m) return -1;
  if (m == 0) return static_cast<intptr>(last ? end : start);
  if (!last) {
    const uint8_t* p = h + start;
    const uint8_t* stop = h + end - m + 1;
    while (p < stop) {
      p = static_cast<const uint8_t*>(memchr(p, nd[0], static_cast<size_t>(stop - p)));
      if (!p) return -1;
      if (memcmp(p, nd, m) == 0) return p - h;
      p++;
    }
    return -1;
  }
  for (size_t i = end - m + 1; i-- > start;)
    if (h[i] == nd[0] && memcmp(h + i, nd, m) == 0) return static_cast<intptr>(i);
  return -1;
}

// The needle of find()/count()/index(): bytes-like or an int in range(256)
// (stored in *byte, with the span pointing at it).
ByteSpan needle_arg(Value v, uint8_t* byte) {
  if (has_index(v)) {
    *byte = byte_value(v, "byte must be in range(0, 256)");
    return {byte, 1};
  }
  ByteSpan s;
  if (!bytes_like(v, &s))
    raise_fmt(&exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
  return s;
}

// The arguments of find, rfind, index, rindex and count: (self, sub[, start[, end]]).
struct FindArgs {
  ByteSpan h, nd;
  size_t start, end;
  uint8_t byte;
};

void find_args(size_t n_args, const Value* args, FindArgs* fa) {
  // Convert the bounds first: __index__ may run code that resizes self.
  Value start = n_args > 2 ? args[2] : Value::null();
  Value end = n_args > 3 ? args[3] : Value::null();
  if (!start.is_null() && !is_none(start) && has_index(start)) start = index_value(start);
  if (!end.is_null() && !is_none(end) && has_index(end)) end = index_value(end);
  fa->nd = needle_arg(args[1], &fa->byte);
  fa->h = bytes_span(args[0]);
  size_t n = fa->h.n;
  fa->start = bound_arg(start, n, 0);
  size_t e = bound_arg(end, n, n);
  fa->end = e > n ? n : e;
}

intptr find_common(size_t n_args, const Value* args, bool last) {
  FindArgs fa;
  find_args(n_args, args, &fa);
  return search(fa.h.p, fa.start, fa.end, fa.nd.p, fa.nd.n, last);
}

Value find_m(size_t n_args, const Value* args) { return small(find_common(n_args, args, false)); }
Value rfind_m(size_t n_args, const Value* args) { return small(find_common(n_args, args, true)); }
Value index_m(size_t n_args, const Value* args) {
  intptr i = find_common(n_args, args, false);
  if (i < 0) raise_value_error("subsection not found");
  return small(i);
}
Value rindex_m(size_t n_args, const Value* args) {
  intptr i = find_common(n_args, args, true);
  if (i < 0) raise_value_error("subsection not found");
  return small(i);
}

Value count_m(size_t n_args, const Value* args) {
  FindArgs fa;
  find_args(n_args, args, &fa);
  if (fa.nd.n == 0) return small(fa.end >= fa.start ? static_cast<intptr>(fa.end - fa.start + 1) : 0);
  intptr count = 0;
  size_t i = fa.start;
  for (;;) {
    intptr at = search(fa.h.p, i, fa.end, fa.nd.p, fa.nd.n, false);
    if (at < 0) break;
    if ((++count & 0xffff) == 0) check_interrupt();  // a long haystack can hold 10**8 matches
    i = static_cast<size_t>(at) + fa.nd.n;
  }
  return small(count);
}

// startswith/endswith: (self, prefix[, start[, end]]), prefix bytes-like or
// a tuple of them.
Value tailmatch(size_t n_args, const Value* args, bool at_end) {
  Value start = n_args > 2 ? args[2] : Value::null();
  Value end = n_args > 3 ? args[3] : Value::null();
  if (!start.is_null() && !is_none(start) && has_index(start)) start = index_value(start);
  if (!end.is_null() && !is_none(end) && has_index(end)) end = index_value(end);
  Value pre = args[1];
  const Value* opts = &pre;
  size_t n_opts = 1;
  if (is_tuple(pre)) {
    opts = pre.as<Tuple>()->items();
    n_opts = pre.as<Tuple>()->len;
  } else {
    ByteSpan tmp;
    if (!bytes_like(pre, &tmp))
      raise_fmt(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                at_end ? "endswith" : "startswith", type_name(pre));
  }
  ByteSpan h = bytes_span(args[0]);
  size_t s = bound_arg(start, h.n, 0);
  size_t e = bound_arg(end, h.n, h.n);
  if (e > h.n) e = h.n;
  for (size_t k = 0; k < n_opts; k++) {
    ByteSpan p = bytes_like_arg(opts[k]);
    if (s > h.n || e < s || e - s < p.n) continue;
    size_t at = at_end ? e - p.n : s;
    if (p.n == 0 || memcmp(h.p + at, p.p, p.n) == 0) return true_();
  }
  return false_();
}
Value startswith_m(size_t n_args, const Value* args) { return tailmatch(n_args, args, false); }
Value endswith_m(size_t n_args, const Value* args) { return tailmatch(n_args, args, true); }

// ---------------------------------------------------------------------------
// Splitting and joining.

// Appends self's kind of copy of p[i, j) to l.
inline void add_piece(List* l, Value self, const uint8_t* p, size_t i, size_t j) {
  list_append(l, bytes_like_new(self, p + i, j - i));
}

void reverse_list(List* l) {
  if (l->len < 2) return;
  for (size_t a = 0, b = l->len - 1; a < b; a++, b--) {
    Value t = l->items[a];
    l->items[a] = l->items[b];
    l->items[b] = t;
  }
}

Value split_common(size_t n_args, size_t n_kw, const Value* args, bool right) {
  static const Str* const names[] = {QSTR(sep), QSTR(maxsplit)};
  Value a[2];
  parse_args(right ? QSTR(rsplit) : QSTR(split), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  intptr maxcount = a[1].is_null() ? -1 : index_intptr(a[1]);
  Value self = args[0];
  bool by_space = a[0].is_null() || is_none(a[0]);
  ByteSpan sep{nullptr, 0};
  if (!by_space) {
    sep = bytes_like_arg(a[0]);
    if (sep.n == 0) raise_value_error("empty separator");
  }
  List* out = list_new(0);
  ByteSpan sp = bytes_span(self);
  const uint8_t* s = sp.p;
  size_t n = sp.n;
  if (by_space && !right) {
    size_t i = 0;
    for (;;) {
      while (i < n && is_space(s[i])) i++;
      if (i == n) break;
      if (maxcount == 0) {
        add_piece(out, self, s, i, n);
        break;
      }
      size_t j = i;
      while (j < n && !is_space(s[j])) j++;
      add_piece(out, self, s, i, j);
      if (maxcount > 0) maxcount--;
      i = j;
    }
  } else if (by_space) {
    size_t j = n;
    for (;;) {
      while (j > 0 && is_space(s[j - 1])) j--;
      if (j == 0) break;
      if (maxcount == 0) {
        add_piece(out, self, s, 0, j);
        break;
      }
      size_t i = j;
      while (i > 0 && !is_space(s[i - 1])) i--;
      add_piece(out, self, s, i, j);
      if (maxcount > 0) maxcount--;
      j = i;
    }
    reverse_list(out);
  } else if (!right) {
    size_t i = 0;
    while (maxcount != 0) {
      intptr at = search(s, i, n, sep.p, sep.n, false);
      if (at < 0) break;
      add_piece(out, self, s, i, static_cast<size_t>(at));
      i = static_cast<size_t>(at) + sep.n;
      if (maxcount > 0) maxcount--;
    }
    add_piece(out, self, s, i, n);
  } else {
    size_t j = n;
    while (maxcount != 0) {
      intptr at = search(s, 0, j, sep.p, sep.n, true);
      if (at < 0) break;
      add_piece(out, self, s, static_cast<size_t>(at) + sep.n, j);
      j = static_cast<size_t>(at);
      if (maxcount > 0) maxcount--;
    }
    add_piece(out, self, s, 0, j);
    reverse_list(out);
  }
  return from_ptr(out);
}
Value split_m(size_t n_args, size_t n_kw, const Value* args) { return split_common(n_args, n_kw, args, false); }
Value rsplit_m(size_t n_args, size_t n_kw, const Value* args) { return split_common(n_args, n_kw, args, true); }

Value splitlines_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(keepends)};
  Value a[1];
  parse_args(QSTR(splitlines), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  bool keep = !a[0].is_null() && truthy(a[0]);
  Value self = args[0];
  List* out = list_new(0);
  ByteSpan sp = bytes_span(self);
  size_t i = 0;
  while (i < sp.n) {
    size_t j = i;
    while (j < sp.n && sp.p[j] != '\n' && sp.p[j] != '\r') j++;
    size_t eol = j;
    if (j < sp.n) j += (sp.p[j] == '\r' && j + 1 < sp.n && sp.p[j + 1] == '\n') ? 2 : 1;
    add_piece(out, self, sp.p, i, keep ? j : eol);
    i = j;
  }
  return from_ptr(out);
}

Value partition_common(Value self, Value sep_v, bool right) {
  ByteSpan sep = bytes_like_arg(sep_v);
  if (sep.n == 0) raise_value_error("empty separator");
  ByteSpan s = bytes_span(self);
  intptr at = search(s.p, 0, s.n, sep.p, sep.n, right);
  Value r[3];
  if (at < 0) {
    Value whole = bytes_like_new(self, s.p, s.n);
    r[right ? 2 : 0] = whole;
    r[1] = bytes_like_new(self, nullptr, 0);
    r[right ? 0 : 2] = bytes_like_new(self, nullptr, 0);
  } else {
    size_t i = static_cast<size_t>(at);
    r[0] = bytes_like_new(self, s.p, i);
    // bytes hands back the separator object itself, as CPython does.
    r[1] = is_bytes(self) ? sep_v : bytes_like_new(self, sep.p, sep.n);
    r[2] = bytes_like_new(self, s.p + i + sep.n, s.n - i - sep.n);
  }
  return tuple_new(3, r);
}
Value partition_m(Value self, Value sep) { return partition_common(self, sep, false); }
Value rpartition_m(Value self, Value sep) { return partition_common(self, sep, true); }

Value join_m(Value self, Value iterable) {
  Value items = is_tuple(iterable) || is_list(iterable) ? iterable : list_from_iterable(iterable);
  const Value* it;
  size_t count;
  if (is_tuple(items)) {
    it = items.as<Tuple>()->items();
    count = items.as<Tuple>()->len;
  } else {
    it = items.as<List>()->items;
    count = items.as<List>()->len;
  }
  // No Python code runs from here on, so the spans stay valid.
  size_t sep_n = bytes_span(self).n;
  size_t total = count > 1 ? (count - 1) * sep_n : 0;
  for (size_t i = 0; i < count; i++) {
    ByteSpan s;
    if (!bytes_like(it[i], &s))
      raise_fmt(&exc::TypeError, "sequence item %z: expected a bytes-like object, %s found", i, type_name(it[i]));
    total += s.n;
  }
  if (count == 1 && is_bytes(self) && is_bytes(it[0])) return it[0];
  Value out;
  uint8_t* d = alloc_like(self, total, &out);
  ByteSpan sep = bytes_span(self);
  for (size_t i = 0; i < count; i++) {
    if (i) {
      copy_bytes(d, sep.p, sep.n);
      d += sep.n;
    }
    ByteSpan s;
    bytes_like(it[i], &s);
    copy_bytes(d, s.p, s.n);
    d += s.n;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Stripping, padding and replacing.

// Which: 1 = left, 2 = right, 3 = both.
Value strip_common(size_t n_args, const Value* args, int which) {
  Value self = args[0];
  Value chars_v = n_args > 1 ? args[1] : Value::null();
  bool ws = chars_v.is_null() || is_none(chars_v);
  ByteSpan chars{nullptr, 0};
  if (!ws) chars = bytes_like_arg(chars_v);
  ByteSpan s = bytes_span(self);
  auto strip_it = [&](uint8_t c) {
    return ws ? is_space(c) : chars.n != 0 && memchr(chars.p, c, chars.n) != nullptr;
  };
  size_t i = 0, j = s.n;
  if (which & 1)
    while (i < j && strip_it(s.p[i])) i++;
  if (which & 2)
    while (j > i && strip_it(s.p[j - 1])) j--;
  return bytes_like_new(self, s.p + i, j - i);
}
Value strip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 3); }
Value lstrip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 1); }
Value rstrip_m(size_t n_args, const Value* args) { return strip_common(n_args, args, 2); }

Value removeprefix_m(Value self, Value pre) {
  ByteSpan p = bytes_like_arg(pre);
  ByteSpan s = bytes_span(self);
  if (p.n <= s.n && (p.n == 0 || memcmp(s.p, p.p, p.n) == 0)) return bytes_like_new(self, s.p + p.n, s.n - p.n);
  return bytes_like_new(self, s.p, s.n);
}

Value removesuffix_m(Value self, Value suf) {
  ByteSpan p = bytes_like_arg(suf);
  ByteSpan s = bytes_span(self);
  if (p.n != 0 && p.n <= s.n && memcmp(s.p + s.n - p.n, p.p, p.n) == 0) return bytes_like_new(self, s.p, s.n - p.n);
  return bytes_like_new(self, s.p, s.n);
}

// center/ljust/rjust: (self, width[, fillbyte]). align: '^', '<' or '>'.
Value pad_common(size_t n_args, const Value* args, char align, const char* name) {
  intptr width = index_intptr(args[1]);
  uint8_t fill = ' ';
  if (n_args > 2) {
    Value f = args[2];
    ByteSpan fs;
    if (!(isinstance(f, &bytes_type) || isinstance(f, &bytearray_type)) || !bytes_like(f, &fs) || fs.n != 1)
      raise_fmt(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(f));
    fill = fs.p[0];
  }
  Value self = args[0];
  ByteSpan s = bytes_span(self);
  if (width <= 0 || static_cast<size_t>(width) <= s.n) return bytes_like_new(self, s.p, s.n);
  size_t w = static_cast<size_t>(width);
  size_t marg = w - s.n;
  size_t left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & w & 1);
  Value out;
  uint8_t* d = alloc_like(self, w, &out);
  s = bytes_span(self);
  memset(d, fill, w);
  copy_bytes(d + left, s.p, s.n);
  return out;
}
Value center_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '^', "center"); }
Value ljust_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '<', "ljust"); }
Value rjust_m(size_t n_args, const Value* args) { return pad_common(n_args, args, '>', "rjust"); }

Value zfill_m(Value self, Value width_v) {
  intptr width = index_intptr(width_v);
  ByteSpan s = bytes_span(self);
  if (width <= 0 || static_cast<size_t>(width) <= s.n) return bytes_like_new(self, s.p, s.n);
  size_t w = static_cast<size_t>(width);
  size_t fill = w - s.n;
  Value out;
  uint8_t* d = alloc_like(self, w, &out);
  s = bytes_span(self);
  memset(d, '0', fill);
  copy_bytes(d + fill, s.p, s.n);
  if (s.n && (s.p[0] == '+' || s.p[0] == '-')) {
    d[0] = s.p[0];
    d[fill] = '0';
  }
  return out;
}

Value replace_m(size_t n_args, const Value* args) {
  intptr maxcount = n_args > 3 ? index_intptr(args[3]) : -1;
  Value self = args[0];
  ByteSpan old = bytes_like_arg(args[1]);
  ByteSpan rep = bytes_like_arg(args[2]);
  ByteSpan s = bytes_span(self);
  size_t k = 0;  // replacements to make
  if (old.n == 0) {
    k = s.n + 1;
  } else {
    for (size_t i = 0;;) {
      intptr at = search(s.p, i, s.n, old.p, old.n, false);
      if (at < 0) break;
      k++;
      i = static_cast<size_t>(at) + old.n;
    }
  }
  if (maxcount >= 0 && static_cast<size_t>(maxcount) < k) k = static_cast<size_t>(maxcount);
  if (k == 0) return bytes_like_new(self, s.p, s.n);
  if (rep.n > old.n && (rep.n - old.n) > (SIZE_MAX / 2 - s.n) / k) raise_overflow_error("replace bytes is too long");
  size_t total = s.n + k * rep.n - k * old.n;
  Value out;
  uint8_t* d = alloc_like(self, total, &out);
  // Re-read the spans: the allocation cannot move them, but keep the rule simple.
  s = bytes_span(self);
  size_t i = 0;
  for (size_t done = 0; done < k; done++) {
    size_t at;
    if (old.n == 0) {
      at = i;
    } else {
      at = static_cast<size_t>(search(s.p, i, s.n, old.p, old.n, false));
    }
    copy_bytes(d, s.p + i, at - i);
    d += at - i;
    copy_bytes(d, rep.p, rep.n);
    d += rep.n;
    if (old.n == 0) {
      if (at < s.n) *d++ = s.p[at];
      i = at + 1;
    } else {
      i = at + old.n;
    }
  }
  if (i < s.n) copy_bytes(d, s.p + i, s.n - i);
  return out;
}

Value expandtabs_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(tabsize)};
  Value a[1];
  parse_args(QSTR(expandtabs), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  intptr tab = a[0].is_null() ? 8 : index_intptr(a[0]);
  Value self = args[0];
  StrBuilder sb;
  size_t col = 0;
  for (size_t i = 0; i < bytes_span(self).n; i++) {
    uint8_t c = bytes_span(self).p[i];
    if (c == '\t') {
      if (tab > 0) {
        size_t sp = static_cast<size_t>(tab) - col % static_cast<size_t>(tab);
        for (size_t k = 0; k < sp; k++) sb.add_char(' ');
        col += sp;
      }
    } else {
      sb.add_char(static_cast<char>(c));
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return builder_result(self, &sb);
}

// ---------------------------------------------------------------------------
// Case mapping and classification (ASCII only, as Python's bytes do).

enum class CaseMap { Lower, Upper, Swap, Capitalize, Title };

Value map_case(Value self, CaseMap how) {
  ByteSpan s = bytes_span(self);
  Value out;
  uint8_t* d = alloc_like(self, s.n, &out);
  s = bytes_span(self);
  bool prev_cased = false;
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    switch (how) {
      case CaseMap::Lower: c = to_lower(c); break;
      case CaseMap::Upper: c = to_upper(c); break;
      case CaseMap::Swap: c = is_lower(c) ? to_upper(c) : to_lower(c); break;
      case CaseMap::Capitalize: c = i == 0 ? to_upper(c) : to_lower(c); break;
      case CaseMap::Title:
        c = prev_cased ? to_lower(c) : to_upper(c);
        prev_cased = is_alpha(c);
        break;
    }
    d[i] = c;
  }
  return out;
}
Value lower_m(Value self) { return map_case(self, CaseMap::Lower); }
Value upper_m(Value self) { return map_case(self, CaseMap::Upper); }
Value swapcase_m(Value self) { return map_case(self, CaseMap::Swap); }
Value capitalize_m(Value self) { return map_case(self, CaseMap::Capitalize); }
Value title_m(Value self) { return map_case(self, CaseMap::Title); }

// True if s is not empty and every byte satisfies pred.
template <class Pred>
Value all_bytes(Value self, Pred pred) {
  ByteSpan s = bytes_span(self);
  if (s.n == 0) return false_();
  for (size_t i = 0; i < s.n; i++)
    if (!pred(s.p[i])) return false_();
  return true_();
}
Value isalnum_m(Value self) { return all_bytes(self, [](uint8_t c) { return is_alpha(c) || is_digit(c); }); }
Value isalpha_m(Value self) { return all_bytes(self, is_alpha); }
Value isdigit_m(Value self) { return all_bytes(self, is_digit); }
Value isspace_m(Value self) { return all_bytes(self, is_space); }
Value isascii_m(Value self) {
  ByteSpan s = bytes_span(self);
  for (size_t i = 0; i < s.n; i++)
    if (s.p[i] >= 0x80) return false_();
  return true_();
}

// islower (want_lower) / isupper: some cased byte, none of the other case.
Value case_test(Value self, bool want_lower) {
  ByteSpan s = bytes_span(self);
  bool seen = false;
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (want_lower ? is_upper(c) : is_lower(c)) return false_();
    if (want_lower ? is_lower(c) : is_upper(c)) seen = true;
  }
  return bool_(seen);
}
Value islower_m(Value self) { return case_test(self, true); }
Value isupper_m(Value self) { return case_test(self, false); }

Value istitle_m(Value self) {
  ByteSpan s = bytes_span(self);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (is_upper(c)) {
      if (prev_cased) return false_();
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return false_();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_(cased);
}

// ---------------------------------------------------------------------------
// Translation, hex and codecs.

Value translate_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(table), QSTR(delete)};
  Value a[2];
  parse_args(QSTR(translate), n_args - 1, n_kw, args + 1, names, 2, 1, a);
  Value self = args[0];
  bool has_table = !is_none(a[0]);
  ByteSpan table{nullptr, 0};
  if (has_table) {
    table = bytes_like_arg(a[0]);
    if (table.n != 256) raise_value_error("translation table must be 256 characters long");
  }
  ByteSpan del{nullptr, 0};
  if (!a[1].is_null()) del = bytes_like_arg(a[1]);
  bool drop[256] = {};
  for (size_t i = 0; i < del.n; i++) drop[del.p[i]] = true;
  ByteSpan s = bytes_span(self);
  size_t n = 0;
  for (size_t i = 0; i < s.n; i++) n += !drop[s.p[i]];
  Value out;
  uint8_t* d = alloc_like(self, n, &out);
  s = bytes_span(self);
  if (has_table) table = bytes_like_arg(a[0]);
  for (size_t i = 0; i < s.n; i++) {
    uint8_t c = s.p[i];
    if (!drop[c]) *d++ = has_table ? table.p[c] : c;
  }
  return out;
}

Value maketrans_m(Value from, Value to) {
  ByteSpan f = bytes_like_arg(from);
  ByteSpan t = bytes_like_arg(to);
  if (f.n != t.n) raise_value_error("maketrans arguments must have same length");
  Bytes* r = bytes_alloc_obj(256);
  for (size_t i = 0; i < 256; i++) r->data()[i] = static_cast<uint8_t>(i);
  for (size_t i = 0; i < f.n; i++) r->data()[f.p[i]] = t.p[i];
  return from_ptr(r);
}

Value decode_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(encoding), QSTR(errors)};
  Value a[2];
  parse_args(QSTR(decode), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  const Str* enc = a[0].is_null() ? nullptr : str_arg(a[0], "decode() argument 'encoding'");
  const Str* err = a[1].is_null() ? nullptr : str_arg(a[1], "decode() argument 'errors'");
  ByteSpan s = bytes_span(args[0]);
  return str_decode(reinterpret_cast<const char*>(s.p), s.n, enc, err);
}

Value hex_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(sep), QSTR(bytes_per_sep)};
  Value a[2];
  parse_args(QSTR(hex), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  // Validate the arguments before reading self (they may run __index__).
  if (!a[1].is_null()) a[1] = small(index_intptr(a[1]));
  ByteSpan s = bytes_span(args[0]);
  return bytes_hex(s.p, s.n, a[0], a[1]);
}

inline int hex_digit(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses fromhex() text into out (null: only count). Returns the byte count.
size_t parse_hex(const Str* str, uint8_t* out) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(str->data());
  size_t n = str->len, k = 0;
  for (size_t i = 0; i < n;) {
    if (is_space(s[i])) {
      i++;
      continue;
    }
    int hi = hex_digit(s[i]);
    int lo = i + 1 < n ? hex_digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      raise_fmt(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %z",
                str_char_index(str, at));
    }
    if (out) out[k] = static_cast<uint8_t>(hi << 4 | lo);
    k++;
    i += 2;
  }
  return k;
}

// bytes.fromhex and bytearray.fromhex (a classmethod: cls picks the kind).
Value fromhex_m(Value cls, Value text) {
  const Str* s = as_str(text);
  if (!s) raise_fmt(&exc::TypeError, "fromhex() argument must be str, not %s", type_name(text));
  size_t n = parse_hex(s, nullptr);
  const Type* t = cls.as<Type>();
  Value r;
  if (is_subtype(t, &bytearray_type)) {
    ByteArray* b = bytearray_alloc(n);
    parse_hex(s, b->buf.data);
    r = from_ptr(b);
  } else {
    Bytes* b = bytes_alloc_obj(n);
    if (n) parse_hex(s, b->data());
    r = from_ptr(b);
  }
  if (t != &bytes_type && t != &bytearray_type) return call1(cls, r);
  return r;
}

// ---------------------------------------------------------------------------
// printf-style formatting: b'%s' % x.

bool is_mapping_arg(Value v) {
  if (is_tuple(v) || as_str(v) || isinstance(v, &bytes_type)) return false;
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap) return !type_lookup(t, QSTR(__getitem__)).is_null() || (t->native && t->native->subscr);
  return t->subscr != nullptr;
}

// Appends n as decimal digits.
void add_decimal(char* buf, size_t* k, size_t n) {
  char tmp[24];
  size_t m = 0;
  do {
    tmp[m++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  while (m) buf[(*k)++] = tmp[--m];
}

// The bytes %s/%b inserts for v: a buffer's bytes, or what __bytes__ returns.
Value percent_bytes_of(Value v) {
  ByteSpan s;
  if (bytes_like(v, &s)) return v;
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap) {
    Value m = type_lookup(t, QSTR(__bytes__));
    if (!m.is_null()) {
      Value r = call_method(v, QSTR(__bytes__), 0, nullptr);
      if (!isinstance(r, &bytes_type))
        raise_fmt(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
      return r;
    }
  }
  raise_fmt(&exc::TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            type_name(v));
}

}  // namespace

Value bytes_percent(Value self, Value args) {
  const Value* items = &args;
  size_t n_items = 1;
  Value mapping = Value::null();
  Value targs = native_of(args, &tuple_type);
  if (is_tuple(targs)) {
    items = targs.as<Tuple>()->items();
    n_items = targs.as<Tuple>()->len;
  } else if (is_mapping_arg(args)) {
    mapping = args;
  }
  size_t next = 0;
  StrBuilder sb;
  size_t i = 0;
  // The format is re-read after every call out: it may be a bytearray.
  auto fmt = [&]() { return bytes_span(self); };
  sb.reserve(fmt().n + 16);
  auto next_arg = [&]() -> Value {
    if (next >= n_items) raise_type_error("not enough arguments for format string");
    return items[next++];
  };
  while (i < fmt().n) {
    ByteSpan f = fmt();
    const uint8_t* pct = static_cast<const uint8_t*>(memchr(f.p + i, '%', f.n - i));
    if (!pct) {
      sb.add(reinterpret_cast<const char*>(f.p + i), f.n - i);
      break;
    }
    size_t at = static_cast<size_t>(pct - f.p);
    sb.add(reinterpret_cast<const char*>(f.p + i), at - i);
    i = at + 1;
    if (i == f.n) raise_value_error("incomplete format");
    Value v = Value::null();
    if (f.p[i] == '(') {
      if (mapping.is_null()) raise_type_error("format requires a mapping");
      size_t j = ++i;
      int nest = 1;
      for (; i < f.n; i++) {
        if (f.p[i] == '(') nest++;
        else if (f.p[i] == ')' && --nest == 0) break;
      }
      if (i == f.n) raise_value_error("incomplete format key");
      v = subscr(mapping, bytes_new(reinterpret_cast<const char*>(f.p + j), i - j));
      i++;
      f = fmt();
    }
    // Flags, width and precision, kept as text for the numeric conversions.
    char spec[72];
    size_t k = 0;
    spec[k++] = '%';
    bool left = false;
    for (; i < f.n; i++) {
      char c = static_cast<char>(f.p[i]);
      if (c != '-' && c != '+' && c != ' ' && c != '#' && c != '0') break;
      if (c == '-') left = true;
      if (k < 16) spec[k++] = c;
    }
    size_t width = 0;
    if (i < f.n && f.p[i] == '*') {
      i++;
      intptr w = index_intptr(next_arg());
      if (w < 0) {
        left = true;
        spec[k++] = '-';
        w = -w;
      }
      width = static_cast<size_t>(w);
      f = fmt();
    } else {
      while (i < f.n && is_digit(f.p[i])) {
        if (width > (SIZE_MAX - 9) / 10) raise_value_error("width too big");
        width = width * 10 + (f.p[i++] - '0');
      }
    }
    if (width) add_decimal(spec, &k, width);
    intptr prec = -1;
    if (i < f.n && f.p[i] == '.') {
      i++;
      prec = 0;
      if (i < f.n && f.p[i] == '*') {
        i++;
        prec = index_intptr(next_arg());
        if (prec < 0) prec = 0;
        f = fmt();
      } else {
        while (i < f.n && is_digit(f.p[i])) {
          if (prec > INTPTR_MAX / 10 - 9) raise_value_error("precision too big");
          prec = prec * 10 + (f.p[i++] - '0');
        }
      }
      spec[k++] = '.';
      add_decimal(spec, &k, static_cast<size_t>(prec));
    }
    while (i < f.n && (f.p[i] == 'h' || f.p[i] == 'l' || f.p[i] == 'L')) i++;
    if (i == f.n) raise_value_error("incomplete format");
    char conv = static_cast<char>(f.p[i++]);
    if (conv == '%') {
      sb.add_char('%');
      continue;
    }
    if (v.is_null()) v = next_arg();
    // Text conversions produce the body here; the rest go through str's engine.
    Value body = Value::null();
    switch (conv) {
      case 's':
      case 'b':
        body = percent_bytes_of(v);
        break;
      case 'r':
      case 'a': {
        const Str* t = ascii_of(v).as<Str>();
        body = bytes_new(t->data(), t->len);
        break;
      }
      case 'c': {
        uint8_t c;
        ByteSpan cs;
        if ((isinstance(v, &bytes_type) || isinstance(v, &bytearray_type)) && bytes_like(v, &cs) && cs.n == 1) {
          c = cs.p[0];
        } else if (has_index(v)) {
          Value iv = index_value(v);
          if (!iv.is_small() || iv.small() < 0 || iv.small() > 255) raise_overflow_error("%c arg not in range(256)");
          c = static_cast<uint8_t>(iv.small());
        } else {
          raise_type_error("%c requires an integer in range(256) or a single byte");
        }
        body = bytes_new(reinterpret_cast<const char*>(&c), 1);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        spec[k++] = conv;
        Value r = str_percent(str_new(spec, k).as<Str>(), tuple_new(1, &v));
        const Str* rs = r.as<Str>();
        sb.add(rs->data(), rs->len);
        continue;
      }
      default: {
        uint8_t b = static_cast<uint8_t>(conv);
        char hex[3] = {"0123456789abcdef"[b >> 4], "0123456789abcdef"[b & 15], 0};
        if (b < 0x80 && b >= 0x20)
          raise_fmt(&exc::ValueError, "unsupported format character '%c' (0x%s) at index %z", conv, hex, i - 1);
        raise_fmt(&exc::ValueError, "unsupported format character (0x%s) at index %z", hex, i - 1);
      }
    }
    ByteSpan bs = bytes_like_arg(body);
    size_t n = bs.n;
    if (prec >= 0 && conv != 'c' && static_cast<size_t>(prec) < n) n = static_cast<size_t>(prec);
    size_t pad = width > n ? width - n : 0;
    if (!left)
      for (size_t q = 0; q < pad; q++) sb.add_char(' ');
    sb.add(reinterpret_cast<const char*>(bs.p), n);
    if (left)
      for (size_t q = 0; q < pad; q++) sb.add_char(' ');
  }
  if (mapping.is_null() && next < n_items) raise_type_error("not all arguments converted during bytes formatting");
  return builder_result(self, &sb);
}

// ---------------------------------------------------------------------------
// Helpers shared with bytearray, memoryview, array and struct.

bool bytes_like(Value v, ByteSpan* out) {
  if (v.is_obj()) {
    const Type* t = v.obj()->type;
    if (t == &bytes_type || t == &bytearray_type) {
      *out = bytes_span(v);
      return true;
    }
  }
  Buffer b;
  if (!get_buffer_maybe(v, &b, false)) return false;
  out->p = static_cast<const uint8_t*>(b.data);
  out->n = b.len;
  return true;
}

ByteSpan bytes_like_arg(Value v) {
  ByteSpan s;
  if (!bytes_like(v, &s)) raise_fmt(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return s;
}

Bytes* bytes_alloc_obj(size_t n) {
  // Callers write nothing into a zero-length result, so sharing is safe.
  if (n == 0) return const_cast<Bytes*>(&empty_bytes.hdr);
  if (n > SIZE_MAX / 2) raise_memory_error();
  auto* b = static_cast<Bytes*>(gc::alloc(sizeof(Bytes) + n + 1, gc::kNoScan));
  b->type = &bytes_type;
  b->len = n;
  return b;
}

Value bytes_new(const char* s, size_t n) {
  Bytes* b = bytes_alloc_obj(n);
  copy_bytes(b->data(), reinterpret_cast<const uint8_t*>(s), n);
  return from_ptr(b);
}

Value bytes_alloc(size_t n, uint8_t** data) {
  Bytes* b = bytes_alloc_obj(n);
  *data = b->data();
  return from_ptr(b);
}

Value bytes_like_new(Value self, const uint8_t* p, size_t n) {
  if (self.obj()->type == &bytearray_type) return bytearray_from(p, n);
  const Bytes* b = self.as<Bytes>();
  if (p == b->data() && n == b->len) return self;
  return bytes_new(reinterpret_cast<const char*>(p), n);
}

void print_bytes_repr(Printer* pr, const uint8_t* s, size_t n, bool escape_sq) {
  bool has_sq = n && memchr(s, '\'', n);
  bool has_dq = n && memchr(s, '"', n);
  char q = has_sq && !has_dq ? '"' : '\'';
  char buf[72];
  size_t k = 0;
  buf[k++] = 'b';
  buf[k++] = q;
  for (size_t i = 0; i < n; i++) {
    if (k > sizeof(buf) - 5) {
      print_bytes(pr, buf, k);
      k = 0;
    }
    uint8_t c = s[i];
    if (c == static_cast<uint8_t>(q) || c == '\\' || (escape_sq && c == '\'')) {
      buf[k++] = '\\';
      buf[k++] = static_cast<char>(c);
    } else if (c == '\t' || c == '\n' || c == '\r') {
      buf[k++] = '\\';
      buf[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
    } else if (c < 0x20 || c >= 0x7f) {
      buf[k++] = '\\';
      buf[k++] = 'x';
      buf[k++] = "0123456789abcdef"[c >> 4];
      buf[k++] = "0123456789abcdef"[c & 15];
    } else {
      buf[k++] = static_cast<char>(c);
    }
  }
  buf[k++] = q;
  print_bytes(pr, buf, k);
}

Value bytes_compare(BinOp op, ByteSpan a, ByteSpan b) {
  if (op == BinOp::Eq || op == BinOp::Ne) {
    bool eq = a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
    return bool_(eq == (op == BinOp::Eq));
  }
  size_t m = a.n < b.n ? a.n : b.n;
  int c = m ? memcmp(a.p, b.p, m) : 0;
  if (c == 0) c = a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  switch (op) {
    case BinOp::Lt: return bool_(c < 0);
    case BinOp::Le: return bool_(c <= 0);
    case BinOp::Gt: return bool_(c > 0);
    default: return bool_(c >= 0);
  }
}

Value bytes_contains(ByteSpan a, Value item) {
  if (has_index(item)) {
    uint8_t c = byte_value(item, "byte must be in range(0, 256)");
    return bool_(a.n && memchr(a.p, c, a.n));
  }
  ByteSpan s = bytes_like_arg(item);
  return bool_(search(a.p, 0, a.n, s.p, s.n, false) >= 0);
}

Value bytes_hex(const uint8_t* p, size_t n, Value sep, Value per_sep) {
  char sep_c = 0;
  if (!sep.is_null() && !is_none(sep)) {
    const char* sp;
    size_t sn;
    ByteSpan bs;
    if (const Str* s = as_str(sep)) {
      sp = s->data();
      sn = s->len;
      if (str_char_len(s) != 1) raise_value_error("sep must be length 1.");
    } else if (bytes_like(sep, &bs)) {
      sp = reinterpret_cast<const char*>(bs.p);
      sn = bs.n;
      if (sn != 1) raise_value_error("sep must be length 1.");
    } else {
      raise_type_error("sep must be str or bytes.");
    }
    if (static_cast<uint8_t>(sp[0]) >= 0x80) raise_value_error("sep must be ASCII.");
    sep_c = sp[0];
  }
  intptr group = per_sep.is_null() ? 1 : index_intptr(per_sep);
  size_t g = group < 0 ? static_cast<size_t>(-group) : static_cast<size_t>(group);
  if (!sep_c || g == 0 || n == 0) g = 0;
  size_t n_seps = g ? (n - 1) / g : 0;
  if (n > (SIZE_MAX / 4)) raise_memory_error();
  Str* out = str_alloc(2 * n + n_seps);
  char* d = out->mut_data();
  // With a positive count the groups are counted from the right end.
  size_t first = g ? (group > 0 ? (n % g ? n % g : g) : g) : 0;
  for (size_t i = 0; i < n; i++) {
    if (g && i) {
      bool boundary = group > 0 ? (i >= first && (i - first) % g == 0) : i % g == 0;
      if (boundary) *d++ = sep_c;
    }
    *d++ = "0123456789abcdef"[p[i] >> 4];
    *d++ = "0123456789abcdef"[p[i] & 15];
  }
  return str_value(out);
}

uint8_t byte_value(Value v, const char* range_msg) {
  intptr i;
  if (v.is_small()) {
    i = v.small();
  } else {
    Value iv = index_value(v);
    if (!iv.is_small()) raise_value_error(range_msg);
    i = iv.small();
  }
  if (i < 0 || i > 255) raise_value_error(range_msg);
  return static_cast<uint8_t>(i);
}

void bytes_fill_from_iterable(ByteArray* out, Value iterable, bool for_bytes) {
  const char* msg = for_bytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  Value it = getiter(iterable);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) {
    uint8_t c = byte_value(x, msg);
    bytearray_append(out, &c, 1);
  }
}

bool bytes_can_iterate(Value v) {
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap) {
    if (!type_lookup(t, QSTR(__iter__)).is_null() || !type_lookup(t, QSTR(__getitem__)).is_null()) return true;
    t = t->native;
  }
  return t && (t->getiter || (t->subscr && t != &type_type));
}

Value bytes_source(const Str* fn, bool for_bytes, size_t n_args, size_t n_kw, const Value* args, bool* temp) {
  *temp = false;
  static const Str* const names[] = {QSTR(source), QSTR(encoding), QSTR(errors)};
  Value a[3];
  parse_args(fn, n_args, n_kw, args, names, 3, 0, a);
  Value x = a[0];
  if (x.is_null()) {
    if (!a[1].is_null()) raise_type_error("encoding without a string argument");
    if (!a[2].is_null()) raise_type_error("errors without a string argument");
    return Value::null();
  }
  if (!a[1].is_null() || !a[2].is_null()) {
    const Str* s = as_str(x);
    if (!s) raise_type_error(a[1].is_null() ? "errors without a string argument" : "encoding without a string argument");
    const Str* enc = a[1].is_null() ? nullptr : str_arg(a[1], for_bytes ? "bytes() argument 'encoding'" : "bytearray() argument 'encoding'");
    const Str* err = a[2].is_null() ? nullptr : str_arg(a[2], for_bytes ? "bytes() argument 'errors'" : "bytearray() argument 'errors'");
    return str_encode(s, enc, err);
  }
  const Type* t = type_of(x);
  if (for_bytes && (t->flags & kTypeHeap) && !type_lookup(t, QSTR(__bytes__)).is_null()) {
    Value r = call_method(x, QSTR(__bytes__), 0, nullptr);
    if (!isinstance(r, &bytes_type)) raise_fmt(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    return r;
  }
  if (as_str(x)) raise_type_error("string argument without an encoding");
  if (has_index(x)) {
    intptr n = index_intptr(x);
    if (n < 0) raise_value_error("negative count");
    return small(n);
  }
  if (is_type(x, &memoryview_type)) return memoryview_tobytes(x);
  ByteSpan s;
  if (bytes_like(x, &s)) return x;
  if (!bytes_can_iterate(x))
    raise_fmt(&exc::TypeError, "cannot convert '%s' object to %s", type_name(x), for_bytes ? "bytes" : "bytearray");
  ByteArray* acc = bytearray_alloc(0);
  bytes_fill_from_iterable(acc, x, for_bytes);
  *temp = true;
  return from_ptr(acc);
}

// ---------------------------------------------------------------------------
// Iterators of bytes and bytearray.

Value bytes_iter_new(const Type* t, Value seq) {
  auto* it = static_cast<ByteIter*>(gc::alloc(sizeof(ByteIter)));
  it->type = t;
  it->seq = seq;
  return from_ptr(it);
}

Value bytes_iter_self(Value self) { return self; }

Value bytes_iter_next(Value self) {
  auto* it = self.as<ByteIter>();
  ByteSpan s = bytes_span(it->seq);
  if (it->pos < s.n) return small(s.p[it->pos++]);
  it->pos = SIZE_MAX;
  return Value::stop();
}

// ---------------------------------------------------------------------------
// The shared method objects.

constinit const BuiltinFn bytes_capitalize_fn = make_fn1(QSTR(capitalize), capitalize_m);
constinit const BuiltinFn bytes_center_fn = make_fn_var(QSTR(center), 2, 3, center_m);
constinit const BuiltinFn bytes_count_fn = make_fn_var(QSTR(count), 2, 4, count_m);
constinit const BuiltinFn bytes_decode_fn = make_fn_kw(QSTR(decode), decode_m);
constinit const BuiltinFn bytes_endswith_fn = make_fn_var(QSTR(endswith), 2, 4, endswith_m);
constinit const BuiltinFn bytes_expandtabs_fn = make_fn_kw(QSTR(expandtabs), expandtabs_m);
constinit const BuiltinFn bytes_find_fn = make_fn_var(QSTR(find), 2, 4, find_m);
constinit const BuiltinFn bytes_hex_fn = make_fn_kw(QSTR(hex), hex_m);
constinit const BuiltinFn bytes_index_fn = make_fn_var(QSTR(index), 2, 4, index_m);
constinit const BuiltinFn bytes_isalnum_fn = make_fn1(QSTR(isalnum), isalnum_m);
constinit const BuiltinFn bytes_isalpha_fn = make_fn1(QSTR(isalpha), isalpha_m);
constinit const BuiltinFn bytes_isascii_fn = make_fn1(QSTR(isascii), isascii_m);
constinit const BuiltinFn bytes_isdigit_fn = make_fn1(QSTR(isdigit), isdigit_m);
constinit const BuiltinFn bytes_islower_fn = make_fn1(QSTR(islower), islower_m);
constinit const BuiltinFn bytes_isspace_fn = make_fn1(QSTR(isspace), isspace_m);
constinit const BuiltinFn bytes_istitle_fn = make_fn1(QSTR(istitle), istitle_m);
constinit const BuiltinFn bytes_isupper_fn = make_fn1(QSTR(isupper), isupper_m);
constinit const BuiltinFn bytes_join_fn = make_fn2(QSTR(join), join_m);
constinit const BuiltinFn bytes_ljust_fn = make_fn_var(QSTR(ljust), 2, 3, ljust_m);
constinit const BuiltinFn bytes_lower_fn = make_fn1(QSTR(lower), lower_m);
constinit const BuiltinFn bytes_lstrip_fn = make_fn_var(QSTR(lstrip), 1, 2, lstrip_m);
constinit const BuiltinFn bytes_partition_fn = make_fn2(QSTR(partition), partition_m);
constinit const BuiltinFn bytes_removeprefix_fn = make_fn2(QSTR(removeprefix), removeprefix_m);
constinit const BuiltinFn bytes_removesuffix_fn = make_fn2(QSTR(removesuffix), removesuffix_m);
constinit const BuiltinFn bytes_replace_fn = make_fn_var(QSTR(replace), 3, 4, replace_m);
constinit const BuiltinFn bytes_rfind_fn = make_fn_var(QSTR(rfind), 2, 4, rfind_m);
constinit const BuiltinFn bytes_rindex_fn = make_fn_var(QSTR(rindex), 2, 4, rindex_m);
constinit const BuiltinFn bytes_rjust_fn = make_fn_var(QSTR(rjust), 2, 3, rjust_m);
constinit const BuiltinFn bytes_rpartition_fn = make_fn2(QSTR(rpartition), rpartition_m);
constinit const BuiltinFn bytes_rsplit_fn = make_fn_kw(QSTR(rsplit), rsplit_m);
constinit const BuiltinFn bytes_rstrip_fn = make_fn_var(QSTR(rstrip), 1, 2, rstrip_m);
constinit const BuiltinFn bytes_split_fn = make_fn_kw(QSTR(split), split_m);
constinit const BuiltinFn bytes_splitlines_fn = make_fn_kw(QSTR(splitlines), splitlines_m);
constinit const BuiltinFn bytes_startswith_fn = make_fn_var(QSTR(startswith), 2, 4, startswith_m);
constinit const BuiltinFn bytes_strip_fn = make_fn_var(QSTR(strip), 1, 2, strip_m);
constinit const BuiltinFn bytes_swapcase_fn = make_fn1(QSTR(swapcase), swapcase_m);
constinit const BuiltinFn bytes_title_fn = make_fn1(QSTR(title), title_m);
constinit const BuiltinFn bytes_translate_fn = make_fn_kw(QSTR(translate), translate_m);
constinit const BuiltinFn bytes_upper_fn = make_fn1(QSTR(upper), upper_m);
constinit const BuiltinFn bytes_zfill_fn = make_fn2(QSTR(zfill), zfill_m);

namespace {
Value getitem_m(Value self, Value index) { return subscr(self, index); }
Value len_m(Value self) { return small(static_cast<intptr>(bytes_span(self).n)); }
Value contains_m(Value self, Value x) { return bytes_contains(bytes_span(self), x); }
Value iter_m(Value self) { return getiter(self); }
}  // namespace

constinit const BuiltinFn bytes_getitem_fn = make_fn2(QSTR(__getitem__), getitem_m);
constinit const BuiltinFn bytes_len_fn = make_fn1(QSTR(__len__), len_m);
constinit const BuiltinFn bytes_contains_fn = make_fn2(QSTR(__contains__), contains_m);
constinit const BuiltinFn bytes_iter_fn = make_fn1(QSTR(__iter__), iter_m);

namespace {
constexpr BuiltinFn maketrans_fn = make_fn2(QSTR(maketrans), maketrans_m);
constexpr BuiltinFn fromhex_fn = make_fn2(QSTR(fromhex), fromhex_m);
}  // namespace
constinit const StaticMethodObj bytes_maketrans_sm = {&staticmethod_type, &maketrans_fn};
constinit const StaticMethodObj bytes_fromhex_cm = {&classmethod_type, &fromhex_fn};

// ---------------------------------------------------------------------------
// The bytes type.

namespace {

Value bytes_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  bool temp;
  Value src = bytes_source(QSTR(bytes), true, n_args, n_kw, args, &temp);
  if (src.is_null()) return empty_bytes_value();
  if (src.is_small()) return from_ptr(bytes_alloc_obj(static_cast<size_t>(src.small())));
  if (is_bytes(src)) return src;
  ByteSpan s = bytes_like_arg(src);
  return bytes_new(reinterpret_cast<const char*>(s.p), s.n);
}

void bytes_print(Printer* p, Value self, bool) {
  const Bytes* b = self.as<Bytes>();
  print_bytes_repr(p, b->data(), b->len, false);
}

Value bytes_unary_op(UnaryOp op, Value self) {
  Bytes* b = self.as<Bytes>();
  switch (op) {
    case UnaryOp::Bool: return bool_(b->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(b->len));
    case UnaryOp::Hash:
      if (!b->hash) b->hash = hash_bytes(reinterpret_cast<const char*>(b->data()), b->len);
      return small(static_cast<intptr>(b->hash));
    default: return Value::not_impl_slot();
  }
}

Value repeat_bytes(Value self, Value count) {
  intptr n = index_intptr(count);
  ByteSpan s = bytes_span(self);
  if (n <= 0 || s.n == 0) return bytes_like_new(self, nullptr, 0);
  if (static_cast<size_t>(n) > (SIZE_MAX / 2) / s.n) raise_memory_error();
  size_t total = s.n * static_cast<size_t>(n);
  Value out;
  uint8_t* d = alloc_like(self, total, &out);
  s = bytes_span(self);
  for (size_t k = 0; k < static_cast<size_t>(n); k++) memcpy(d + k * s.n, s.p, s.n);
  return out;
}

}  // namespace

Value bytes_repeat(Value self, Value count) { return repeat_bytes(self, count); }

namespace {

Value bytes_binary_op(BinOp op, Value lhs, Value rhs) {
  if (!is_bytes(lhs)) {
    // Reflected: only n * b is ours.
    if (op == BinOp::Mul && has_index(lhs)) return repeat_bytes(rhs, lhs);
    return Value::not_impl_slot();
  }
  switch (op) {
    case BinOp::Add:
    case BinOp::IAdd: {
      ByteSpan b;
      if (!bytes_like(rhs, &b)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't concat %s to bytes", type_name(rhs));
      }
      ByteSpan a = bytes_span(lhs);
      if (b.n == 0) return lhs;
      if (a.n == 0 && is_bytes(rhs)) return rhs;
      Bytes* r = bytes_alloc_obj(a.n + b.n);
      copy_bytes(r->data(), a.p, a.n);
      copy_bytes(r->data() + a.n, b.p, b.n);
      return from_ptr(r);
    }
    case BinOp::Mul:
    case BinOp::IMul:
      if (!has_index(rhs)) {
        if (type_of(rhs)->flags & kTypeHeap) return Value::not_impl_slot();
        raise_fmt(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(rhs));
      }
      return repeat_bytes(lhs, rhs);
    case BinOp::Mod:
    case BinOp::IMod:
      return bytes_percent(lhs, rhs);
    case BinOp::Eq: case BinOp::Ne: case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge: {
      Value r = native_of(rhs, &bytes_type);
      if (!is_bytes(r)) return Value::not_impl_slot();
      return bytes_compare(op, bytes_span(lhs), bytes_span(r));
    }
    case BinOp::Contains:
      return bytes_contains(bytes_span(lhs), rhs);
    default:
      return Value::not_impl_slot();
  }
}

Value bytes_subscr(Value self, Value index, Value value) {
  const Bytes* b = self.as<Bytes>();
  if (value != kSubscrLoad) {
    if (value == kSubscrDelete) raise_type_error("'bytes' object doesn't support item deletion");
    raise_type_error("'bytes' object does not support item assignment");
  }
  if (index.is_small()) {
    intptr i = index.small();
    if (i < 0) i += static_cast<intptr>(b->len);
    if (i < 0 || static_cast<size_t>(i) >= b->len) raise_index_error("index out of range");
    return small(b->data()[i]);
  }
  SliceIndices si;
  if (slice_indices(index, b->len, &si)) {
    if (si.step == 1) return bytes_like_new(self, b->data() + si.start, si.count);
    Bytes* r = bytes_alloc_obj(si.count);
    intptr pos = si.start;
    for (size_t k = 0; k < si.count; k++, pos += si.step) r->data()[k] = b->data()[pos];
    return from_ptr(r);
  }
  if (!has_index(index))
    raise_fmt(&exc::TypeError, "byte indices must be integers or slices, not %s", type_name(index));
  Value iv = index_value(index);
  intptr i = iv.is_small() ? iv.small() : INTPTR_MAX;
  if (i < 0) i += static_cast<intptr>(b->len);
  if (i < 0 || static_cast<size_t>(i) >= b->len) raise_index_error("index out of range");
  return small(b->data()[i]);
}

Value bytes_getiter(Value self) { return bytes_iter_new(&bytes_iterator_type, self); }

bool bytes_get_buffer(Value self, Buffer* out, bool writable) {
  if (writable) return false;
  Bytes* b = self.as<Bytes>();
  out->data = b->data();
  out->len = b->len;
  out->typecode = 'B';
  out->writable = false;
  return true;
}

constexpr MethodEntry bytes_own_entries[] = {
    entry(QSTR(fromhex), &bytes_fromhex_cm),
};
constexpr auto bytes_locals_entries = concat_entries(bytes_shared_entries, bytes_own_entries);
constexpr Table bytes_locals = make_table(bytes_locals_entries);

}  // namespace

constinit const Type bytes_type = {
    &type_type, QSTR(bytes), kTypeBaseOK, &bytes_type, &object_type,
    bytes_make_new, bytes_print, nullptr, bytes_unary_op, bytes_binary_op,
    nullptr, nullptr, bytes_subscr, bytes_getiter, nullptr, bytes_get_buffer,
    &bytes_locals};

constinit const Type bytes_iterator_type = {
    &type_type, QSTR(bytes_iterator), kTypeIterIsSelf, &bytes_iterator_type, &object_type,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, bytes_iter_self,
    bytes_iter_next, nullptr, nullptr};

}  // namespace minnow
