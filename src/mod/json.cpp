// The json module: dumps/dump (with the separators option, and at the full
// level CPython's indent, sort_keys, ensure_ascii and default options too:
// MicroPython leaves them out) and loads/load.
//
// Output follows CPython: ensure_ascii escapes non-ASCII text as \uXXXX by
// default; NaN and the infinities are written as NaN/Infinity/-Infinity;
// dict keys that are int, float, bool or None become strings. Decoding
// errors raise ValueError with CPython's message ("Expecting value: line 1
// column 1 (char 0)"); CPython raises json.JSONDecodeError, a subclass.
#include <cmath>
#include <cstring>

#include "config.h"
#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/list.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

namespace {

// ---------------------------------------------------------------------------
// Encoding.

struct Encoder {
  StrBuilder* out;
  const Str* item_sep;
  const Str* key_sep;
#if MINNOW_CPYTHON_EXTRA
  const Str* indent;  // null: everything on one line
  Value default_fn;   // null if none
  bool sort_keys;
  bool ensure_ascii;
  int depth;
#endif
};

void put(Encoder* e, const Str* s) { e->out->add(s->data(), s->len); }

#if MINNOW_CPYTHON_EXTRA
void newline_indent(Encoder* e) {
  e->out->add_char('\n');
  for (int i = 0; i < e->depth; i++) put(e, e->indent);
}

// A line break and the indentation before an item or a closing bracket,
// when indenting.
inline void maybe_indent(Encoder* e) {
  if (e->indent) newline_indent(e);
}
inline void indent_in(Encoder* e) { e->depth++; }
inline void indent_out(Encoder* e) {
  e->depth--;
  maybe_indent(e);
}
#else
inline void maybe_indent(Encoder*) {}
inline void indent_in(Encoder*) {}
inline void indent_out(Encoder*) {}
#endif

void put_hex4(StrBuilder* b, uint32_t u) {
  static const char hex[] = "0123456789abcdef";
  char buf[6] = {'\\', 'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15], hex[u & 15]};
  b->add(buf, 6);
}

void encode_str(Encoder* e, const Str* s) {
  StrBuilder* b = e->out;
  b->add_char('"');
  const char* p = s->data();
  const char* end = p + s->len;
  while (p < end) {
    uint8_t c = static_cast<uint8_t>(*p);
    if (c >= 0x80) {
#if MINNOW_CPYTHON_EXTRA
      const char* start = p;
#endif
      uint32_t cp = utf8_next(&p);
#if MINNOW_CPYTHON_EXTRA
      if (!e->ensure_ascii) {
        b->add(start, static_cast<size_t>(p - start));
        continue;
      }
#endif
      if (cp >= 0x10000) {
        cp -= 0x10000;
        put_hex4(b, 0xD800 + (cp >> 10));
        put_hex4(b, 0xDC00 + (cp & 0x3FF));
      } else {
        put_hex4(b, cp);
      }
      continue;
    }
    p++;
    switch (c) {
      case '"': b->add("\\\"", 2); break;
      case '\\': b->add("\\\\", 2); break;
      case '\n': b->add("\\n", 2); break;
      case '\r': b->add("\\r", 2); break;
      case '\t': b->add("\\t", 2); break;
      case '\b': b->add("\\b", 2); break;
      case '\f': b->add("\\f", 2); break;
      default:
        if (c < 0x20 || c == 0x7F) put_hex4(b, c);
        else b->add_char(static_cast<char>(c));
    }
  }
  b->add_char('"');
}

void encode_float(Encoder* e, Value v) {
  double d = float_value(v);
  if (std::isnan(d)) e->out->add_cstr("NaN");
  else if (std::isinf(d)) e->out->add_cstr(d > 0 ? "Infinity" : "-Infinity");
  else print_value(e->out, float_new(d), true);
}

void encode(Encoder* e, Value v);

// A dict key as JSON text: always a string.
void encode_key(Encoder* e, Value k) {
  if (const Str* s = as_str(k)) {
    encode_str(e, s);
    return;
  }
  e->out->add_char('"');
  if (k == true_()) e->out->add_cstr("true");
  else if (k == false_()) e->out->add_cstr("false");
  else if (is_none(k)) e->out->add_cstr("null");
  else if (is_int(k)) print_value(e->out, index_value(k), true);
  else if (is_float(k)) encode_float(e, k);
  else raise_fmt(&exc::TypeError, "keys must be str, int, float, bool or None, not %s", type_name(k));
  e->out->add_char('"');
}

// seq is a native List or a Tuple-shaped object (tuple, namedtuple). A list
// is re-read at every step: encoding an item may run Python code (default)
// that changes it.
void encode_seq(Encoder* e, Value seq) {
  bool lst = is_list(seq);
  auto length = [&] { return lst ? seq.as<List>()->len : seq.as<Tuple>()->len; };
  e->out->add_char('[');
  if (length() == 0) {
    e->out->add_char(']');
    return;
  }
  indent_in(e);
  for (size_t i = 0; i < length(); i++) {
    if (i) put(e, e->item_sep);
    maybe_indent(e);
    encode(e, lst ? seq.as<List>()->items[i] : seq.as<Tuple>()->items()[i]);
  }
  indent_out(e);
  e->out->add_char(']');
}

void encode_dict(Encoder* e, Dict* d) {
  e->out->add_char('{');
  if (d->map.count == 0) {
    e->out->add_char('}');
    return;
  }
  // Snapshot the pairs: encoding values may run Python code.
  size_t n = d->map.count;
  auto* pairs = static_cast<Value*>(gc::alloc(2 * n * sizeof(Value)));
  size_t pos = 0, k = 0;
  while (MapEntry* me = map_next(&d->map, &pos)) {
    if (k == 2 * n) break;
    pairs[k++] = me->key;
    pairs[k++] = me->value;
  }
  n = k / 2;
#if MINNOW_CPYTHON_EXTRA
  if (e->sort_keys && n > 1) {
    List* keys = list_new(n);
    for (size_t i = 0; i < n; i++) keys->items[i] = pairs[2 * i];
    list_sort(keys, Value::null(), false);
    for (size_t i = 0; i < n; i++) {
      Value key = keys->items[i];
      pairs[2 * i] = key;
      pairs[2 * i + 1] = dict_get(d, key);
    }
  }
#endif
  indent_in(e);
  for (size_t i = 0; i < n; i++) {
    if (i) put(e, e->item_sep);
    maybe_indent(e);
    encode_key(e, pairs[2 * i]);
    put(e, e->key_sep);
    encode(e, pairs[2 * i + 1]);
  }
  indent_out(e);
  e->out->add_char('}');
}

void encode(Encoder* e, Value v) {
  check_stack();
  if (is_none(v)) return e->out->add_cstr("null");
  if (v == true_()) return e->out->add_cstr("true");
  if (v == false_()) return e->out->add_cstr("false");
  if (const Str* s = as_str(v)) return encode_str(e, s);
  if (is_int(v)) return print_value(e->out, index_value(v), true);
  if (is_float(v)) return encode_float(e, v);
  bool is_seq = isinstance(v, &list_type) || isinstance(v, &tuple_type);
  Dict* d = is_seq ? nullptr : as_dict(v);
  if (is_seq || d) {
    if (!repr_enter(v)) raise_value_error("Circular reference detected");
    if (d) encode_dict(e, d);
    else encode_seq(e, native_of(v, isinstance(v, &list_type) ? &list_type : &tuple_type));
    repr_leave(v);
    return;
  }
#if MINNOW_CPYTHON_EXTRA
  if (!e->default_fn.is_null()) {
    if (!repr_enter(v)) raise_value_error("Circular reference detected");
    encode(e, call1(e->default_fn, v));
    repr_leave(v);
    return;
  }
#endif
  raise_fmt(&exc::TypeError, "Object of type %s is not JSON serializable", type_name(v));
}

// dumps(obj, *, separators=None); at the full level also CPython's
// indent=None, default=None, sort_keys=False and ensure_ascii=True (not
// skipkeys, check_circular, allow_nan or cls).
Value dumps_impl(Value obj, size_t n_kw, const Value* kw) {
#if MINNOW_CPYTHON_EXTRA
  static constexpr const Str* names[] = {QSTR(indent), QSTR(separators), QSTR(default), QSTR(sort_keys),
                                         QSTR(ensure_ascii)};
  constexpr size_t sep = 1;
#else
  static constexpr const Str* names[] = {QSTR(separators)};
  constexpr size_t sep = 0;
#endif
  constexpr size_t n_names = sizeof(names) / sizeof(names[0]);
  Value a[n_names];
  parse_args(QSTR(dumps), 0, n_kw, kw, names, n_names, 0, a);
  StrBuilder out;
#if MINNOW_CPYTHON_EXTRA
  Encoder e = {&out, nullptr, nullptr, nullptr, Value::null(), false, true, 0};
  if (!a[0].is_null() && !is_none(a[0])) {
    if (is_int(a[0])) {
      intptr n = index_intptr(a[0]);
      StrBuilder sp;
      for (intptr i = 0; i < n; i++) sp.add_char(' ');
      e.indent = as_str(sp.to_str());
    } else {
      e.indent = str_arg(a[0], "indent");
    }
  }
  const char* item_sep = e.indent ? "," : ", ";
#else
  Encoder e = {&out, nullptr, nullptr};
  const char* item_sep = ", ";
#endif
  if (!a[sep].is_null() && !is_none(a[sep])) {
    Value t = tuple_from_iterable(a[sep]);
    if (t.as<Tuple>()->len != 2) raise_value_error("separators must be a pair of strings");
    e.item_sep = str_arg(t.as<Tuple>()->items()[0], "separators");
    e.key_sep = str_arg(t.as<Tuple>()->items()[1], "separators");
  } else {
    e.item_sep = as_str(str_from_cstr(item_sep));
    e.key_sep = as_str(str_from_cstr(": "));
  }
#if MINNOW_CPYTHON_EXTRA
  if (!a[2].is_null() && !is_none(a[2])) e.default_fn = a[2];
  e.sort_keys = !a[3].is_null() && truthy(a[3]);
  e.ensure_ascii = a[4].is_null() || truthy(a[4]);
#endif
  encode(&e, obj);
  return out.to_str();
}

Value json_dumps(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 1) raise_fmt(&exc::TypeError, "dumps() takes 1 positional argument but %z were given", n_args);
  return dumps_impl(args[0], n_kw, args + 1);
}

Value json_dump(size_t n_args, size_t n_kw, const Value* args) {
  if (n_args != 2) raise_fmt(&exc::TypeError, "dump() takes 2 positional arguments but %z were given", n_args);
  Value s = dumps_impl(args[0], n_kw, args + 2);
  call_method(args[1], QSTR(write), 1, &s);
  return none();
}

// ---------------------------------------------------------------------------
// Decoding.

struct Parser {
  const char* start;
  const char* p;
  const char* end;
};

[[noreturn]] [[gnu::cold]] void parse_error(Parser* ps, const char* msg, const char* at) {
  size_t line = 1;
  const char* line_start = ps->start;
  for (const char* q = ps->start; q < at; q++)
    if (*q == '\n') {
      line++;
      line_start = q + 1;
    }
  size_t col = utf8_count(line_start, static_cast<size_t>(at - line_start)) + 1;
  size_t pos = utf8_count(ps->start, static_cast<size_t>(at - ps->start));
  raise_fmt(&exc::ValueError, "%s: line %z column %z (char %z)", msg, line, col, pos);
}

void skip_ws(Parser* ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')) ps->p++;
}

bool take_word(Parser* ps, const char* w) {
  size_t n = strlen(w);
  if (static_cast<size_t>(ps->end - ps->p) < n || memcmp(ps->p, w, n) != 0) return false;
  ps->p += n;
  return true;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at q, or -1.
int32_t hex4(const char* q, const char* end) {
  if (end - q < 4) return -1;
  int32_t u = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_digit(q[i]);
    if (d < 0) return -1;
    u = u * 16 + d;
  }
  return u;
}

// A string; ps->p is just past the opening quote.
Value parse_string(Parser* ps) {
  const char* open = ps->p - 1;
  // Fast path: no escapes.
  const char* q = ps->p;
  while (q < ps->end && *q != '"' && *q != '\\' && static_cast<uint8_t>(*q) >= 0x20) q++;
  if (q < ps->end && *q == '"') {
    Value s = str_new(ps->p, static_cast<size_t>(q - ps->p));
    ps->p = q + 1;
    return s;
  }
  StrBuilder b;
  q = ps->p;
  for (;;) {
    if (q >= ps->end) parse_error(ps, "Unterminated string starting at", open);
    char c = *q;
    if (c == '"') break;
    if (static_cast<uint8_t>(c) < 0x20) parse_error(ps, "Invalid control character at", q);
    if (c != '\\') {
      b.add_char(c);
      q++;
      continue;
    }
    if (q + 1 >= ps->end) parse_error(ps, "Unterminated string starting at", open);
    char esc = q[1];
    q += 2;
    switch (esc) {
      case '"': b.add_char('"'); break;
      case '\\': b.add_char('\\'); break;
      case '/': b.add_char('/'); break;
      case 'b': b.add_char('\b'); break;
      case 'f': b.add_char('\f'); break;
      case 'n': b.add_char('\n'); break;
      case 'r': b.add_char('\r'); break;
      case 't': b.add_char('\t'); break;
      case 'u': {
        int32_t u = hex4(q, ps->end);
        if (u < 0) parse_error(ps, "Invalid \\uXXXX escape", q - 1);
        q += 4;
        uint32_t cp = static_cast<uint32_t>(u);
        if (cp >= 0xD800 && cp < 0xDC00 && ps->end - q >= 6 && q[0] == '\\' && q[1] == 'u') {
          int32_t lo = hex4(q + 2, ps->end);
          if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<uint32_t>(lo) - 0xDC00);
            q += 6;
          }
        }
        b.add_codepoint(cp);
        break;
      }
      default: parse_error(ps, "Invalid \\escape", q - 2);
    }
  }
  ps->p = q + 1;
  return b.to_str();
}

Value parse_number(Parser* ps) {
  const char* s = ps->p;
  const char* q = s;
  bool neg = q < ps->end && *q == '-';
  if (neg) q++;
  const char* digits = q;
  if (q < ps->end && *q == '0') {
    q++;
  } else {
    while (q < ps->end && *q >= '0' && *q <= '9') q++;
  }
  if (q == digits) parse_error(ps, "Expecting value", s);
  const char* int_end = q;
  bool is_float_lit = false;
  if (q + 1 < ps->end && *q == '.' && q[1] >= '0' && q[1] <= '9') {
    is_float_lit = true;
    q++;
    while (q < ps->end && *q >= '0' && *q <= '9') q++;
  }
  if (q < ps->end && (*q == 'e' || *q == 'E')) {
    const char* r = q + 1;
    if (r < ps->end && (*r == '+' || *r == '-')) r++;
    if (r < ps->end && *r >= '0' && *r <= '9') {
      is_float_lit = true;
      while (r < ps->end && *r >= '0' && *r <= '9') r++;
      q = r;
    }
  }
  ps->p = q;
  if (!is_float_lit) {
    Value v = int_from_digits(digits, static_cast<size_t>(int_end - digits), 10);
    return neg ? unary_op(UnaryOp::Neg, v) : v;
  }
  if constexpr (!cfg::float_) raise_value_error("float not supported");
  Value text = str_new(s, static_cast<size_t>(q - s));
  return float_type.slots->make_new(&float_type, 1, 0, &text);
}

Value parse_value(Parser* ps);

Value parse_array(Parser* ps) {
  List* l = list_new(0);
  Value result = from_ptr(l);
  skip_ws(ps);
  if (ps->p < ps->end && *ps->p == ']') {
    ps->p++;
    return result;
  }
  for (;;) {
    skip_ws(ps);
    list_append(l, parse_value(ps));
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ',') {
      ps->p++;
      continue;
    }
    if (ps->p < ps->end && *ps->p == ']') {
      ps->p++;
      return result;
    }
    parse_error(ps, "Expecting ',' delimiter", ps->p);
  }
}

Value parse_object(Parser* ps) {
  Dict* d = dict_new();
  Value result = from_ptr(d);
  skip_ws(ps);
  if (ps->p < ps->end && *ps->p == '}') {
    ps->p++;
    return result;
  }
  for (;;) {
    skip_ws(ps);
    if (ps->p >= ps->end || *ps->p != '"')
      parse_error(ps, "Expecting property name enclosed in double quotes", ps->p);
    ps->p++;
    Value key = parse_string(ps);
    skip_ws(ps);
    if (ps->p >= ps->end || *ps->p != ':') parse_error(ps, "Expecting ':' delimiter", ps->p);
    ps->p++;
    skip_ws(ps);
    Value value = parse_value(ps);
    dict_set(d, key, value);
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ',') {
      ps->p++;
      continue;
    }
    if (ps->p < ps->end && *ps->p == '}') {
      ps->p++;
      return result;
    }
    parse_error(ps, "Expecting ',' delimiter", ps->p);
  }
}

// value: object | array | string | number | true | false | null | NaN | Infinity | -Infinity
Value parse_value(Parser* ps) {
  check_stack();
  if (ps->p >= ps->end) parse_error(ps, "Expecting value", ps->p);
  char c = *ps->p;
  switch (c) {
    case '{': ps->p++; return parse_object(ps);
    case '[': ps->p++; return parse_array(ps);
    case '"': ps->p++; return parse_string(ps);
    default: break;
  }
  if (take_word(ps, "true")) return true_();
  if (take_word(ps, "false")) return false_();
  if (take_word(ps, "null")) return none();
  if constexpr (cfg::float_) {
    if (take_word(ps, "NaN")) return float_new(NAN);
    if (take_word(ps, "Infinity")) return float_new(INFINITY);
    if (take_word(ps, "-Infinity")) return float_new(-INFINITY);
  }
  if (c == '-' || (c >= '0' && c <= '9')) return parse_number(ps);
  parse_error(ps, "Expecting value", ps->p);
}

Value json_loads(Value s) {
  const Str* text = as_str(s);
  if (!text) {
    ByteSpan sp;
    if (!bytes_like(s, &sp))
      raise_fmt(&exc::TypeError, "the JSON object must be str, bytes or bytearray, not %s", type_name(s));
    text = as_str(str_decode(reinterpret_cast<const char*>(sp.p), sp.n, nullptr, nullptr));
  }
  Parser ps = {text->data(), text->data(), text->data() + text->len};
  skip_ws(&ps);
  Value v = parse_value(&ps);
  skip_ws(&ps);
  if (ps.p != ps.end) parse_error(&ps, "Extra data", ps.p);
  return v;
}

Value json_load(Value stream) { return json_loads(call_method(stream, QSTR(read), 0, nullptr)); }

constexpr BuiltinFn json_dumps_fn = make_fn_kw(QSTR(dumps), json_dumps);
constexpr BuiltinFn json_dump_fn = make_fn_kw(QSTR(dump), json_dump);
constexpr BuiltinFn json_loads_fn = make_fn1(QSTR(loads), json_loads);
constexpr BuiltinFn json_load_fn = make_fn1(QSTR(load), json_load);

constexpr MethodEntry json_globals_entries[] = {
    entry(QSTR(__name__), QSTR(json)),
    entry(QSTR(dump), &json_dump_fn),
    entry(QSTR(dumps), &json_dumps_fn),
    entry(QSTR(load), &json_load_fn),
    entry(QSTR(loads), &json_loads_fn),
};
constexpr Table json_globals = make_table(json_globals_entries);

}  // namespace

constinit const BuiltinModule json_module = {QSTR(json), &json_globals, nullptr};

}  // namespace minnow
