// Text formatting: the format-spec mini-language (format(), str.format,
// f-strings) and printf-style `%` formatting.
//
// Every front end ends in the same place: a number or text split into a
// "head" (sign and 0x-style prefix) and a "body" (digits with grouping, or
// text), then padded to a width with emit_padded(). Float digits come from
// util/fltfmt (correctly rounded); int digits from the int type through
// int_to_digits().
#include "obj/format.h"

#include <cstring>

#include "config.h"
#include "gc/heap.h"
#include "obj/dict.h"
#include "obj/str.h"
#include "obj/strbytes.h"
#include "obj/tuple.h"
#include "util/fltfmt.h"

namespace minnow {

namespace {

// Widths and precisions above this are refused (CPython's limit is the
// platform's Py_ssize_t; nothing sensible needs more).
constexpr size_t kMaxWidth = 100000000;

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses decimal digits at s[*i] onwards into *out; false if there are none.
bool parse_number(const char* s, size_t n, size_t* i, size_t* out) {
  size_t v = 0, start = *i;
  for (; *i < n && is_digit(s[*i]); (*i)++) {
    v = v * 10 + static_cast<size_t>(s[*i] - '0');
    if (v > kMaxWidth) raise_value_error("Too many decimal digits in format string");
  }
  *out = v;
  return *i > start;
}

// ---------------------------------------------------------------------------
// Padding and grouping.

void add_fill(StrBuilder* out, uint32_t fill, size_t n) {
  if (!n) return;
  if (fill < 0x80) {
    out->reserve(n);
    memset(out->buf + out->len, static_cast<int>(fill), n);
    out->len += n;
    return;
  }
  char b[4];
  size_t k = utf8_encode(fill, b);
  out->reserve(n * k);
  for (size_t i = 0; i < n; i++) out->add(b, k);
}

// Appends head, body and tail (head and tail ASCII, body body_chars code
// points), padded with the fill to the spec's width. Alignment '=' puts the
// padding between head and body.
void emit_padded(StrBuilder* out, const FormatSpec& f, char default_align, const char* head, size_t head_n,
                 const char* body, size_t body_n, size_t body_chars, const char* tail = "", size_t tail_n = 0) {
  size_t chars = head_n + body_chars + tail_n;
  size_t pad = f.width > chars ? f.width - chars : 0;
  size_t left = 0, mid = 0, right = 0;
  switch (f.align ? f.align : default_align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
  }
  out->reserve(chars + pad);
  add_fill(out, f.fill, left);
  out->add(head, head_n);
  add_fill(out, f.fill, mid);
  out->add(body, body_n);
  out->add(tail, tail_n);
  add_fill(out, f.fill, right);
}

// Appends the digits d[0, n), preceded by `zeros` zeros, with sep between
// groups of `every` digits counted from the right.
void add_grouped(StrBuilder* out, const char* d, size_t n, size_t zeros, char sep, size_t every) {
  size_t total = n + zeros;
  out->reserve(total + total / every);
  for (size_t i = 0; i < total; i++) {
    if (i && (total - i) % every == 0) out->add_char(sep);
    out->add_char(i < zeros ? '0' : d[i - zeros]);
  }
}

// The '0' option: fill with zeros, and for numbers put them after the sign.
void resolve_zero(FormatSpec* f, bool numeric) {
  if (!f->zero) return;
  if (!f->fill_given) f->fill = '0';
  if (!f->align && numeric) f->align = '=';
}

// Appends a number: head (sign, prefix), then int_digits grouped as the spec
// says, then tail (fraction, exponent...) verbatim. When the padding is
// zeros after the sign, the zeros are grouped like digits (as CPython does).
void emit_number(StrBuilder* out, const FormatSpec& f, const char* head, size_t head_n, const char* digits,
                 size_t digits_n, const char* tail, size_t tail_n, size_t every) {
  // Digits, separators and the tails fltfmt writes are all ASCII. Without
  // digits (inf, nan) there is nothing to group.
  if (!f.grouping || digits_n == 0) {
    emit_padded(out, f, '>', head, head_n, digits, digits_n, digits_n, tail, tail_n);
    return;
  }
  size_t zeros = 0;
  if (f.fill == '0' && f.align == '=' && f.width > head_n + tail_n) {
    size_t want = f.width - head_n - tail_n;
    size_t d = digits_n ? digits_n : 1;
    while (d + (d - 1) / every < want) d++;
    zeros = d - digits_n;
  }
  StrBuilder body;
  add_grouped(&body, digits, digits_n, zeros, f.grouping, every);
  emit_padded(out, f, '>', head, head_n, body.buf, body.len, body.len, tail, tail_n);
  if (body.buf) gc::free(body.buf);
}

// "x" for a printable character, else "\\xNN" (as CPython quotes bad codes).
struct CharName {
  char text[5];
  CharName(char c) {
    uint8_t b = static_cast<uint8_t>(c);
    if (b > 32 && b < 127) {
      text[0] = c;
      text[1] = 0;
    } else {
      text[0] = '\\';
      text[1] = 'x';
      text[2] = "0123456789abcdef"[b >> 4];
      text[3] = "0123456789abcdef"[b & 15];
      text[4] = 0;
    }
  }
};

[[noreturn]] void unknown_code(char type, const char* tn) {
  raise_fmt(&exc::ValueError, "Unknown format code '%s' for object of type '%s'", CharName(type).text, tn);
}

[[noreturn]] void grouping_error(char grouping, char type) {
  raise_fmt(&exc::ValueError, "Cannot specify '%c' with '%c'.", grouping, type);
}

// The text of a float from util/fltfmt, which builds without float support
// leave out (no float object can reach here then).
size_t float_text(double x, const fltfmt::FormatSpec& fs, char* buf, size_t n) {
  if constexpr (cfg::float_) return fltfmt::format(x, fs, buf, n);
  raise_msg(&exc::NotImplementedError, "float formatting");
}

size_t float_printf_text(double x, char conv, int precision, bool alt, char* buf, size_t n) {
  if constexpr (cfg::float_) return fltfmt::format_printf(x, conv, precision, alt, buf, n);
  raise_msg(&exc::NotImplementedError, "float formatting");
}

// ---------------------------------------------------------------------------
// Int digits.

struct Digits {
  char small[80];
  const char* p;
  size_t n;
  bool neg;
};

// |v| in base (2..36) into d; v is an int or bool.
void int_digits(Value v, int base, bool upper, Digits* d) {
  if (v == true_()) v = small(1);
  else if (v == false_()) v = small(0);
  if (v.is_small()) {
    intptr x = v.small();
    d->neg = x < 0;
    uintptr m = x < 0 ? 0 - static_cast<uintptr>(x) : static_cast<uintptr>(x);
    char* e = d->small + sizeof d->small;
    char* q = e;
    const char* dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
      *--q = dig[m % static_cast<unsigned>(base)];
      m /= static_cast<unsigned>(base);
    } while (m);
    d->p = q;
    d->n = static_cast<size_t>(e - q);
    return;
  }
  d->neg = int_is_negative(v);
  size_t need = int_to_digits(v, base, d->small, sizeof d->small);
  char* p = d->small;
  if (need > sizeof d->small) {
    p = static_cast<char*>(gc::alloc(need, gc::kNoScan));
    need = int_to_digits(v, base, p, need);
  }
  if (upper)
    for (size_t i = 0; i < need; i++)
      if (p[i] >= 'a' && p[i] <= 'z') p[i] = static_cast<char>(p[i] - 32);
  d->p = p;
  d->n = need;
}

// Sign character for a number: '-' if negative, else per the sign option.
size_t sign_of(bool neg, char sign, char* out) {
  if (neg) out[0] = '-';
  else if (sign == '+' || sign == ' ') out[0] = sign;
  else return 0;
  return 1;
}

}  // namespace

// ---------------------------------------------------------------------------
// Format specs.

void parse_format_spec(const char* s, size_t n, FormatSpec* f, const char* tn, char default_type) {
  *f = FormatSpec{};
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  size_t i = 0;
  if (n) {
    size_t w = utf8_seq_len(static_cast<uint8_t>(s[0]));
    if (w < n && is_align(s[w])) {
      const char* p = s;
      f->fill = utf8_next(&p);
      f->fill_given = true;
      f->align = s[w];
      i = w + 1;
    } else if (is_align(s[0])) {
      f->align = s[0];
      i = 1;
    }
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f->sign = s[i++];
  if (i < n && s[i] == 'z') {
    f->no_neg_zero = true;
    i++;
  }
  if (i < n && s[i] == '#') {
    f->alternate = true;
    i++;
  }
  if (i < n && s[i] == '0') {
    f->zero = true;
    i++;
  }
  parse_number(s, n, &i, &f->width);
  if (i < n && (s[i] == ',' || s[i] == '_')) {
    f->grouping = s[i++];
    if (i < n && (s[i] == ',' || s[i] == '_')) raise_value_error("Cannot specify both ',' and '_'.");
  }
  if (i < n && s[i] == '.') {
    i++;
    size_t prec;
    if (!parse_number(s, n, &i, &prec)) raise_value_error("Format specifier missing precision");
    f->precision = static_cast<intptr>(prec);
  }
  if (n - i > 1) {
    Value spec = str_new(s, n);
    raise_fmt(&exc::ValueError, "Invalid format specifier '%S' for object of type '%s'", spec, tn);
  }
  f->type = i < n ? s[i] : default_type;
  if (f->grouping) {
    // ',' goes with decimal and float types, '_' also with b, o, x, X.
    switch (f->type) {
      case 0: case 'd': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
      case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') break;
        grouping_error(f->grouping, f->type);
      default: grouping_error(f->grouping, f->type);
    }
  }
}

void format_str_to(StrBuilder* out, const Str* text, const FormatSpec& f0) {
  FormatSpec f = f0;
  if (f.type && f.type != 's') unknown_code(f.type, "str");
  if (f.grouping) grouping_error(f.grouping, 's');
  if (f.sign == ' ') raise_value_error("Space not allowed in string format specifier");
  if (f.sign) raise_value_error("Sign not allowed in string format specifier");
  if (f.no_neg_zero) raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
  resolve_zero(&f, false);
  size_t chars = str_char_len(text);
  size_t bytes = text->len;
  if (f.precision >= 0 && static_cast<size_t>(f.precision) < chars) {
    chars = static_cast<size_t>(f.precision);
    bytes = str_byte_offset(text, chars);
  }
  emit_padded(out, f, '<', "", 0, text->data(), bytes, chars);
}

void format_int_to(StrBuilder* out, Value v, const FormatSpec& f0) {
  FormatSpec f = f0;
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 0: case 'd': break;
    case 'n': break;
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      format_float_to(out, float_value(v), f);
      return;
    default: unknown_code(f.type, type_name(v));
  }
  if (f.precision >= 0) raise_value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_zero) raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
  resolve_zero(&f, true);
  if (f.type == 'c') {
    if (f.sign) raise_value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (!v.is_small() && v != true_() && v != false_()) raise_overflow_error("Python int too large to convert to C long");
    intptr c = int_to_intptr(v);
    if (c < 0 || c > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
    char b[4];
    size_t k = utf8_encode(static_cast<uint32_t>(c), b);
    emit_padded(out, f, '>', "", 0, b, k, 1);
    return;
  }
  Digits d;
  int_digits(v, base, f.type == 'X', &d);
  char head[4];
  size_t hn = sign_of(d.neg, f.sign, head);
  if (f.alternate && *prefix) {
    head[hn++] = prefix[0];
    head[hn++] = prefix[1];
  }
  emit_number(out, f, head, hn, d.p, d.n, "", 0, base == 10 ? 3 : 4);
}

void format_float_to(StrBuilder* out, double x, const FormatSpec& f0) {
  FormatSpec f = f0;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n': break;
    default: unknown_code(f.type, "float");
  }
  if (f.precision > static_cast<intptr>(kMaxWidth)) raise_value_error("precision too big");
  resolve_zero(&f, true);
  fltfmt::FormatSpec fs;
  fs.type = f.type;
  fs.precision = static_cast<int>(f.precision);
  fs.alternate = f.alternate;
  fs.no_neg_zero = f.no_neg_zero;
  char buf[64];
  char* text = buf;
  size_t n = float_text(x, fs, buf, sizeof buf);
  if (n > sizeof buf) {
    text = static_cast<char*>(gc::alloc(n, gc::kNoScan));
    float_text(x, fs, text, n);
  }
  bool neg = n && text[0] == '-';
  char head[2];
  size_t hn = sign_of(neg, f.sign, head);
  const char* body = text + neg;
  size_t bn = n - neg;
  size_t int_n = 0;
  while (int_n < bn && is_digit(body[int_n])) int_n++;
  emit_number(out, f, head, hn, body, int_n, body + int_n, bn - int_n, 3);
}

namespace {

// One part of a complex number: its float text with the given sign option,
// grouped. repr_style: shortest digits without a ".0" on whole numbers.
void complex_part(StrBuilder* out, double x, const FormatSpec& f, char sign, bool repr_style) {
  fltfmt::FormatSpec fs;
  fs.type = repr_style ? 'r' : f.type;
  fs.precision = repr_style ? -1 : static_cast<int>(f.precision);
  fs.alternate = f.alternate;
  fs.no_neg_zero = f.no_neg_zero;
  char buf[64];
  char* text = buf;
  size_t n = float_text(x, fs, buf, sizeof buf);
  if (n > sizeof buf) {
    text = static_cast<char*>(gc::alloc(n, gc::kNoScan));
    float_text(x, fs, text, n);
  }
  if (repr_style && n >= 2 && text[n - 2] == '.' && text[n - 1] == '0') n -= 2;
  bool neg = n && text[0] == '-';
  char head[2];
  size_t hn = sign_of(neg, sign, head);
  const char* body = text + neg;
  size_t bn = n - neg;
  size_t int_n = 0;
  while (int_n < bn && is_digit(body[int_n])) int_n++;
  FormatSpec g;
  g.grouping = f.grouping;
  emit_number(out, g, head, hn, body, int_n, body + int_n, bn - int_n, 3);
}

// format(complex, spec) for a non-empty spec.
void format_complex_to(StrBuilder* out, Value v, const FormatSpec& f) {
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(f.type, "complex");
  }
  if (f.zero) raise_value_error("Zero padding is not allowed in complex format specifier");
  if (f.align == '=') raise_value_error("'=' alignment flag is not allowed in complex format specifier");
  if (f.precision > static_cast<intptr>(kMaxWidth)) raise_value_error("precision too big");
  double re = float_value(getattr(v, QSTR(real)));
  double im = float_value(getattr(v, QSTR(imag)));
  // Without a type: the real part is left out when it is +0, and a pair
  // gets parentheses; without a precision too, parts print like repr()
  // minus any ".0".
  bool bare = f.type == 0 && re == 0 && !__builtin_signbit(re);
  bool parens = f.type == 0 && !bare;
  bool repr_style = f.type == 0 && f.precision < 0;
  FormatSpec part = f;
  if (part.type == 0) part.type = 'g';
  StrBuilder body;
  if (parens) body.add_char('(');
  if (!bare) complex_part(&body, re, part, f.sign, repr_style);
  complex_part(&body, im, part, bare ? f.sign : '+', repr_style);
  body.add_char('j');
  if (parens) body.add_char(')');
  emit_padded(out, f, '>', "", 0, body.buf, body.len, body.len);
  gc::free(body.buf);
}

}  // namespace

Value format_value(Value v, const Str* spec) {
  const char* sd = spec ? spec->data() : "";
  size_t sn = spec ? spec->len : 0;
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap) {
    Value m = type_lookup(t, QSTR(__format__));
    if (!m.is_null() && !is_type(m, &builtin_fn_type)) {
      Value arg = str_value(spec ? spec : QSTR(empty_));
      Value r = call_method(v, QSTR(__format__), 1, &arg);
      if (!as_str(r)) raise_fmt(&exc::TypeError, "__format__ must return a str, not %s", type_name(r));
      return r;
    }
    if (sn == 0) return str_of(v);
    v = native_of(v, nullptr);
    t = type_of(v);
  }
  if (sn == 0) return str_of(v);
  StrBuilder sb;
  FormatSpec f;
  if (t == &str_type) {
    parse_format_spec(sd, sn, &f, "str", 's');
    format_str_to(&sb, v.as<Str>(), f);
  } else if (t == &int_type || t == &bool_type) {
    parse_format_spec(sd, sn, &f, t->name->data(), 'd');
    format_int_to(&sb, v, f);
  } else if (cfg::float_ && t == &float_type) {
    parse_format_spec(sd, sn, &f, "float", 0);
    format_float_to(&sb, float_value(v), f);
  } else if (cfg::float_ && t == &complex_type) {
    parse_format_spec(sd, sn, &f, "complex", 0);
    format_complex_to(&sb, v, f);
  } else {
    raise_fmt(&exc::TypeError, "unsupported format string passed to %s.__format__", type_name(v));
  }
  return sb.to_str();
}

Value ascii_of(Value v) {
  Value r = repr(v);
  const Str* s = r.as<Str>();
  if (ascii_only(s->data(), s->len)) return r;
  StrBuilder sb;
  sb.reserve(s->len + 8);
  for (const char* p = s->data(), *end = p + s->len; p < end;) {
    if (static_cast<uint8_t>(*p) < 0x80) {
      sb.add_char(*p++);
      continue;
    }
    uint32_t cp = utf8_next(&p);
    char b[10];
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    b[0] = '\\';
    b[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; i++) b[2 + i] = "0123456789abcdef"[(cp >> (4 * (digits - 1 - i))) & 15];
    sb.add(b, 2 + static_cast<size_t>(digits));
  }
  return sb.to_str();
}

// ---------------------------------------------------------------------------
// str.format and str.format_map.

namespace {

struct FormatArgs {
  size_t n_args;
  size_t n_kw;
  const Value* args;  // n_args positional values, then (name, value) pairs
  Value mapping;      // format_map's mapping, or null
  int auto_index;     // next automatic field number
  int mode;           // 0 undecided, 1 automatic numbering, 2 manual
};

void vformat(StrBuilder* out, const char* s, size_t n, FormatArgs* a, int depth);

// Parses all-digit text; -1 if it is not that (or too large).
intptr digits_value(const char* s, size_t n) {
  if (n == 0 || n > 9) return -1;
  intptr v = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

Value lookup_keyword(FormatArgs* a, const char* name, size_t n) {
  if (!a->mapping.is_null()) return subscr(a->mapping, str_new(name, n));
  const Value* kw = a->args + a->n_args;
  for (size_t i = 0; i < a->n_kw; i++) {
    const Str* k = kw[2 * i].as<Str>();
    if (k->len == n && memcmp(k->data(), name, n) == 0) return kw[2 * i + 1];
  }
  raise_key_error(str_new(name, n));
}

// The object a field name [s, s+n) refers to: an argument, then any
// .attribute and [key] parts.
Value resolve_field(FormatArgs* a, const char* s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] != '.' && s[i] != '[') i++;
  Value v;
  intptr idx = digits_value(s, i);
  if (i == 0 || idx >= 0) {
    if (!a->mapping.is_null()) raise_value_error("Format string contains positional fields");
    if (i == 0) {
      if (a->mode == 2) raise_value_error("cannot switch from manual field specification to automatic field numbering");
      a->mode = 1;
      idx = a->auto_index++;
    } else {
      if (a->mode == 1) raise_value_error("cannot switch from automatic field numbering to manual field specification");
      a->mode = 2;
    }
    if (static_cast<size_t>(idx) >= a->n_args)
      raise_fmt(&exc::IndexError, "Replacement index %D out of range for positional args tuple", idx);
    v = a->args[idx];
  } else {
    v = lookup_keyword(a, s, i);
  }
  while (i < n) {
    if (s[i] == '.') {
      size_t j = ++i;
      while (i < n && s[i] != '.' && s[i] != '[') i++;
      if (i == j) raise_value_error("Empty attribute in format string");
      v = getattr(v, intern(s + j, i - j));
    } else if (s[i] == '[') {
      size_t j = ++i;
      while (i < n && s[i] != ']') i++;
      if (i == n) raise_value_error("Missing ']' in format string");
      if (i == j) raise_value_error("Empty attribute in format string");
      intptr k = digits_value(s + j, i - j);
      v = subscr(v, k >= 0 ? small(k) : str_new(s + j, i - j));
      i++;
      if (i < n && s[i] != '.' && s[i] != '[')
        raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return v;
}

// One replacement field, the text between its braces.
void format_field(StrBuilder* out, const char* s, size_t n, FormatArgs* a, int depth) {
  // The name ends at '!' or ':' outside brackets.
  size_t i = 0;
  while (i < n && s[i] != '!' && s[i] != ':') {
    if (s[i] == '[') {
      while (i < n && s[i] != ']') i++;
      if (i == n) break;
    }
    i++;
  }
  size_t name_n = i;
  char conv = 0;
  if (i < n && s[i] == '!') {
    if (i + 1 >= n) raise_value_error("end of string while looking for conversion specifier");
    conv = s[i + 1];
    i += 2;
    if (i < n && s[i] != ':') raise_value_error("expected ':' after conversion specifier");
  }
  const char* spec = i < n ? s + i + 1 : s + n;
  size_t spec_n = i < n ? n - i - 1 : 0;
  Value v = resolve_field(a, s, name_n);
  switch (conv) {
    case 0: break;
    case 'r': v = repr(v); break;
    case 's': v = str_of(v); break;
    case 'a': v = ascii_of(v); break;
    default:
      raise_fmt(&exc::ValueError, "Unknown conversion specifier %s", CharName(conv).text);
  }
  if (spec_n == 0) {
    if (const Str* str = is_str(v) ? v.as<Str>() : nullptr) {
      out->add(str->data(), str->len);
      return;
    }
    if (v.is_small()) {
      print_int(out, v.small());
      return;
    }
  }
  // A spec with nested fields is formatted first.
  Value spec_str;
  if (memchr(spec, '{', spec_n)) {
    if (depth <= 1) raise_value_error("Max string recursion exceeded");
    StrBuilder sb;
    vformat(&sb, spec, spec_n, a, depth - 1);
    spec_str = sb.to_str();
  } else {
    spec_str = str_new(spec, spec_n);
  }
  Value r = format_value(v, spec_str.as<Str>());
  out->add(r.as<Str>()->data(), r.as<Str>()->len);
}

void vformat(StrBuilder* out, const char* s, size_t n, FormatArgs* a, int depth) {
  size_t i = 0;
  while (i < n) {
    // Copy literal text up to the next brace.
    size_t j = i;
    while (j < n && s[j] != '{' && s[j] != '}') j++;
    out->add(s + i, j - i);
    if (j == n) break;
    if (s[j] == '}') {
      if (j + 1 < n && s[j + 1] == '}') {
        out->add_char('}');
        i = j + 2;
        continue;
      }
      raise_value_error("Single '}' encountered in format string");
    }
    if (j + 1 < n && s[j + 1] == '{') {
      out->add_char('{');
      i = j + 2;
      continue;
    }
    // A field: find its closing brace, counting nested ones. Brackets in
    // the field name ("{0[}]}") hide any braces inside them.
    size_t k = j + 1;
    int nest = 1;
    bool in_name = true;
    for (; k < n; k++) {
      char c = s[k];
      if (in_name) {
        if (c == '[') {
          while (k < n && s[k] != ']') k++;
          if (k == n) break;
          continue;
        }
        if (c == ':' || c == '!') in_name = false;
      }
      if (c == '{') nest++;
      else if (c == '}' && --nest == 0) break;
    }
    if (k == n) {
      if (j + 1 == n) raise_value_error("Single '{' encountered in format string");
      raise_value_error("expected '}' before end of string");
    }
    format_field(out, s + j + 1, k - j - 1, a, depth);
    i = k + 1;
  }
}

}  // namespace

Value str_format(const Str* fmt, size_t n_args, size_t n_kw, const Value* args) {
  FormatArgs a{n_args, n_kw, args, Value::null(), 0, 0};
  StrBuilder sb;
  vformat(&sb, fmt->data(), fmt->len, &a, 2);
  return sb.to_str();
}

Value str_format_map(const Str* fmt, Value mapping) {
  FormatArgs a{0, 0, nullptr, mapping, 0, 0};
  StrBuilder sb;
  vformat(&sb, fmt->data(), fmt->len, &a, 2);
  return sb.to_str();
}

// ---------------------------------------------------------------------------
// printf-style formatting.

namespace {

struct PercentSpec {
  bool left, plus, space, alt, zero;
  size_t width;
  intptr precision;  // -1 if absent
};

// Pads body (with a head kept before any zeros) to the conversion's width.
void percent_emit(StrBuilder* out, const PercentSpec& ps, const char* head, size_t head_n, const char* body,
                  size_t body_n, size_t body_chars, bool numeric) {
  FormatSpec f;
  f.width = ps.width;
  if (ps.left) {
    f.align = '<';
  } else if (ps.zero && numeric) {
    f.align = '=';
    f.fill = '0';
  } else {
    f.align = '>';
  }
  emit_padded(out, f, '>', head, head_n, body, body_n, body_chars);
}

// An int for %d/%x..., converting floats (for d/i/u only) like int() does.
Value percent_int(Value v, char conv) {
  if (is_int(v)) return native_of(v, &int_type);
  bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
  if (decimal && is_float(v)) return unary_op(UnaryOp::Int, v);
  const Type* t = type_of(v);
  if ((t->flags & kTypeHeap) && !type_lookup(t, QSTR(__index__)).is_null()) return index_value(v);
  if (decimal && (t->flags & kTypeHeap) && !type_lookup(t, QSTR(__int__)).is_null()) return unary_op(UnaryOp::Int, v);
  if (decimal) raise_fmt(&exc::TypeError, "%%%c format: a real number is required, not %s", conv, type_name(v));
  raise_fmt(&exc::TypeError, "%%%c format: an integer is required, not %s", conv, type_name(v));
}

void percent_int_out(StrBuilder* out, const PercentSpec& ps, Value v, char conv) {
  int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
  Digits d;
  int_digits(v, base, conv == 'X', &d);
  char head[4];
  size_t hn = sign_of(d.neg, ps.plus ? '+' : ps.space ? ' ' : 0, head);
  if (ps.alt && base != 10) {
    head[hn++] = '0';
    head[hn++] = conv == 'o' ? 'o' : conv;
  }
  if (ps.precision <= 0 || static_cast<size_t>(ps.precision) <= d.n) {
    percent_emit(out, ps, head, hn, d.p, d.n, d.n, true);
    return;
  }
  // A precision is a minimum number of digits.
  if (static_cast<size_t>(ps.precision) > kMaxWidth) raise_value_error("precision too big");
  StrBuilder body;
  add_fill(&body, '0', static_cast<size_t>(ps.precision) - d.n);
  body.add(d.p, d.n);
  percent_emit(out, ps, head, hn, body.buf, body.len, body.len, true);
  gc::free(body.buf);
}

void percent_float_out(StrBuilder* out, const PercentSpec& ps, double x, char conv) {
  if (ps.precision > static_cast<intptr>(kMaxWidth)) raise_value_error("precision too big");
  char buf[64];
  char* text = buf;
  int prec = static_cast<int>(ps.precision);
  size_t n = float_printf_text(x, conv, prec, ps.alt, buf, sizeof buf);
  if (n > sizeof buf) {
    text = static_cast<char*>(gc::alloc(n, gc::kNoScan));
    float_printf_text(x, conv, prec, ps.alt, text, n);
  }
  bool neg = n && text[0] == '-';
  char head[2];
  size_t hn = sign_of(neg, ps.plus ? '+' : ps.space ? ' ' : 0, head);
  percent_emit(out, ps, head, hn, text + neg, n - neg, n - neg, true);
}

// Does v support v[key] (so that %(key)s may look things up in it)? str,
// tuples (and for bytes formats bytes and bytearray) do not count.
bool is_mapping(Value v, bool bytes) {
  if (as_str(v) || is_tuple(v)) return false;
  if (bytes && (isinstance(v, &bytes_type) || isinstance(v, &bytearray_type))) return false;
  const Type* t = type_of(v);
  if (t->flags & kTypeHeap)
    return !type_lookup(t, QSTR(__getitem__)).is_null() || (t->native && t->native->slots->subscr);
  return t->slots->subscr != nullptr;
}

// The bytes %s/%b inserts for v: a buffer's bytes, or what __bytes__ returns.
Value percent_bytes_of(Value v) {
  ByteSpan s;
  if (bytes_like(v, &s)) return v;
  const Type* t = type_of(v);
  if ((t->flags & kTypeHeap) && !type_lookup(t, QSTR(__bytes__)).is_null()) {
    Value r = call_method(v, QSTR(__bytes__), 0, nullptr);
    if (!isinstance(r, &bytes_type)) raise_fmt(&exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    return r;
  }
  raise_fmt(&exc::TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
            type_name(v));
}

// The character %c inserts for v, as UTF-8 (str) or one byte (bytes) in
// buf; returns its length.
size_t percent_char(Value v, bool bytes, char buf[4]) {
  if (bytes) {
    ByteSpan cs;
    if ((isinstance(v, &bytes_type) || isinstance(v, &bytearray_type)) && bytes_like(v, &cs) && cs.n == 1) {
      buf[0] = static_cast<char>(cs.p[0]);
    } else if (has_index(v)) {
      Value iv = index_value(v);
      if (!iv.is_small() || iv.small() < 0 || iv.small() > 255) raise_overflow_error("%c arg not in range(256)");
      buf[0] = static_cast<char>(iv.small());
    } else {
      raise_type_error("%c requires an integer in range(256) or a single byte");
    }
    return 1;
  }
  uint32_t cp;
  if (const Str* cs = as_str(v)) {
    if (str_char_len(cs) != 1) raise_type_error("%c requires int or char");
    const char* p = cs->data();
    cp = utf8_next(&p);
  } else if (is_int(v)) {
    Value iv = native_of(v, &int_type);
    intptr c = iv.is_small() || iv == true_() || iv == false_() ? int_to_intptr(iv) : -1;
    if (c < 0 || c > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
    cp = static_cast<uint32_t>(c);
  } else {
    raise_type_error("%c requires int or char");
  }
  return utf8_encode(cp, buf);
}

// ValueError for the conversion character at byte offset at of the format
// (str: its code point and code point index; bytes: the byte).
[[noreturn]] void percent_unknown(Value self, bool bytes, size_t at) {
  const char* p = reinterpret_cast<const char*>(text_span(self).p) + at;
  uint32_t c = static_cast<uint8_t>(*p);
  uint32_t shown = c;
  if (!bytes) {
    c = utf8_next(&p);
    shown = c >= 31 && c <= 126 ? c : '?';
    at = str_char_index(self.as<Str>(), at);
  } else if (c >= 0x80) {
    // CPython formats the byte as a (signed, negative) char here.
    raise_overflow_error("character argument not in range(0x110000)");
  }
  char hex[9];
  size_t k = sizeof hex - 1;
  hex[k] = 0;
  do {
    hex[--k] = "0123456789abcdef"[c & 15];
    c >>= 4;
  } while (c);
  raise_fmt(&exc::ValueError, "unsupported format character '%c' (0x%s) at index %z", static_cast<int>(shown),
            hex + k, at);
}

// Decimal digits of a width or precision at s[*i] onwards (none: 0).
size_t percent_number(const char* s, size_t n, size_t* i, bool precision, bool bytes) {
  size_t v = 0;
  for (; *i < n && is_digit(s[*i]); (*i)++) {
    v = v * 10 + static_cast<size_t>(s[*i] - '0');
    if (v > kMaxWidth) {
      if (!precision) raise_value_error("width too big");
      raise_value_error(bytes ? "prec too big" : "precision too big");
    }
  }
  return v;
}

}  // namespace

Value text_percent(Value self, Value args) {
  bool bytes = self.obj()->type != &str_type;
  const Value* items = &args;
  size_t n_items = 1;
  Value mapping = Value::null();
  Value targs = native_of(args, &tuple_type);
  if (is_tuple(targs)) {
    items = targs.as<Tuple>()->items();
    n_items = targs.as<Tuple>()->len;
  } else if (is_mapping(args, bytes)) {
    mapping = args;
  }
  size_t next = 0;
  // The value a %(key) conversion looked up: from then on the only argument
  // (as in CPython, a later conversion without a key finds none left).
  Value keyed;
  auto next_arg = [&]() -> Value {
    if (next >= n_items) raise_type_error("not enough arguments for format string");
    return items[next++];
  };
  StrBuilder sb;
  sb.reserve(text_span(self).n + 16);
  size_t i = 0;
  ByteSpan f = text_span(self);
  const char* s = reinterpret_cast<const char*>(f.p);
  size_t n = f.n;
  for (;;) {
    // A bytes format is re-read after every call out: a bytearray may change.
    if (bytes) {
      f = text_span(self);
      s = reinterpret_cast<const char*>(f.p);
      n = f.n;
    }
    if (i >= n) break;
    const char* pct = static_cast<const char*>(memchr(s + i, '%', n - i));
    if (!pct) {
      sb.add(s + i, n - i);
      break;
    }
    size_t at = static_cast<size_t>(pct - s);
    sb.add(s + i, at - i);
    i = at + 1;
    if (i == n) raise_value_error("incomplete format");
    if (s[i] == '%') {
      sb.add_char('%');
      i++;
      continue;
    }
    if (s[i] == '(') {
      if (mapping.is_null()) raise_type_error("format requires a mapping");
      size_t j = ++i;
      int nest = 1;
      for (; i < n; i++) {
        if (s[i] == '(') nest++;
        else if (s[i] == ')' && --nest == 0) break;
      }
      if (i == n) raise_value_error("incomplete format key");
      keyed = subscr(mapping, bytes ? bytes_new(s + j, i - j) : str_new(s + j, i - j));
      items = &keyed;
      n_items = 1;
      next = 0;
      i++;
      if (bytes) {
        f = text_span(self);
        s = reinterpret_cast<const char*>(f.p);
        n = f.n;
      }
    }
    PercentSpec ps{false, false, false, false, false, 0, -1};
    for (; i < n; i++) {
      char c = s[i];
      if (c == '-') ps.left = true;
      else if (c == '+') ps.plus = true;
      else if (c == ' ') ps.space = true;
      else if (c == '#') ps.alt = true;
      else if (c == '0') ps.zero = true;
      else break;
    }
    if (i < n && s[i] == '*') {
      Value w = next_arg();
      if (!is_int(w)) raise_type_error("* wants int");
      intptr wv = int_to_intptr(w);
      if (wv < 0) {
        ps.left = true;
        wv = -wv;
      }
      if (static_cast<size_t>(wv) > kMaxWidth) raise_value_error("width too big");
      ps.width = static_cast<size_t>(wv);
      i++;
    } else {
      ps.width = percent_number(s, n, &i, false, bytes);
    }
    if (i < n && s[i] == '.') {
      i++;
      if (i < n && s[i] == '*') {
        Value p = next_arg();
        if (!is_int(p)) raise_type_error("* wants int");
        intptr pv = int_to_intptr(p);
        ps.precision = pv < 0 ? 0 : pv;
        i++;
      } else {
        ps.precision = static_cast<intptr>(percent_number(s, n, &i, true, bytes));
      }
    }
    while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
    if (i == n) raise_value_error("incomplete format");
    char conv = s[i++];
    Value v = next_arg();
    switch (conv) {
      case 's': case 'r': case 'a': case 'b': {
        // Text: a str (code points) for str formats, bytes for bytes formats.
        Value t;
        if (bytes) {
          if (conv == 'r' || conv == 'a') {
            const Str* a = ascii_of(v).as<Str>();
            t = bytes_new(a->data(), a->len);
          } else {
            t = percent_bytes_of(v);
          }
        } else {
          if (conv == 'b') percent_unknown(self, bytes, i - 1);
          t = conv == 's' ? str_of(v) : conv == 'r' ? repr(v) : ascii_of(v);
        }
        const char* body;
        size_t len, chars;
        if (bytes) {
          ByteSpan bs = bytes_like_arg(t);
          body = reinterpret_cast<const char*>(bs.p);
          len = chars = bs.n;
          if (ps.precision >= 0 && static_cast<size_t>(ps.precision) < len) len = chars = static_cast<size_t>(ps.precision);
        } else {
          const Str* ts = t.as<Str>();
          body = ts->data();
          chars = str_char_len(ts);
          len = ts->len;
          if (ps.precision >= 0 && static_cast<size_t>(ps.precision) < chars) {
            chars = static_cast<size_t>(ps.precision);
            len = str_byte_offset(ts, chars);
          }
        }
        percent_emit(&sb, ps, "", 0, body, len, chars, false);
        break;
      }
      case 'c': {
        char b[4];
        size_t k = percent_char(v, bytes, b);
        percent_emit(&sb, ps, "", 0, b, k, 1, false);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        percent_int_out(&sb, ps, percent_int(v, conv), conv);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        if (bytes && !is_float(v) && !is_int(v) && !(type_of(v)->flags & kTypeHeap))
          raise_fmt(&exc::TypeError, "float argument required, not %s", type_name(v));
        percent_float_out(&sb, ps, float_value(v), conv);
        break;
      default:
        percent_unknown(self, bytes, i - 1);
    }
  }
  if (mapping.is_null() && next < n_items)
    raise_type_error(bytes ? "not all arguments converted during bytes formatting"
                           : "not all arguments converted during string formatting");
  return bytes ? text_from_builder(self, &sb) : sb.to_str();
}

}  // namespace minnow
