// The str type: its slots (creation, operators, indexing, iteration,
// printing) and its methods.
//
// Text is UTF-8 and Python sees code point indices. Every operation first
// asks whether the string is ASCII (str_char_len == len, counted once per
// heap string) and then works on bytes directly; non-ASCII text is walked
// with the helpers of str.h. Searching works on bytes in both cases: UTF-8 is
// self-synchronising, so a byte match of valid UTF-8 always starts on a
// character boundary.
#include <cstring>

#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/format.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "util/unicode.h"

namespace minnow {

namespace {

// ---------------------------------------------------------------------------
// ASCII character classes (as Python's str methods define them).

enum : uint8_t {
  kSpace = 1,   // \t \n \v \f \r \x1c-\x1f and ' '
  kDigit = 2,
  kUpper = 4,
  kLower = 8,
  kPrint = 16,  // ' ' to '~'
};

struct CharTable {
  uint8_t c[128];
};

constexpr CharTable make_char_table() {
  CharTable t{};
  for (int i = 0; i < 128; i++) {
    uint8_t f = 0;
    if ((i >= 9 && i <= 13) || (i >= 0x1C && i <= 0x20)) f |= kSpace;
    if (i >= '0' && i <= '9') f |= kDigit;
    if (i >= 'A' && i <= 'Z') f |= kUpper;
    if (i >= 'a' && i <= 'z') f |= kLower;
    if (i >= 0x20 && i < 0x7F) f |= kPrint;
    t.c[i] = f;
  }
  return t;
}

constexpr CharTable kChars = make_char_table();

inline bool ascii_has(uint8_t c, uint8_t cls) { return c < 0x80 && (kChars.c[c] & cls); }

// Byte length of the whitespace character at p, or 0 if it is not one.
inline size_t space_at(const char* p) {
  uint8_t c = static_cast<uint8_t>(*p);
  if (c < 0x80) return kChars.c[c] & kSpace;
  const char* q = p;
  uint32_t cp = utf8_next(&q);
  return unicode::is_space(cp) ? static_cast<size_t>(q - p) : 0;
}

// Byte length of the whitespace character that ends at p (p > start), or 0.
inline size_t space_before(const char* p) {
  uint8_t c = static_cast<uint8_t>(p[-1]);
  if (c < 0x80) return kChars.c[c] & kSpace;
  const char* q = p;
  uint32_t cp = utf8_prev(&q);
  return unicode::is_space(cp) ? static_cast<size_t>(p - q) : 0;
}

inline const Str* self_str(Value v) { return v.as<Str>(); }

// ---------------------------------------------------------------------------
// Searching bytes.

// First occurrence of nd[0, nn) in h[0, hn), or null.
const char* find_bytes(const char* h, size_t hn, const char* nd, size_t nn) {
  if (nn == 0) return h;
  if (nn > hn) return nullptr;
  if (nn == 1) return static_cast<const char*>(memchr(h, nd[0], hn));
  const char* last = h + (hn - nn);
  for (const char* p = h; p <= last; p++) {
    p = static_cast<const char*>(memchr(p, nd[0], static_cast<size_t>(last - p) + 1));
    if (!p) return nullptr;
    if (memcmp(p + 1, nd + 1, nn - 1) == 0) return p;
  }
  return nullptr;
}

// Last occurrence of nd[0, nn) in h[0, hn), or null.
const char* rfind_bytes(const char* h, size_t hn, const char* nd, size_t nn) {
  if (nn == 0) return h + hn;
  if (nn > hn) return nullptr;
  for (const char* p = h + (hn - nn);; p--) {
    if (*p == nd[0] && memcmp(p + 1, nd + 1, nn - 1) == 0) return p;
    if (p == h) return nullptr;
  }
}

// Non-overlapping occurrences of nd in h, at most max (nn > 0).
size_t count_bytes(const char* h, size_t hn, const char* nd, size_t nn, size_t max) {
  size_t n = 0;
  const char* end = h + hn;
  while (n < max) {
    const char* p = find_bytes(h, static_cast<size_t>(end - h), nd, nn);
    if (!p) break;
    n++;
    h = p + nn;
  }
  return n;
}

// ---------------------------------------------------------------------------
// start/end arguments, interpreted like a slice of the string.

struct Span {
  size_t c0, c1;  // code point indices, clamped to [0, n]
  size_t b0, b1;  // the matching byte offsets (valid only if ok)
  bool ok;        // false if start > end or start > n: nothing can match
};

intptr opt_index(Value v, intptr dflt) {
  if (v.is_null() || is_none(v)) return dflt;
  return index_intptr(v);
}

Span span_of(const Str* s, Value vstart, Value vend) {
  intptr n = static_cast<intptr>(str_char_len(s));
  intptr st = opt_index(vstart, 0), en = opt_index(vend, n);
  if (st < 0) {
    st += n;
    if (st < 0) st = 0;
  }
  if (en < 0) {
    en += n;
    if (en < 0) en = 0;
  } else if (en > n) {
    en = n;
  }
  Span sp{};
  sp.ok = st <= n && st <= en;
  if (!sp.ok) return sp;
  sp.c0 = static_cast<size_t>(st);
  sp.c1 = static_cast<size_t>(en);
  if (static_cast<size_t>(n) == s->len) {
    sp.b0 = sp.c0;
    sp.b1 = sp.c1;
  } else {
    sp.b0 = str_byte_offset(s, sp.c0);
    sp.b1 = str_byte_offset(s, sp.c1);
  }
  return sp;
}

Value arg_or_null(size_t n_args, const Value* args, size_t i) { return i < n_args ? args[i] : Value::null(); }

// ---------------------------------------------------------------------------
// Slots.

Value str_make_new(const Type* type, size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(object), QSTR(encoding), QSTR(errors)};
  Value a[3];
  parse_args(QSTR(str), n_args, n_kw, args, names, 3, 0, a);
  if (a[0].is_null()) return str_value(QSTR(empty_));
  if (a[1].is_null() && a[2].is_null()) return str_of(a[0]);
  const Str* enc = a[1].is_null() ? nullptr : str_arg(a[1], "str() argument 'encoding'");
  const Str* err = a[2].is_null() ? nullptr : str_arg(a[2], "str() argument 'errors'");
  if (as_str(a[0])) raise_type_error("decoding str is not supported");
  Buffer buf;
  if (!get_buffer_maybe(a[0], &buf, false))
    raise_fmt(&exc::TypeError, "decoding to str: need a bytes-like object, %s found", type_name(a[0]));
  return str_decode(static_cast<const char*>(buf.data), buf.len, enc, err);
}

void str_print(Printer* p, Value self, bool repr) {
  const Str* s = self_str(self);
  if (repr) print_quoted(p, s->data(), s->len);
  else p->write(p, s->data(), s->len);
}

Value str_unary_op(UnaryOp op, Value self) {
  const Str* s = self_str(self);
  switch (op) {
    case UnaryOp::Bool: return bool_(s->len != 0);
    case UnaryOp::Len: return small(static_cast<intptr>(str_char_len(s)));
    case UnaryOp::Hash: return small(static_cast<intptr>(str_hash(s)));
    default: return Value::not_impl_slot();
  }
}

Value str_repeat(const Str* s, Value count) {
  intptr n = index_intptr(count);
  if (n <= 0 || s->len == 0) return str_value(QSTR(empty_));
  if (n == 1) return str_value(s);
  if (static_cast<uintptr>(n) > (UINT32_MAX - 64) / s->len) raise_memory_error();
  size_t total = s->len * static_cast<size_t>(n);
  Str* r = str_alloc(total);
  char* d = r->mut_data();
  memcpy(d, s->data(), s->len);
  // Double the filled part until done.
  for (size_t done = s->len; done < total;) {
    size_t k = done < total - done ? done : total - done;
    memcpy(d + done, d, k);
    done += k;
  }
  return str_value(r);
}

Value str_binary_op(BinOp op, Value lhs, Value rhs) {
  const Str* a = as_str(lhs);
  switch (op) {
    case BinOp::Add: case BinOp::IAdd: {
      const Str* b = as_str(rhs);
      if (a && b) return str_concat(a, b);
      if (a && !(type_of(rhs)->flags & kTypeHeap))
        raise_fmt(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(rhs));
      return Value::not_impl_slot();
    }
    case BinOp::Mul: case BinOp::IMul:
      if (a && is_int(rhs)) return str_repeat(a, rhs);
      if (!a && is_int(lhs)) {
        const Str* b = as_str(rhs);
        if (b) return str_repeat(b, lhs);
      }
      return Value::not_impl_slot();
    case BinOp::Mod: case BinOp::IMod:
      if (a) return str_percent(a, rhs);
      return Value::not_impl_slot();
    case BinOp::Contains: {
      const Str* b = as_str(rhs);
      if (!b) raise_fmt(&exc::TypeError, "'in <string>' requires string as left operand, not %s", type_name(rhs));
      return bool_(find_bytes(a->data(), a->len, b->data(), b->len) != nullptr);
    }
    case BinOp::Eq: case BinOp::Ne: {
      const Str* b = as_str(rhs);
      if (!a || !b) return Value::not_impl_slot();
      return bool_(str_equal(a, b) == (op == BinOp::Eq));
    }
    case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge: {
      const Str* b = as_str(rhs);
      if (!a || !b) return Value::not_impl_slot();
      int c = str_compare(a, b);
      switch (op) {
        case BinOp::Lt: return bool_(c < 0);
        case BinOp::Le: return bool_(c <= 0);
        case BinOp::Gt: return bool_(c > 0);
        default: return bool_(c >= 0);
      }
    }
    default:
      return Value::not_impl_slot();
  }
}

// s[sl] for a slice with any step.
Value str_slice(const Str* s, const SliceIndices& si) {
  if (si.count == 0) return str_value(QSTR(empty_));
  size_t chars = str_char_len(s);
  const char* d = s->data();
  if (chars == s->len) {
    size_t start = static_cast<size_t>(si.start);
    if (si.step == 1) return str_sub(s, start, start + si.count);
    Str* r = str_alloc(si.count);
    char* out = r->mut_data();
    intptr pos = si.start;
    for (size_t i = 0; i < si.count; i++, pos += si.step) out[i] = d[pos];
    return str_value(r);
  }
  size_t b = str_byte_offset(s, static_cast<size_t>(si.start));
  if (si.step == 1) return str_sub(s, b, str_byte_offset(s, static_cast<size_t>(si.start) + si.count));
  StrBuilder sb;
  const char* p = d + b;
  for (size_t i = 0;; i++) {
    const char* q = p;
    utf8_next(&q);
    sb.add(p, static_cast<size_t>(q - p));
    if (i + 1 == si.count) break;
    // Move |step| characters from the start of this one.
    if (si.step > 0) {
      p = q;
      for (intptr k = 1; k < si.step; k++) p += utf8_seq_len(static_cast<uint8_t>(*p));
    } else {
      for (intptr k = 0; k < -si.step; k++) utf8_prev(&p);
    }
  }
  return sb.to_str();
}

Value str_subscr(Value self, Value index, Value value) {
  const Str* s = self_str(self);
  if (value != kSubscrLoad) {
    if (value == kSubscrDelete) raise_type_error("'str' object doesn't support item deletion");
    raise_type_error("'str' object does not support item assignment");
  }
  if (index.is_small()) {
    intptr i = index.small();
    size_t chars = str_char_len(s);
    if (i < 0) i += static_cast<intptr>(chars);
    if (i < 0 || static_cast<size_t>(i) >= chars) raise_index_error("string index out of range");
    if (chars == s->len) return str_char(static_cast<uint8_t>(s->data()[i]));
    const char* p = s->data() + str_byte_offset(s, static_cast<size_t>(i));
    return str_char(utf8_next(&p));
  }
  SliceIndices si;
  if (slice_indices(index, str_char_len(s), &si)) return str_slice(s, si);
  if (!is_int(index) && !(type_of(index)->flags & kTypeHeap))
    raise_fmt(&exc::TypeError, "string indices must be integers, not '%s'", type_name(index));
  size_t i = seq_index(index, str_char_len(s), "string");
  const char* p = s->data() + str_byte_offset(s, i);
  return str_char(utf8_next(&p));
}

// ---------------------------------------------------------------------------
// Iteration.

struct StrIter {
  const Type* type;  // &str_iter_type
  const Str* s;
  size_t pos;        // byte offset of the next character
};

Value str_getiter(Value self) {
  auto* it = static_cast<StrIter*>(gc::alloc(sizeof(StrIter)));
  it->type = &str_iter_type;
  it->s = self_str(self);
  it->pos = 0;
  return from_ptr(it);
}

Value str_iter_self(Value self) { return self; }

Value str_iter_next(Value self) {
  auto* it = self.as<StrIter>();
  const Str* s = it->s;
  if (it->pos >= s->len) return Value::stop();
  const char* p = s->data() + it->pos;
  uint8_t c = static_cast<uint8_t>(*p);
  if (c < 0x80) {
    it->pos++;
    return str_char(c);
  }
  uint32_t cp = utf8_next(&p);
  it->pos = static_cast<size_t>(p - s->data());
  return str_char(cp);
}

// ---------------------------------------------------------------------------
// Searching methods.

// The sub argument of find & co.
const Str* sub_arg(Value v) {
  const Str* s = as_str(v);
  if (!s) raise_fmt(&exc::TypeError, "must be str, not %s", type_name(v));
  return s;
}

// Byte offset of the first (or last) match of sub in s within the span given
// by args[2..3], or -1.
intptr search(size_t n_args, const Value* args, bool reverse, const Str** s_out, Span* sp_out) {
  const Str* s = self_str(args[0]);
  const Str* sub = sub_arg(args[1]);
  Span sp = span_of(s, arg_or_null(n_args, args, 2), arg_or_null(n_args, args, 3));
  *s_out = s;
  *sp_out = sp;
  if (!sp.ok) return -1;
  const char* base = s->data() + sp.b0;
  size_t n = sp.b1 - sp.b0;
  const char* p = reverse ? rfind_bytes(base, n, sub->data(), sub->len) : find_bytes(base, n, sub->data(), sub->len);
  return p ? p - s->data() : -1;
}

Value find_result(const Str* s, intptr b) {
  if (b < 0) return small(-1);
  return small(static_cast<intptr>(str_char_index(s, static_cast<size_t>(b))));
}


Value str_find(size_t n_args, const Value* args) {
  const Str* s;
  Span sp;
  intptr b = search(n_args, args, false, &s, &sp);
  return find_result(s, b);
}

Value str_rfind(size_t n_args, const Value* args) {
  const Str* s;
  Span sp;
  intptr b = search(n_args, args, true, &s, &sp);
  return find_result(s, b);
}

Value str_index(size_t n_args, const Value* args) {
  const Str* s;
  Span sp;
  intptr b = search(n_args, args, false, &s, &sp);
  if (b < 0) raise_value_error("substring not found");
  return find_result(s, b);
}

Value str_rindex(size_t n_args, const Value* args) {
  const Str* s;
  Span sp;
  intptr b = search(n_args, args, true, &s, &sp);
  if (b < 0) raise_value_error("substring not found");
  return find_result(s, b);
}

Value str_count(size_t n_args, const Value* args) {
  const Str* s = self_str(args[0]);
  const Str* sub = sub_arg(args[1]);
  Span sp = span_of(s, arg_or_null(n_args, args, 2), arg_or_null(n_args, args, 3));
  if (!sp.ok) return small(0);
  if (sub->len == 0) return small(static_cast<intptr>(sp.c1 - sp.c0 + 1));
  return small(static_cast<intptr>(count_bytes(s->data() + sp.b0, sp.b1 - sp.b0, sub->data(), sub->len, SIZE_MAX)));
}

// startswith/endswith: prefix is a str or a tuple of str.
Value starts_ends(size_t n_args, const Value* args, bool ends, const char* name) {
  const Str* s = self_str(args[0]);
  Span sp = span_of(s, arg_or_null(n_args, args, 2), arg_or_null(n_args, args, 3));
  Value pv = args[1];
  size_t n = 1;
  const Value* items = &pv;
  if (is_tuple(pv)) {
    n = pv.as<Tuple>()->len;
    items = pv.as<Tuple>()->items();
  } else if (!as_str(pv)) {
    raise_fmt(&exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(pv));
  }
  for (size_t i = 0; i < n; i++) {
    const Str* p = as_str(items[i]);
    if (!p) raise_fmt(&exc::TypeError, "tuple for %s must only contain str, not %s", name, type_name(items[i]));
    if (!sp.ok || p->len > sp.b1 - sp.b0) continue;
    const char* at = ends ? s->data() + sp.b1 - p->len : s->data() + sp.b0;
    if (memcmp(at, p->data(), p->len) == 0) return true_();
  }
  return false_();
}

Value str_startswith(size_t n_args, const Value* args) { return starts_ends(n_args, args, false, "startswith"); }
Value str_endswith(size_t n_args, const Value* args) { return starts_ends(n_args, args, true, "endswith"); }

// ---------------------------------------------------------------------------
// Splitting and joining.

// Parses (sep=None, maxsplit=-1) after self. Returns the separator or null.
const Str* split_args(const Str* name, size_t n_args, size_t n_kw, const Value* args, intptr* maxsplit) {
  static const Str* const names[] = {QSTR(sep), QSTR(maxsplit)};
  Value a[2];
  parse_args(name, n_args - 1, n_kw, args + 1, names, 2, 0, a);
  *maxsplit = a[1].is_null() ? -1 : index_intptr(a[1]);
  if (a[0].is_null() || is_none(a[0])) return nullptr;
  const Str* sep = as_str(a[0]);
  if (!sep) raise_fmt(&exc::TypeError, "must be str or None, not %s", type_name(a[0]));
  if (sep->len == 0) raise_value_error("empty separator");
  return sep;
}

void reverse_list(List* l) {
  for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j - 1];
    l->items[j - 1] = t;
  }
}

Value str_split(size_t n_args, size_t n_kw, const Value* args) {
  const Str* s = self_str(args[0]);
  intptr maxsplit;
  const Str* sep = split_args(QSTR(split), n_args, n_kw, args, &maxsplit);
  List* out = list_new(0);
  const char* d = s->data();
  const char* p = d;
  const char* end = d + s->len;
  if (!sep) {
    for (;;) {
      size_t k;
      while (p < end && (k = space_at(p))) p += k;
      if (p == end) break;
      if (maxsplit == 0) {
        list_append(out, str_sub(s, static_cast<size_t>(p - d), s->len));
        break;
      }
      const char* q = p;
      while (q < end && !space_at(q)) q += utf8_seq_len(static_cast<uint8_t>(*q));
      list_append(out, str_sub(s, static_cast<size_t>(p - d), static_cast<size_t>(q - d)));
      if (maxsplit > 0) maxsplit--;
      p = q;
    }
    return from_ptr(out);
  }
  while (maxsplit != 0) {
    const char* q = find_bytes(p, static_cast<size_t>(end - p), sep->data(), sep->len);
    if (!q) break;
    list_append(out, str_new(p, static_cast<size_t>(q - p)));
    p = q + sep->len;
    if (maxsplit > 0) maxsplit--;
  }
  list_append(out, str_sub(s, static_cast<size_t>(p - d), s->len));
  return from_ptr(out);
}

Value str_rsplit(size_t n_args, size_t n_kw, const Value* args) {
  const Str* s = self_str(args[0]);
  intptr maxsplit;
  const Str* sep = split_args(QSTR(rsplit), n_args, n_kw, args, &maxsplit);
  List* out = list_new(0);
  const char* d = s->data();
  const char* e = d + s->len;
  if (!sep) {
    for (;;) {
      size_t k;
      while (e > d && (k = space_before(e))) e -= k;
      if (e == d) break;
      if (maxsplit == 0) {
        list_append(out, str_sub(s, 0, static_cast<size_t>(e - d)));
        break;
      }
      const char* q = e;
      while (q > d && !space_before(q)) utf8_prev(&q);
      list_append(out, str_sub(s, static_cast<size_t>(q - d), static_cast<size_t>(e - d)));
      if (maxsplit > 0) maxsplit--;
      e = q;
    }
  } else {
    while (maxsplit != 0) {
      const char* q = rfind_bytes(d, static_cast<size_t>(e - d), sep->data(), sep->len);
      if (!q) break;
      list_append(out, str_new(q + sep->len, static_cast<size_t>(e - q) - sep->len));
      e = q;
      if (maxsplit > 0) maxsplit--;
    }
    list_append(out, str_sub(s, 0, static_cast<size_t>(e - d)));
  }
  reverse_list(out);
  return from_ptr(out);
}

// Length of the line break at p (0 if none): \n \r \r\n \v \f \x1c-\x1e,
// and U+0085, U+2028, U+2029.
size_t line_break_at(const char* p, const char* end) {
  uint8_t c = static_cast<uint8_t>(*p);
  switch (c) {
    case '\n': case '\v': case '\f': case 0x1C: case 0x1D: case 0x1E: return 1;
    case '\r': return p + 1 < end && p[1] == '\n' ? 2 : 1;
    case 0xC2: return static_cast<uint8_t>(p[1]) == 0x85 ? 2 : 0;
    case 0xE2:
      return static_cast<uint8_t>(p[1]) == 0x80 && (static_cast<uint8_t>(p[2]) & 0xFE) == 0xA8 ? 3 : 0;
    default: return 0;
  }
}

Value str_splitlines(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(keepends)};
  Value a[1];
  parse_args(QSTR(splitlines), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  bool keep = !a[0].is_null() && truthy(a[0]);
  const Str* s = self_str(args[0]);
  List* out = list_new(0);
  const char* d = s->data();
  const char* end = d + s->len;
  const char* line = d;
  for (const char* p = d; p < end;) {
    size_t k = line_break_at(p, end);
    if (!k) {
      p++;
      continue;
    }
    const char* stop = keep ? p + k : p;
    list_append(out, str_sub(s, static_cast<size_t>(line - d), static_cast<size_t>(stop - d)));
    p += k;
    line = p;
  }
  if (line < end) list_append(out, str_sub(s, static_cast<size_t>(line - d), s->len));
  return from_ptr(out);
}

Value str_join(Value self, Value iterable) {
  const Str* sep = self_str(self);
  Value seq = iterable;
  if (!is_list(seq) && !is_tuple(seq)) seq = list_from_iterable(iterable);
  size_t n;
  const Value* items;
  if (is_list(seq)) {
    n = seq.as<List>()->len;
    items = seq.as<List>()->items;
  } else {
    n = seq.as<Tuple>()->len;
    items = seq.as<Tuple>()->items();
  }
  if (n == 0) return str_value(QSTR(empty_));
  if (n == 1 && is_str(items[0])) return items[0];
  size_t total = sep->len * (n - 1);
  for (size_t i = 0; i < n; i++) {
    const Str* it = as_str(items[i]);
    if (!it) raise_fmt(&exc::TypeError, "sequence item %z: expected str instance, %s found", i, type_name(items[i]));
    total += it->len;
    if (total > UINT32_MAX - 64) raise_memory_error();
  }
  // No Python code runs from here on, so the items cannot change.
  Str* r = str_alloc(total);
  char* out = r->mut_data();
  for (size_t i = 0; i < n; i++) {
    if (i && sep->len) {
      memcpy(out, sep->data(), sep->len);
      out += sep->len;
    }
    const Str* it = as_str(items[i]);
    memcpy(out, it->data(), it->len);
    out += it->len;
  }
  return str_value(r);
}

// ---------------------------------------------------------------------------
// Stripping, replacing, partitioning.

// Is the character at p[0, k) one of the characters of set?
inline bool in_chars(const char* p, size_t k, const Str* set) {
  if (k == 1) return memchr(set->data(), *p, set->len) != nullptr;
  return find_bytes(set->data(), set->len, p, k) != nullptr;
}

Value strip(size_t n_args, const Value* args, bool left, bool right) {
  const Str* s = self_str(args[0]);
  const char* d = s->data();
  const char* b = d;
  const char* e = d + s->len;
  Value cv = n_args > 1 ? args[1] : Value::null();
  if (cv.is_null() || is_none(cv)) {
    size_t k;
    if (left)
      while (b < e && (k = space_at(b))) b += k;
    if (right)
      while (e > b && (k = space_before(e))) e -= k;
  } else {
    const Str* set = as_str(cv);
    if (!set) raise_type_error("strip arg must be None or str");
    if (left) {
      while (b < e) {
        size_t k = utf8_seq_len(static_cast<uint8_t>(*b));
        if (!in_chars(b, k, set)) break;
        b += k;
      }
    }
    if (right) {
      while (e > b) {
        const char* q = e;
        utf8_prev(&q);
        if (!in_chars(q, static_cast<size_t>(e - q), set)) break;
        e = q;
      }
    }
  }
  return str_sub(s, static_cast<size_t>(b - d), static_cast<size_t>(e - d));
}

Value str_strip(size_t n_args, const Value* args) { return strip(n_args, args, true, true); }
Value str_lstrip(size_t n_args, const Value* args) { return strip(n_args, args, true, false); }
Value str_rstrip(size_t n_args, const Value* args) { return strip(n_args, args, false, true); }

Value str_replace(size_t n_args, const Value* args) {
  const Str* s = self_str(args[0]);
  const Str* old = as_str(args[1]);
  if (!old) raise_fmt(&exc::TypeError, "replace() argument 1 must be str, not %s", type_name(args[1]));
  const Str* rep = as_str(args[2]);
  if (!rep) raise_fmt(&exc::TypeError, "replace() argument 2 must be str, not %s", type_name(args[2]));
  intptr maxc = n_args > 3 ? index_intptr(args[3]) : -1;
  size_t limit = maxc < 0 ? SIZE_MAX : static_cast<size_t>(maxc);
  const char* d = s->data();
  const char* end = d + s->len;
  if (old->len == 0) {
    // Insert rep before every character and at the end, up to limit times.
    size_t chars = str_char_len(s);
    size_t n = chars + 1 < limit ? chars + 1 : limit;
    if (n == 0 || rep->len == 0) return str_value(s);
    StrBuilder sb;
    sb.reserve(s->len + n * rep->len);
    const char* p = d;
    for (size_t i = 0; i < n; i++) {
      sb.add(rep->data(), rep->len);
      if (p == end) break;
      const char* q = p + utf8_seq_len(static_cast<uint8_t>(*p));
      sb.add(p, static_cast<size_t>(q - p));
      p = q;
    }
    sb.add(p, static_cast<size_t>(end - p));
    return sb.to_str();
  }
  size_t n = count_bytes(d, s->len, old->data(), old->len, limit);
  if (n == 0) return str_value(s);
  size_t total = s->len - n * old->len;
  if (rep->len && n > (UINT32_MAX - 64 - total) / rep->len) raise_memory_error();
  total += n * rep->len;
  Str* r = str_alloc(total);
  char* out = r->mut_data();
  const char* p = d;
  for (size_t i = 0; i < n; i++) {
    const char* q = find_bytes(p, static_cast<size_t>(end - p), old->data(), old->len);
    memcpy(out, p, static_cast<size_t>(q - p));
    out += q - p;
    memcpy(out, rep->data(), rep->len);
    out += rep->len;
    p = q + old->len;
  }
  memcpy(out, p, static_cast<size_t>(end - p));
  return str_value(r);
}

Value partition(Value self, Value sepv, bool reverse) {
  const Str* s = self_str(self);
  const Str* sep = as_str(sepv);
  if (!sep) raise_fmt(&exc::TypeError, "must be str, not %s", type_name(sepv));
  if (sep->len == 0) raise_value_error("empty separator");
  const char* d = s->data();
  const char* p = reverse ? rfind_bytes(d, s->len, sep->data(), sep->len) : find_bytes(d, s->len, sep->data(), sep->len);
  Tuple* t = tuple_alloc(3);
  Value* it = t->items();
  Value empty = str_value(QSTR(empty_));
  if (!p) {
    it[0] = reverse ? empty : str_value(s);
    it[1] = empty;
    it[2] = reverse ? str_value(s) : empty;
    return from_ptr(t);
  }
  size_t at = static_cast<size_t>(p - d);
  it[0] = str_new(d, at);
  it[1] = str_value(sep);
  it[2] = str_sub(s, at + sep->len, s->len);
  return from_ptr(t);
}

Value str_partition(Value self, Value sep) { return partition(self, sep, false); }
Value str_rpartition(Value self, Value sep) { return partition(self, sep, true); }

Value str_removeprefix(Value self, Value pv) {
  const Str* s = self_str(self);
  const Str* p = as_str(pv);
  if (!p) raise_fmt(&exc::TypeError, "removeprefix() argument must be str, not %s", type_name(pv));
  if (p->len <= s->len && memcmp(s->data(), p->data(), p->len) == 0) return str_sub(s, p->len, s->len);
  return str_value(s);
}

Value str_removesuffix(Value self, Value pv) {
  const Str* s = self_str(self);
  const Str* p = as_str(pv);
  if (!p) raise_fmt(&exc::TypeError, "removesuffix() argument must be str, not %s", type_name(pv));
  if (p->len && p->len <= s->len && memcmp(s->data() + s->len - p->len, p->data(), p->len) == 0)
    return str_sub(s, 0, s->len - p->len);
  return str_value(s);
}

// ---------------------------------------------------------------------------
// Case conversion.

enum class Case : uint8_t { Lower, Upper, Swap, Capitalize, Title, Fold };

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// Capital sigma lowercases to the final form when it ends a word: a cased
// letter comes before it and none after it (case-ignorable characters such
// as apostrophes are skipped in both directions).
uint32_t lower_sigma(const char* d, const char* at, const char* end) {
  const char* p = at;
  bool cased_before = false;
  while (p > d) {
    uint32_t c = utf8_prev(&p);
    if (!unicode::is_case_ignorable(c)) {
      cased_before = unicode::is_cased(c);
      break;
    }
  }
  if (!cased_before) return 0x3C3;
  p = at;
  utf8_next(&p);
  while (p < end) {
    uint32_t c = utf8_next(&p);
    if (!unicode::is_case_ignorable(c)) return unicode::is_cased(c) ? 0x3C3 : 0x3C2;
  }
  return 0x3C2;
}

size_t lower_at(uint32_t cp, const char* d, const char* at, const char* end, uint32_t out[3]) {
  if (cp == 0x3A3) {
    out[0] = lower_sigma(d, at, end);
    return 1;
  }
  return unicode::to_lower(cp, out);
}

Value change_case(Value self, Case mode) {
  const Str* s = self_str(self);
  const char* d = s->data();
  size_t n = s->len;
  if (str_is_ascii(s)) {
    if (n == 0) return str_value(s);
    Str* r = str_alloc(n);
    char* o = r->mut_data();
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
      char c = d[i];
      switch (mode) {
        case Case::Lower: case Case::Fold: o[i] = ascii_lower(c); break;
        case Case::Upper: o[i] = ascii_upper(c); break;
        case Case::Swap: o[i] = ascii_has(static_cast<uint8_t>(c), kUpper) ? ascii_lower(c) : ascii_upper(c); break;
        case Case::Capitalize: o[i] = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        case Case::Title: {
          bool cased = ascii_has(static_cast<uint8_t>(c), kUpper | kLower);
          o[i] = !cased ? c : prev_cased ? ascii_lower(c) : ascii_upper(c);
          prev_cased = cased;
          break;
        }
      }
    }
    return str_value(r);
  }
  StrBuilder sb;
  sb.reserve(n);
  const char* end = d + n;
  bool prev_cased = false;
  for (const char* p = d; p < end;) {
    const char* at = p;
    uint32_t cp = utf8_next(&p);
    uint32_t out[3];
    size_t k;
    switch (mode) {
      case Case::Lower: k = lower_at(cp, d, at, end, out); break;
      case Case::Upper: k = unicode::to_upper(cp, out); break;
      case Case::Fold: k = unicode::to_fold(cp, out); break;
      case Case::Swap:
        if (unicode::is_upper(cp)) k = lower_at(cp, d, at, end, out);
        else if (unicode::is_lower(cp)) k = unicode::to_upper(cp, out);
        else {
          out[0] = cp;
          k = 1;
        }
        break;
      case Case::Capitalize:
        k = at == d ? unicode::to_title(cp, out) : lower_at(cp, d, at, end, out);
        break;
      case Case::Title:
        k = prev_cased ? lower_at(cp, d, at, end, out) : unicode::to_title(cp, out);
        prev_cased = unicode::is_cased(cp);
        break;
    }
    for (size_t i = 0; i < k; i++) sb.add_codepoint(out[i]);
  }
  return sb.to_str();
}

Value str_lower(Value self) { return change_case(self, Case::Lower); }
Value str_upper(Value self) { return change_case(self, Case::Upper); }
Value str_swapcase(Value self) { return change_case(self, Case::Swap); }
Value str_capitalize(Value self) { return change_case(self, Case::Capitalize); }
Value str_title(Value self) { return change_case(self, Case::Title); }
Value str_casefold(Value self) { return change_case(self, Case::Fold); }

// ---------------------------------------------------------------------------
// Padding.

// The fillchar argument of center/ljust/rjust as UTF-8 in buf; returns its length.
size_t fill_arg(size_t n_args, const Value* args, char buf[4]) {
  if (n_args < 3) {
    buf[0] = ' ';
    return 1;
  }
  const Str* f = as_str(args[2]);
  if (!f) raise_fmt(&exc::TypeError, "The fill character must be a unicode character, not %s", type_name(args[2]));
  if (f->len == 0 || f->len > 4 || utf8_seq_len(static_cast<uint8_t>(f->data()[0])) != f->len)
    raise_type_error("The fill character must be exactly one character long");
  memcpy(buf, f->data(), f->len);
  return f->len;
}

// s with `left` fill characters before it and `right` after.
Value pad_with(const Str* s, size_t left, size_t right, const char* fill, size_t fl) {
  if (left + right == 0) return str_value(s);
  Str* r = str_alloc(s->len + (left + right) * fl);
  char* o = r->mut_data();
  for (size_t i = 0; i < left; i++, o += fl) memcpy(o, fill, fl);
  memcpy(o, s->data(), s->len);
  o += s->len;
  for (size_t i = 0; i < right; i++, o += fl) memcpy(o, fill, fl);
  return str_value(r);
}

Value justify(size_t n_args, const Value* args, char how) {
  const Str* s = self_str(args[0]);
  intptr width = index_intptr(args[1]);
  char fill[4];
  size_t fl = fill_arg(n_args, args, fill);
  intptr chars = static_cast<intptr>(str_char_len(s));
  if (width <= chars) return str_value(s);
  if (width > static_cast<intptr>(UINT32_MAX / 4)) raise_memory_error();
  size_t marg = static_cast<size_t>(width - chars);
  size_t left = how == '<' ? 0 : how == '>' ? marg : marg / 2 + (marg & static_cast<size_t>(width) & 1);
  return pad_with(s, left, marg - left, fill, fl);
}

Value str_center(size_t n_args, const Value* args) { return justify(n_args, args, '^'); }
Value str_ljust(size_t n_args, const Value* args) { return justify(n_args, args, '<'); }
Value str_rjust(size_t n_args, const Value* args) { return justify(n_args, args, '>'); }

Value str_zfill(Value self, Value wv) {
  const Str* s = self_str(self);
  intptr width = index_intptr(wv);
  intptr chars = static_cast<intptr>(str_char_len(s));
  if (width <= chars) return str_value(s);
  if (width > static_cast<intptr>(UINT32_MAX / 2)) raise_memory_error();
  size_t zeros = static_cast<size_t>(width - chars);
  Str* r = str_alloc(s->len + zeros);
  char* o = r->mut_data();
  const char* d = s->data();
  size_t sign = s->len && (d[0] == '+' || d[0] == '-') ? 1 : 0;
  memcpy(o, d, sign);
  memset(o + sign, '0', zeros);
  memcpy(o + sign + zeros, d + sign, s->len - sign);
  return str_value(r);
}

Value str_expandtabs(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(tabsize)};
  Value a[1];
  parse_args(QSTR(expandtabs), n_args - 1, n_kw, args + 1, names, 1, 0, a);
  intptr tab = a[0].is_null() ? 8 : index_intptr(a[0]);
  const Str* s = self_str(args[0]);
  const char* d = s->data();
  if (!memchr(d, '\t', s->len)) return str_value(s);
  StrBuilder sb;
  size_t col = 0;
  for (const char* p = d, *end = d + s->len; p < end;) {
    char c = *p;
    if (c == '\t') {
      if (tab > 0) {
        size_t k = static_cast<size_t>(tab) - col % static_cast<size_t>(tab);
        for (size_t i = 0; i < k; i++) sb.add_char(' ');
        col += k;
      }
      p++;
      continue;
    }
    size_t k = utf8_seq_len(static_cast<uint8_t>(c));
    sb.add(p, k);
    p += k;
    col = c == '\n' || c == '\r' ? 0 : col + 1;
  }
  return sb.to_str();
}

// ---------------------------------------------------------------------------
// Predicates.

// True if s is non-empty and every character is in class cls (ASCII) or
// satisfies pred (others).
Value all_chars(Value self, uint8_t cls, bool (*pred)(uint32_t), bool empty_result = false) {
  const Str* s = self_str(self);
  if (s->len == 0) return bool_(empty_result);
  const char* p = s->data();
  const char* end = p + s->len;
  while (p < end) {
    uint8_t c = static_cast<uint8_t>(*p);
    if (c < 0x80) {
      if (!(kChars.c[c] & cls)) return false_();
      p++;
    } else if (!pred(utf8_next(&p))) {
      return false_();
    }
  }
  return true_();
}

bool is_alnum_cp(uint32_t c) {
  return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
}

Value str_isspace(Value self) { return all_chars(self, kSpace, unicode::is_space); }
Value str_isalpha(Value self) { return all_chars(self, kUpper | kLower, unicode::is_alpha); }
Value str_isalnum(Value self) { return all_chars(self, kUpper | kLower | kDigit, is_alnum_cp); }
Value str_isdigit(Value self) { return all_chars(self, kDigit, unicode::is_digit); }
Value str_isdecimal(Value self) { return all_chars(self, kDigit, unicode::is_decimal); }
Value str_isnumeric(Value self) { return all_chars(self, kDigit, unicode::is_numeric); }
Value str_isprintable(Value self) { return all_chars(self, kPrint, unicode::is_printable, true); }

Value str_isascii(Value self) { return bool_(str_is_ascii(self_str(self))); }

// isupper/islower: some cased character and none of the other case (nor
// titlecase).
Value has_case(Value self, bool upper) {
  const Str* s = self_str(self);
  bool cased = false;
  for (const char* p = s->data(), *end = p + s->len; p < end;) {
    uint32_t c = static_cast<uint8_t>(*p) < 0x80 ? static_cast<uint8_t>(*p++) : utf8_next(&p);
    bool up = c < 0x80 ? ascii_has(static_cast<uint8_t>(c), kUpper) : unicode::is_upper(c);
    bool lo = c < 0x80 ? ascii_has(static_cast<uint8_t>(c), kLower) : unicode::is_lower(c);
    if ((upper ? lo : up) || (c >= 0x80 && unicode::is_title(c))) return false_();
    if (upper ? up : lo) cased = true;
  }
  return bool_(cased);
}

Value str_isupper(Value self) { return has_case(self, true); }
Value str_islower(Value self) { return has_case(self, false); }

Value str_istitle(Value self) {
  const Str* s = self_str(self);
  bool cased = false, prev_cased = false;
  for (const char* p = s->data(), *end = p + s->len; p < end;) {
    uint32_t c = utf8_next(&p);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev_cased) return false_();
      prev_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev_cased) return false_();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_(cased);
}

Value str_isidentifier(Value self) {
  const Str* s = self_str(self);
  if (s->len == 0) return false_();
  const char* p = s->data();
  const char* end = p + s->len;
  if (!unicode::is_xid_start(utf8_next(&p))) return false_();
  while (p < end)
    if (!unicode::is_xid_continue(utf8_next(&p))) return false_();
  return true_();
}

// ---------------------------------------------------------------------------
// Encoding, formatting, translation.

Value str_encode_m(size_t n_args, size_t n_kw, const Value* args) {
  static const Str* const names[] = {QSTR(encoding), QSTR(errors)};
  Value a[2];
  parse_args(QSTR(encode), n_args - 1, n_kw, args + 1, names, 2, 0, a);
  const Str* enc = a[0].is_null() ? nullptr : str_arg(a[0], "encode() argument 'encoding'");
  const Str* err = a[1].is_null() ? nullptr : str_arg(a[1], "encode() argument 'errors'");
  return str_encode(self_str(args[0]), enc, err);
}

Value str_format_m(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args == 0) raise_type_error("descriptor 'format' of 'str' object needs an argument");
  const Str* fmt = as_str(args[0]);
  if (!fmt) raise_type_error("descriptor 'format' requires a 'str' object");
  return str_format(fmt, n_args - 1, n_kw, args + 1);
}

Value str_format_map_m(Value self, Value mapping) { return str_format_map(self_str(self), mapping); }

Value str_format_dunder(Value self, Value spec) {
  const Str* sp = as_str(spec);
  if (!sp) raise_fmt(&exc::TypeError, "__format__() argument must be str, not %s", type_name(spec));
  return format_value(str_value(self_str(self)), sp);
}

// A one-character str's code point (for maketrans keys).
uint32_t single_char(const Str* s) {
  const char* p = s->data();
  return utf8_next(&p);
}

Value str_maketrans(size_t n_args, const Value* args) {
  Dict* out = dict_new();
  if (n_args == 1) {
    Dict* in = as_dict(args[0]);
    if (!in) raise_type_error("if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    for (MapEntry* e = map_next(&in->map, &pos); e; e = map_next(&in->map, &pos)) {
      Value k = e->key;
      if (const Str* ks = as_str(k)) {
        if (str_char_len(ks) != 1) raise_value_error("string keys in translate table must be of length 1");
        k = small(single_char(ks));
      } else if (!is_int(k)) {
        raise_type_error("keys in translate table must be strings or integers");
      }
      dict_set(out, k, e->value);
    }
    return from_ptr(out);
  }
  const Str* x = as_str(args[0]);
  if (!x) raise_type_error("first maketrans argument must be a string if there is a second argument");
  const Str* y = as_str(args[1]);
  if (!y) raise_fmt(&exc::TypeError, "maketrans() argument 2 must be str, not %s", type_name(args[1]));
  if (str_char_len(x) != str_char_len(y)) raise_value_error("the first two maketrans arguments must have equal length");
  const char* px = x->data();
  const char* py = y->data();
  for (const char* end = px + x->len; px < end;) {
    uint32_t a = utf8_next(&px);
    uint32_t b = utf8_next(&py);
    dict_set(out, small(a), small(b));
  }
  if (n_args > 2) {
    const Str* z = as_str(args[2]);
    if (!z) raise_fmt(&exc::TypeError, "maketrans() argument 3 must be str, not %s", type_name(args[2]));
    const char* pz = z->data();
    for (const char* end = pz + z->len; pz < end;) dict_set(out, small(utf8_next(&pz)), none());
  }
  return from_ptr(out);
}

// table[key], or null if that raises LookupError.
Value lookup_or_null(Value table, Value key) {
  if (Dict* d = as_dict(table)) {
    if (is_dict(table)) return dict_get(d, key);
  }
  NlrBuf nb;
  if (MINNOW_TRY(nb)) {
    Value r = subscr(table, key);
    nlr_pop();
    return r;
  }
  if (exc_matches(nb.exc, &exc::LookupError)) return Value::null();
  raise(nb.exc);
}

Value str_translate(Value self, Value table) {
  const Str* s = self_str(self);
  StrBuilder sb;
  sb.reserve(s->len);
  for (const char* p = s->data(), *end = p + s->len; p < end;) {
    const char* at = p;
    uint32_t cp = utf8_next(&p);
    Value r = lookup_or_null(table, small(cp));
    if (r.is_null()) {
      sb.add(at, static_cast<size_t>(p - at));
    } else if (is_none(r)) {
      continue;
    } else if (const Str* rs = as_str(r)) {
      sb.add(rs->data(), rs->len);
    } else if (is_int(r)) {
      intptr v = int_to_intptr(r);
      if (v < 0 || v > 0x10FFFF) raise_value_error("character mapping must be in range(0x110000)");
      sb.add_codepoint(static_cast<uint32_t>(v));
    } else {
      raise_type_error("character mapping must return integer, None or str");
    }
  }
  return sb.to_str();
}

// ---------------------------------------------------------------------------
// Special methods, for explicit calls ("abc".__len__(), super().__eq__(x)
// in a subclass); operators go through the slots above.

Value not_impl_to_value(Value r) { return r.is_not_impl_slot() ? not_implemented() : r; }

Value str_dunder_len(Value self) { return small(static_cast<intptr>(str_char_len(self_str(self)))); }
Value str_dunder_getitem(Value self, Value index) { return str_subscr(self, index, kSubscrLoad); }
Value str_dunder_contains(Value self, Value x) { return str_binary_op(BinOp::Contains, self, x); }
Value str_dunder_add(Value self, Value x) {
  const Str* b = as_str(x);
  if (!b) raise_fmt(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(x));
  return str_concat(self_str(self), b);
}
Value str_dunder_mul(Value self, Value n) { return str_repeat(self_str(self), n); }
Value str_dunder_mod(Value self, Value args) { return str_percent(self_str(self), args); }
Value str_dunder_rmod(Value self, Value x) { return as_str(x) ? str_percent(as_str(x), self) : not_implemented(); }
Value str_dunder_eq(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Eq, self, x)); }
Value str_dunder_ne(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Ne, self, x)); }
Value str_dunder_lt(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Lt, self, x)); }
Value str_dunder_le(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Le, self, x)); }
Value str_dunder_gt(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Gt, self, x)); }
Value str_dunder_ge(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Ge, self, x)); }
Value str_dunder_hash(Value self) { return small(static_cast<intptr>(str_hash(self_str(self)))); }
Value str_dunder_repr(Value self) {
  StrBuilder sb;
  print_quoted(&sb, self_str(self)->data(), self_str(self)->len);
  return sb.to_str();
}
Value str_dunder_str(Value self) { return str_value(self_str(self)); }

// ---------------------------------------------------------------------------
// The method table. Most used first: lookups scan it in order.

constexpr BuiltinFn str_join_fn = make_fn2(QSTR(join), str_join);
constexpr BuiltinFn str_split_fn = make_fn_kw(QSTR(split), str_split);
constexpr BuiltinFn str_format_fn = make_fn_kw(QSTR(format), str_format_m);
constexpr BuiltinFn str_startswith_fn = make_fn_var(QSTR(startswith), 2, 4, str_startswith);
constexpr BuiltinFn str_endswith_fn = make_fn_var(QSTR(endswith), 2, 4, str_endswith);
constexpr BuiltinFn str_strip_fn = make_fn_var(QSTR(strip), 1, 2, str_strip);
constexpr BuiltinFn str_replace_fn = make_fn_var(QSTR(replace), 3, 4, str_replace);
constexpr BuiltinFn str_find_fn = make_fn_var(QSTR(find), 2, 4, str_find);
constexpr BuiltinFn str_rfind_fn = make_fn_var(QSTR(rfind), 2, 4, str_rfind);
constexpr BuiltinFn str_index_fn = make_fn_var(QSTR(index), 2, 4, str_index);
constexpr BuiltinFn str_rindex_fn = make_fn_var(QSTR(rindex), 2, 4, str_rindex);
constexpr BuiltinFn str_count_fn = make_fn_var(QSTR(count), 2, 4, str_count);
constexpr BuiltinFn str_lstrip_fn = make_fn_var(QSTR(lstrip), 1, 2, str_lstrip);
constexpr BuiltinFn str_rstrip_fn = make_fn_var(QSTR(rstrip), 1, 2, str_rstrip);
constexpr BuiltinFn str_lower_fn = make_fn1(QSTR(lower), str_lower);
constexpr BuiltinFn str_upper_fn = make_fn1(QSTR(upper), str_upper);
constexpr BuiltinFn str_rsplit_fn = make_fn_kw(QSTR(rsplit), str_rsplit);
constexpr BuiltinFn str_splitlines_fn = make_fn_kw(QSTR(splitlines), str_splitlines);
constexpr BuiltinFn str_partition_fn = make_fn2(QSTR(partition), str_partition);
constexpr BuiltinFn str_rpartition_fn = make_fn2(QSTR(rpartition), str_rpartition);
constexpr BuiltinFn str_encode_fn = make_fn_kw(QSTR(encode), str_encode_m);
constexpr BuiltinFn str_isdigit_fn = make_fn1(QSTR(isdigit), str_isdigit);
constexpr BuiltinFn str_isalpha_fn = make_fn1(QSTR(isalpha), str_isalpha);
constexpr BuiltinFn str_isspace_fn = make_fn1(QSTR(isspace), str_isspace);
constexpr BuiltinFn str_isalnum_fn = make_fn1(QSTR(isalnum), str_isalnum);
constexpr BuiltinFn str_isupper_fn = make_fn1(QSTR(isupper), str_isupper);
constexpr BuiltinFn str_islower_fn = make_fn1(QSTR(islower), str_islower);
constexpr BuiltinFn str_istitle_fn = make_fn1(QSTR(istitle), str_istitle);
constexpr BuiltinFn str_isidentifier_fn = make_fn1(QSTR(isidentifier), str_isidentifier);
constexpr BuiltinFn str_isdecimal_fn = make_fn1(QSTR(isdecimal), str_isdecimal);
constexpr BuiltinFn str_isnumeric_fn = make_fn1(QSTR(isnumeric), str_isnumeric);
constexpr BuiltinFn str_isprintable_fn = make_fn1(QSTR(isprintable), str_isprintable);
constexpr BuiltinFn str_isascii_fn = make_fn1(QSTR(isascii), str_isascii);
constexpr BuiltinFn str_capitalize_fn = make_fn1(QSTR(capitalize), str_capitalize);
constexpr BuiltinFn str_title_fn = make_fn1(QSTR(title), str_title);
constexpr BuiltinFn str_swapcase_fn = make_fn1(QSTR(swapcase), str_swapcase);
constexpr BuiltinFn str_casefold_fn = make_fn1(QSTR(casefold), str_casefold);
constexpr BuiltinFn str_center_fn = make_fn_var(QSTR(center), 2, 3, str_center);
constexpr BuiltinFn str_ljust_fn = make_fn_var(QSTR(ljust), 2, 3, str_ljust);
constexpr BuiltinFn str_rjust_fn = make_fn_var(QSTR(rjust), 2, 3, str_rjust);
constexpr BuiltinFn str_zfill_fn = make_fn2(QSTR(zfill), str_zfill);
constexpr BuiltinFn str_expandtabs_fn = make_fn_kw(QSTR(expandtabs), str_expandtabs);
constexpr BuiltinFn str_removeprefix_fn = make_fn2(QSTR(removeprefix), str_removeprefix);
constexpr BuiltinFn str_removesuffix_fn = make_fn2(QSTR(removesuffix), str_removesuffix);
constexpr BuiltinFn str_format_map_fn = make_fn2(QSTR(format_map), str_format_map_m);
constexpr BuiltinFn str_format_dunder_fn = make_fn2(QSTR(__format__), str_format_dunder);
constexpr BuiltinFn str_translate_fn = make_fn2(QSTR(translate), str_translate);
constexpr BuiltinFn str_maketrans_fn = make_fn_var(QSTR(maketrans), 1, 3, str_maketrans);
constexpr StaticMethodObj str_maketrans_sm = {&staticmethod_type, &str_maketrans_fn};
constexpr BuiltinFn str_dunder_len_fn = make_fn1(QSTR(__len__), str_dunder_len);
constexpr BuiltinFn str_dunder_getitem_fn = make_fn2(QSTR(__getitem__), str_dunder_getitem);
constexpr BuiltinFn str_dunder_contains_fn = make_fn2(QSTR(__contains__), str_dunder_contains);
constexpr BuiltinFn str_dunder_add_fn = make_fn2(QSTR(__add__), str_dunder_add);
constexpr BuiltinFn str_dunder_mul_fn = make_fn2(QSTR(__mul__), str_dunder_mul);
constexpr BuiltinFn str_dunder_rmul_fn = make_fn2(QSTR(__rmul__), str_dunder_mul);
constexpr BuiltinFn str_dunder_mod_fn = make_fn2(QSTR(__mod__), str_dunder_mod);
constexpr BuiltinFn str_dunder_rmod_fn = make_fn2(QSTR(__rmod__), str_dunder_rmod);
constexpr BuiltinFn str_dunder_eq_fn = make_fn2(QSTR(__eq__), str_dunder_eq);
constexpr BuiltinFn str_dunder_ne_fn = make_fn2(QSTR(__ne__), str_dunder_ne);
constexpr BuiltinFn str_dunder_lt_fn = make_fn2(QSTR(__lt__), str_dunder_lt);
constexpr BuiltinFn str_dunder_le_fn = make_fn2(QSTR(__le__), str_dunder_le);
constexpr BuiltinFn str_dunder_gt_fn = make_fn2(QSTR(__gt__), str_dunder_gt);
constexpr BuiltinFn str_dunder_ge_fn = make_fn2(QSTR(__ge__), str_dunder_ge);
constexpr BuiltinFn str_dunder_hash_fn = make_fn1(QSTR(__hash__), str_dunder_hash);
constexpr BuiltinFn str_dunder_iter_fn = make_fn1(QSTR(__iter__), str_getiter);
constexpr BuiltinFn str_dunder_repr_fn = make_fn1(QSTR(__repr__), str_dunder_repr);
constexpr BuiltinFn str_dunder_str_fn = make_fn1(QSTR(__str__), str_dunder_str);

constexpr MethodEntry str_locals_entries[] = {
    entry(QSTR(join), &str_join_fn),
    entry(QSTR(split), &str_split_fn),
    entry(QSTR(format), &str_format_fn),
    entry(QSTR(startswith), &str_startswith_fn),
    entry(QSTR(endswith), &str_endswith_fn),
    entry(QSTR(strip), &str_strip_fn),
    entry(QSTR(replace), &str_replace_fn),
    entry(QSTR(find), &str_find_fn),
    entry(QSTR(rfind), &str_rfind_fn),
    entry(QSTR(index), &str_index_fn),
    entry(QSTR(rindex), &str_rindex_fn),
    entry(QSTR(count), &str_count_fn),
    entry(QSTR(lstrip), &str_lstrip_fn),
    entry(QSTR(rstrip), &str_rstrip_fn),
    entry(QSTR(lower), &str_lower_fn),
    entry(QSTR(upper), &str_upper_fn),
    entry(QSTR(rsplit), &str_rsplit_fn),
    entry(QSTR(splitlines), &str_splitlines_fn),
    entry(QSTR(partition), &str_partition_fn),
    entry(QSTR(rpartition), &str_rpartition_fn),
    entry(QSTR(encode), &str_encode_fn),
    entry(QSTR(isdigit), &str_isdigit_fn),
    entry(QSTR(isalpha), &str_isalpha_fn),
    entry(QSTR(isspace), &str_isspace_fn),
    entry(QSTR(isalnum), &str_isalnum_fn),
    entry(QSTR(isupper), &str_isupper_fn),
    entry(QSTR(islower), &str_islower_fn),
    entry(QSTR(istitle), &str_istitle_fn),
    entry(QSTR(isidentifier), &str_isidentifier_fn),
    entry(QSTR(isdecimal), &str_isdecimal_fn),
    entry(QSTR(isnumeric), &str_isnumeric_fn),
    entry(QSTR(isprintable), &str_isprintable_fn),
    entry(QSTR(isascii), &str_isascii_fn),
    entry(QSTR(capitalize), &str_capitalize_fn),
    entry(QSTR(title), &str_title_fn),
    entry(QSTR(swapcase), &str_swapcase_fn),
    entry(QSTR(casefold), &str_casefold_fn),
    entry(QSTR(center), &str_center_fn),
    entry(QSTR(ljust), &str_ljust_fn),
    entry(QSTR(rjust), &str_rjust_fn),
    entry(QSTR(zfill), &str_zfill_fn),
    entry(QSTR(expandtabs), &str_expandtabs_fn),
    entry(QSTR(removeprefix), &str_removeprefix_fn),
    entry(QSTR(removesuffix), &str_removesuffix_fn),
    entry(QSTR(format_map), &str_format_map_fn),
    entry(QSTR(__format__), &str_format_dunder_fn),
    entry(QSTR(translate), &str_translate_fn),
    entry(QSTR(maketrans), &str_maketrans_sm),
    entry(QSTR(__len__), &str_dunder_len_fn),
    entry(QSTR(__getitem__), &str_dunder_getitem_fn),
    entry(QSTR(__contains__), &str_dunder_contains_fn),
    entry(QSTR(__add__), &str_dunder_add_fn),
    entry(QSTR(__mul__), &str_dunder_mul_fn),
    entry(QSTR(__rmul__), &str_dunder_rmul_fn),
    entry(QSTR(__mod__), &str_dunder_mod_fn),
    entry(QSTR(__rmod__), &str_dunder_rmod_fn),
    entry(QSTR(__eq__), &str_dunder_eq_fn),
    entry(QSTR(__ne__), &str_dunder_ne_fn),
    entry(QSTR(__lt__), &str_dunder_lt_fn),
    entry(QSTR(__le__), &str_dunder_le_fn),
    entry(QSTR(__gt__), &str_dunder_gt_fn),
    entry(QSTR(__ge__), &str_dunder_ge_fn),
    entry(QSTR(__hash__), &str_dunder_hash_fn),
    entry(QSTR(__iter__), &str_dunder_iter_fn),
    entry(QSTR(__repr__), &str_dunder_repr_fn),
    entry(QSTR(__str__), &str_dunder_str_fn),
};

}  // namespace

constexpr Table str_locals = make_table(str_locals_entries);

constinit const Type str_type = {
    &type_type, QSTR(str), kTypeBaseOK, &str_type, &object_type,
    str_make_new, str_print, nullptr, str_unary_op, str_binary_op,
    nullptr, nullptr, str_subscr, str_getiter, nullptr, nullptr,
    &str_locals,
};

constinit const Type str_iter_type = {
    &type_type, QSTR(str_iterator), kTypeIterIsSelf, &str_iter_type, &object_type,
    nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, str_iter_self, str_iter_next, nullptr,
    nullptr,
};

}  // namespace minnow
