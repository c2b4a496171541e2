// The str type: its slots (creation, operators, indexing, iteration,
// printing) and the methods only str has. The methods it shares with bytes
// and bytearray (find, split, strip, replace, case mapping, is*()...) are in
// strbytes.cpp.
//
// Text is UTF-8 and Python sees code point indices. Every operation first
// asks whether the string is ASCII (str_char_len == len, counted once per
// heap string) and then works on bytes directly; non-ASCII text is walked
// with the helpers of str.h.
#include <cstring>

#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/format.h"
#include "obj/str.h"
#include "obj/strbytes.h"
#include "obj/tuple.h"
#include "util/unicode.h"

namespace minnow {

namespace {

inline const Str* self_str(Value v) { return v.as<Str>(); }

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
      if (a && is_int(rhs)) return text_repeat(str_value(a), rhs);
      if (!a && is_int(lhs)) {
        const Str* b = as_str(rhs);
        if (b) return text_repeat(str_value(b), lhs);
      }
      return Value::not_impl_slot();
    case BinOp::Mod: case BinOp::IMod:
      if (a) return str_percent(a, rhs);
      return Value::not_impl_slot();
    case BinOp::Contains: {
      const Str* b = as_str(rhs);
      if (!b) raise_fmt(&exc::TypeError, "'in <string>' requires string as left operand, not %s", type_name(rhs));
      return bool_(text_search(reinterpret_cast<const uint8_t*>(a->data()), 0, a->len,
                               reinterpret_cast<const uint8_t*>(b->data()), b->len, false) >= 0);
    }
    case BinOp::Eq: case BinOp::Ne: {
      const Str* b = as_str(rhs);
      if (!a || !b) return Value::not_impl_slot();
      return bool_(str_equal(a, b) == (op == BinOp::Eq));
    }
    case BinOp::Lt: case BinOp::Le: case BinOp::Gt: case BinOp::Ge: {
      const Str* b = as_str(rhs);
      if (!a || !b) return Value::not_impl_slot();
      // UTF-8 byte order is code point order.
      return bytes_compare(op, text_span(str_value(a)), text_span(str_value(b)));
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
  if (chars == s->len) return text_slice(str_value(s), si);
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
// Case conversion (of strs that are not all ASCII: strbytes.cpp maps the
// others).

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

}  // namespace

Value str_map_case_unicode(const Str* s, CaseMap mode) {
  const char* d = s->data();
  size_t n = s->len;
  StrBuilder sb;
  sb.reserve(n);
  const char* end = d + n;
  bool prev_cased = false;
  for (const char* p = d; p < end;) {
    const char* at = p;
    uint32_t cp = utf8_next(&p);
    uint32_t out[3];
    size_t k = 0;
    switch (mode) {
      case CaseMap::Lower: k = lower_at(cp, d, at, end, out); break;
      case CaseMap::Upper: k = unicode::to_upper(cp, out); break;
      case CaseMap::Fold: k = unicode::to_fold(cp, out); break;
      case CaseMap::Swap:
        if (unicode::is_upper(cp)) k = lower_at(cp, d, at, end, out);
        else if (unicode::is_lower(cp)) k = unicode::to_upper(cp, out);
        else {
          out[0] = cp;
          k = 1;
        }
        break;
      case CaseMap::Capitalize:
        k = at == d ? unicode::to_title(cp, out) : lower_at(cp, d, at, end, out);
        break;
      case CaseMap::Title:
        k = prev_cased ? lower_at(cp, d, at, end, out) : unicode::to_title(cp, out);
        prev_cased = unicode::is_cased(cp);
        break;
    }
    for (size_t i = 0; i < k; i++) sb.add_codepoint(out[i]);
  }
  return sb.to_str();
}

namespace {

#if MINNOW_CPYTHON_EXTRA
Value str_casefold(Value self) { return text_map_case(self, CaseMap::Fold); }

// ---------------------------------------------------------------------------
// Predicates (those bytes have too are in strbytes.cpp).

Value str_isdecimal(Value self) { return text_all_chars(self, kCharDigit, unicode::is_decimal); }
Value str_isnumeric(Value self) { return text_all_chars(self, kCharDigit, unicode::is_numeric); }
Value str_isprintable(Value self) { return text_all_chars(self, kCharPrint, unicode::is_printable, true); }

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
#endif

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

#if MINNOW_CPYTHON_EXTRA
Value str_format_map_m(Value self, Value mapping) { return str_format_map(self_str(self), mapping); }
#endif

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

#if MINNOW_CPYTHON_EXTRA
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

Value str_dunder_add(Value self, Value x) {
  const Str* b = as_str(x);
  if (!b) raise_fmt(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(x));
  return str_concat(self_str(self), b);
}
Value str_dunder_mul(Value self, Value n) { return text_repeat(self, n); }
Value str_dunder_mod(Value self, Value args) { return str_percent(self_str(self), args); }
Value str_dunder_rmod(Value self, Value x) { return as_str(x) ? str_percent(as_str(x), self) : not_implemented(); }
Value str_dunder_eq(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Eq, self, x)); }
Value str_dunder_ne(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Ne, self, x)); }
Value str_dunder_lt(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Lt, self, x)); }
Value str_dunder_le(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Le, self, x)); }
Value str_dunder_gt(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Gt, self, x)); }
Value str_dunder_ge(Value self, Value x) { return not_impl_to_value(str_binary_op(BinOp::Ge, self, x)); }
#endif

Value str_dunder_hash(Value self) { return small(static_cast<intptr>(str_hash(self_str(self)))); }
Value str_dunder_repr(Value self) {
  StrBuilder sb;
  print_quoted(&sb, self_str(self)->data(), self_str(self)->len);
  return sb.to_str();
}
Value str_dunder_str(Value self) { return str_value(self_str(self)); }

// ---------------------------------------------------------------------------
// The method table. Most used first: lookups scan it in order.

constexpr BuiltinFn str_format_fn = make_fn_kw(QSTR(format), str_format_m);
constexpr BuiltinFn str_encode_fn = make_fn_kw(QSTR(encode), str_encode_m);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn str_isidentifier_fn = make_fn1(QSTR(isidentifier), str_isidentifier);
constexpr BuiltinFn str_isdecimal_fn = make_fn1(QSTR(isdecimal), str_isdecimal);
constexpr BuiltinFn str_isnumeric_fn = make_fn1(QSTR(isnumeric), str_isnumeric);
constexpr BuiltinFn str_isprintable_fn = make_fn1(QSTR(isprintable), str_isprintable);
constexpr BuiltinFn str_casefold_fn = make_fn1(QSTR(casefold), str_casefold);
constexpr BuiltinFn str_format_map_fn = make_fn2(QSTR(format_map), str_format_map_m);
#endif
constexpr BuiltinFn str_format_dunder_fn = make_fn2(QSTR(__format__), str_format_dunder);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn str_translate_fn = make_fn2(QSTR(translate), str_translate);
constexpr BuiltinFn str_maketrans_fn = make_fn_var(QSTR(maketrans), 1, 3, str_maketrans);
constexpr StaticMethodObj str_maketrans_sm = {&staticmethod_type, &str_maketrans_fn};
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
#endif
constexpr BuiltinFn str_dunder_hash_fn = make_fn1(QSTR(__hash__), str_dunder_hash);
constexpr BuiltinFn str_dunder_repr_fn = make_fn1(QSTR(__repr__), str_dunder_repr);
constexpr BuiltinFn str_dunder_str_fn = make_fn1(QSTR(__str__), str_dunder_str);

constexpr MethodEntry str_locals_entries[] = {
    entry(QSTR(join), &strbytes_join_fn),
    entry(QSTR(split), &strbytes_split_fn),
    entry(QSTR(format), &str_format_fn),
    entry(QSTR(startswith), &strbytes_startswith_fn),
    entry(QSTR(endswith), &strbytes_endswith_fn),
    entry(QSTR(strip), &strbytes_strip_fn),
    entry(QSTR(replace), &strbytes_replace_fn),
    entry(QSTR(find), &strbytes_find_fn),
    entry(QSTR(rfind), &strbytes_rfind_fn),
    entry(QSTR(index), &strbytes_index_fn),
    entry(QSTR(rindex), &strbytes_rindex_fn),
    entry(QSTR(count), &strbytes_count_fn),
    entry(QSTR(lstrip), &strbytes_lstrip_fn),
    entry(QSTR(rstrip), &strbytes_rstrip_fn),
    entry(QSTR(lower), &strbytes_lower_fn),
    entry(QSTR(upper), &strbytes_upper_fn),
    entry(QSTR(rsplit), &strbytes_rsplit_fn),
    entry(QSTR(splitlines), &strbytes_splitlines_fn),
    entry(QSTR(partition), &strbytes_partition_fn),
    entry(QSTR(rpartition), &strbytes_rpartition_fn),
    entry(QSTR(encode), &str_encode_fn),
    entry(QSTR(isdigit), &strbytes_isdigit_fn),
    entry(QSTR(isalpha), &strbytes_isalpha_fn),
    entry(QSTR(isspace), &strbytes_isspace_fn),
    entry(QSTR(isupper), &strbytes_isupper_fn),
    entry(QSTR(islower), &strbytes_islower_fn),
    entry(QSTR(center), &strbytes_center_fn),
    entry(QSTR(__format__), &str_format_dunder_fn),
    entry(QSTR(__len__), &strbytes_len_fn),
    entry(QSTR(__getitem__), &strbytes_getitem_fn),
    entry(QSTR(__contains__), &strbytes_contains_fn),
    entry(QSTR(__hash__), &str_dunder_hash_fn),
    entry(QSTR(__iter__), &strbytes_iter_fn),
    entry(QSTR(__repr__), &str_dunder_repr_fn),
    entry(QSTR(__str__), &str_dunder_str_fn),
    // CPython has these, MicroPython leaves them out.
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(isalnum), &strbytes_isalnum_fn),
    entry(QSTR(istitle), &strbytes_istitle_fn),
    entry(QSTR(isidentifier), &str_isidentifier_fn),
    entry(QSTR(isdecimal), &str_isdecimal_fn),
    entry(QSTR(isnumeric), &str_isnumeric_fn),
    entry(QSTR(isprintable), &str_isprintable_fn),
    entry(QSTR(isascii), &strbytes_isascii_fn),
    entry(QSTR(capitalize), &strbytes_capitalize_fn),
    entry(QSTR(title), &strbytes_title_fn),
    entry(QSTR(swapcase), &strbytes_swapcase_fn),
    entry(QSTR(casefold), &str_casefold_fn),
    entry(QSTR(ljust), &strbytes_ljust_fn),
    entry(QSTR(rjust), &strbytes_rjust_fn),
    entry(QSTR(zfill), &strbytes_zfill_fn),
    entry(QSTR(expandtabs), &strbytes_expandtabs_fn),
    entry(QSTR(removeprefix), &strbytes_removeprefix_fn),
    entry(QSTR(removesuffix), &strbytes_removesuffix_fn),
    entry(QSTR(format_map), &str_format_map_fn),
    entry(QSTR(translate), &str_translate_fn),
    entry(QSTR(maketrans), &str_maketrans_sm),
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
#endif
};

}  // namespace

constexpr Table str_locals = make_table(str_locals_entries);

constexpr TypeSlots str_slots = {
    str_make_new, str_print, nullptr, str_unary_op, str_binary_op,
    nullptr, nullptr, str_subscr, str_getiter, nullptr, nullptr};
constinit const Type str_type = {
    &type_type, QSTR(str), kTypeBaseOK, &str_type, &object_type, &str_slots, &str_locals};

constexpr TypeSlots str_iter_slots = iterator_slots(str_iter_next);
constinit const Type str_iter_type = {
    &type_type, QSTR(str_iterator), kTypeIterIsSelf, &str_iter_type, &object_type, &str_iter_slots, nullptr};

}  // namespace minnow
