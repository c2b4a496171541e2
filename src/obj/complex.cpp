// The complex type: pairs of doubles with CPython 3.11's arithmetic (a real
// operand is widened to complex first), repr and string syntax.
#include <cmath>
#include <cstring>

#include "gc/heap.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/str.h"
#include "util/fltfmt.h"

namespace minnow {

#if MINNOW_FLOAT

Value complex_new(double re, double im) {
  ComplexObj* c = static_cast<ComplexObj*>(gc::alloc(sizeof(ComplexObj), gc::kNoScan));
  c->type = &complex_type;
  c->re = re;
  c->im = im;
  return from_ptr(c);
}

static Value make(Cplx c) { return complex_new(c.re, c.im); }
static Cplx cplx_of(Value v) { return Cplx{v.as<ComplexObj>()->re, v.as<ComplexObj>()->im}; }

bool number_to_complex(Value v, Cplx* out) {
  if (is_complex_obj(v)) {
    *out = cplx_of(v);
    return true;
  }
  double d;
  if (number_to_double(v, &d)) {
    *out = Cplx{d, 0.0};
    return true;
  }
  return false;
}

// __complex__ of an object of a Python class; false if it has none.
static bool user_complex(Value v, Cplx* out) {
  const Type* t = type_of(v);
  if (!(t->flags & kTypeHeap) || type_lookup(t, QSTR(__complex__)).is_null()) return false;
  Value r = call_method(v, QSTR(__complex__), 0, nullptr);
  Value n = native_of(r, &complex_type);
  if (!is_complex_obj(n))
    raise_fmt(&exc::TypeError, "__complex__ returned non-complex (type %s)", type_name(r));
  *out = cplx_of(n);
  return true;
}

Cplx complex_arg(Value v) {
  Cplx c;
  if (number_to_complex(v, &c)) return c;
  if (user_complex(v, &c)) return c;
  Value n = native_of(v, nullptr);
  if (n != v && number_to_complex(n, &c)) return c;
  return Cplx{float_value(v), 0.0};
}

// ---------------------------------------------------------------------------
// Arithmetic.

static inline Cplx c_mul(Cplx a, Cplx b) { return Cplx{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// a / b by scaling with the larger part of b (Smith's method); b != 0.
static Cplx c_div(Cplx a, Cplx b) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return Cplx{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return Cplx{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return Cplx{NAN, NAN};  // b has a nan part
}

// x ** n for 0 <= n by repeated squaring.
static Cplx c_pow_uint(Cplx x, unsigned n) {
  Cplx r{1.0, 0.0}, p = x;
  for (; n; n >>= 1) {
    if (n & 1) r = c_mul(r, p);
    if (n > 1) p = c_mul(p, p);
  }
  return r;
}

// CPython reports libm's errno here: a domain error (sin/cos of an
// infinite phase, a zero divisor) is ZeroDivisionError, and any infinite
// part of the result OverflowError, whatever the operands were.
Cplx complex_pow(Cplx a, Cplx b) {
  if (b.re == 0 && b.im == 0) return Cplx{1.0, 0.0};
  if (a.re == 0 && a.im == 0) {
    if (b.im != 0 || b.re < 0) raise_zero_division("0.0 to a negative or complex power");
    return Cplx{0.0, 0.0};
  }
  Cplx r;
  bool domain = false;
  if (b.im == 0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    int n = static_cast<int>(b.re);
    if (n >= 0) {
      r = c_pow_uint(a, static_cast<unsigned>(n));
    } else {
      Cplx d = c_pow_uint(a, static_cast<unsigned>(-n));
      if (d.re == 0 && d.im == 0) domain = true;
      else r = c_div(Cplx{1.0, 0.0}, d);
    }
  } else {
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
      len /= std::exp(at * b.im);
      phase += b.im * std::log(vabs);
    }
    if (std::isinf(phase)) domain = true;
    r = Cplx{len * std::cos(phase), len * std::sin(phase)};
  }
  if (domain) raise_zero_division("0.0 to a negative or complex power");
  if (std::isinf(r.re) || std::isinf(r.im)) raise_overflow_error("complex exponentiation");
  return r;
}

// complex == int, compared exactly like float == int.
static bool equal_int(Cplx c, Value i) { return c.im == 0 && c.re == c.re && int_cmp_double(i, c.re) == 0; }

Value complex_binary_op(BinOp op, Value a, Value b) {
  op = non_inplace(op);
  if (op == BinOp::Eq || op == BinOp::Ne) {
    bool eq;
    if (is_complex_obj(a) && is_int_native(b)) {
      eq = equal_int(cplx_of(a), b);
    } else if (is_int_native(a) && is_complex_obj(b)) {
      eq = equal_int(cplx_of(b), a);
    } else {
      Cplx x, y;
      if (!number_to_complex(a, &x) || !number_to_complex(b, &y)) return Value::not_impl_slot();
      eq = x.re == y.re && x.im == y.im;
    }
    return bool_(op == BinOp::Eq ? eq : !eq);
  }
  Cplx x, y;
  if (!number_to_complex(a, &x) || !number_to_complex(b, &y)) return Value::not_impl_slot();
  switch (op) {
    case BinOp::Add: return complex_new(x.re + y.re, x.im + y.im);
    case BinOp::Sub: return complex_new(x.re - y.re, x.im - y.im);
    case BinOp::Mul: return make(c_mul(x, y));
    case BinOp::TrueDiv:
      if (y.re == 0 && y.im == 0) raise_zero_division("complex division by zero");
      return make(c_div(x, y));
    case BinOp::Pow: return make(complex_pow(x, y));
    default: return Value::not_impl_slot();
  }
}

// CPython's combination hash(re) + 1000003 * hash(im), wrapping. With a
// zero imaginary part it is hash(re), as equality with reals requires; any
// other result that does not fit a small int is folded into that range
// (it can never need to match a real number's hash).
static intptr complex_hash(Value v) {
  Cplx c = cplx_of(v);
  uintptr h = static_cast<uintptr>(float_hash(c.re, v)) + 1000003u * static_cast<uintptr>(float_hash(c.im, v));
  intptr r = static_cast<intptr>(h);
  if (!Value::fits_small(r)) r >>= 2;
  return r == -1 ? -2 : r;
}

static Value complex_unary_op(UnaryOp op, Value v) {
  Cplx c = cplx_of(v);
  switch (op) {
    case UnaryOp::Bool: return bool_(c.re != 0 || c.im != 0);
    case UnaryOp::Hash: return small(complex_hash(v));
    case UnaryOp::Neg: return complex_new(-c.re, -c.im);
    case UnaryOp::Pos: return v;
    case UnaryOp::Abs: {
      double r = std::hypot(c.re, c.im);
      if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im)) raise_overflow_error("absolute value too large");
      return float_new(r);
    }
    default: return Value::not_impl_slot();
  }
}

// ---------------------------------------------------------------------------
// Text.

size_t complex_part_repr(double d, char* buf) {
  size_t n = fltfmt::repr(d, buf);
  if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
  buf[n] = 0;
  return n;
}

static void complex_print(Printer* p, Value v, bool) {
  Cplx c = cplx_of(v);
  char buf[fltfmt::kReprBufSize];
  if (c.re == 0 && !std::signbit(c.re)) {
    size_t n = complex_part_repr(c.im, buf);
    p->write(p, buf, n);
    print_cstr(p, "j");
    return;
  }
  print_cstr(p, "(");
  size_t n = complex_part_repr(c.re, buf);
  p->write(p, buf, n);
  if (c.im != c.im) {
    print_cstr(p, "+nan");
  } else {
    print_cstr(p, std::signbit(c.im) ? "-" : "+");
    n = complex_part_repr(std::fabs(c.im), buf);
    p->write(p, buf, n);
  }
  print_cstr(p, "j)");
}

// Length of the float token at s[i..n): [sign] (digits/'.'/'_' [e [sign]
// digits] | inf | infinity | nan). The token is validated by fltfmt later.
static size_t float_token(const char* s, size_t i, size_t n) {
  size_t start = i;
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  auto word = [&](const char* w) {
    size_t len = strlen(w);
    if (n - i < len) return false;
    for (size_t k = 0; k < len; k++)
      if ((s[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  if (word("infinity")) return i + 8 - start;
  if (word("inf") || word("nan")) return i + 3 - start;
  size_t d0 = i;
  while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '_')) i++;
  if (i > d0 && i < n && (s[i] | 0x20) == 'e') {
    size_t j = i + 1;
    if (j < n && (s[j] == '+' || s[j] == '-')) j++;
    size_t e0 = j;
    while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '_')) j++;
    if (j > e0) i = j;
  }
  return i - start;
}

// A float from a token that may be only a sign (meaning +-1, for "j", "-j").
static bool token_value(const char* s, size_t len, double* out) {
  if (len == 0) {
    *out = 1.0;
    return true;
  }
  if (len == 1 && (s[0] == '+' || s[0] == '-')) {
    *out = s[0] == '-' ? -1.0 : 1.0;
    return true;
  }
  return fltfmt::parse(s, len, out, fltfmt::kParseFloat);
}

// complex(str): [ws] ['('] [ws] (real | real imag 'j' | imag 'j') [ws] [')'] [ws].
static bool parse_complex(const char* s, size_t n, Cplx* out) {
  auto ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t i = 0;
  while (i < n && ws(s[i])) i++;
  while (n > i && ws(s[n - 1])) n--;
  if (i < n && s[i] == '(') {
    if (s[n - 1] != ')') return false;
    i++;
    n--;
    while (i < n && ws(s[i])) i++;
    while (n > i && ws(s[n - 1])) n--;
  }
  if (i == n) return false;
  size_t t1 = float_token(s, i, n);
  size_t j = i + t1;
  if (j == n) {
    // A real number alone.
    if (t1 == 0 || !fltfmt::parse(s + i, t1, &out->re, fltfmt::kParseFloat)) return false;
    out->im = 0.0;
    return true;
  }
  if ((s[j] | 0x20) == 'j') {
    if (j + 1 != n || !token_value(s + i, t1, &out->im)) return false;
    out->re = 0.0;
    return true;
  }
  // real followed by a signed imaginary part.
  if (t1 == 0 || (s[j] != '+' && s[j] != '-')) return false;
  if (!fltfmt::parse(s + i, t1, &out->re, fltfmt::kParseFloat)) return false;
  size_t t2 = float_token(s, j, n);
  size_t k = j + t2;
  if (k + 1 != n || (s[k] | 0x20) != 'j') return false;
  return token_value(s + j, t2, &out->im);
}

// ---------------------------------------------------------------------------
// Construction.

// One numeric argument of complex(); is_complex says whether it had an
// imaginary part of its own.
static Cplx complex_part(Value v, bool first, bool* is_complex) {
  Cplx c;
  *is_complex = true;
  if (is_complex_obj(v)) return cplx_of(v);
  if (user_complex(v, &c)) return c;
  *is_complex = false;
  double d;
  if (number_to_double(v, &d)) return Cplx{d, 0.0};
  Value n = native_of(v, nullptr);
  if (n != v && is_complex_obj(n)) {
    *is_complex = true;
    return cplx_of(n);
  }
  const Type* t = type_of(v);
  if ((t->flags & kTypeHeap) &&
      (!type_lookup(t, QSTR(__float__)).is_null() || !type_lookup(t, QSTR(__index__)).is_null()))
    return Cplx{float_value(v), 0.0};
  if (n != v && number_to_double(n, &d)) return Cplx{d, 0.0};
  if (first) raise_fmt(&exc::TypeError, "complex() first argument must be a string or a number, not '%s'", type_name(v));
  raise_fmt(&exc::TypeError, "complex() second argument must be a number, not '%s'", type_name(v));
}

static Value complex_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(real), QSTR(imag)};
  Value a[2];
  parse_args(QSTR(complex), n_args, n_kw, args, names, 2, 0, a);
  if (a[0].is_null() && a[1].is_null()) return complex_new(0.0, 0.0);
  if (!a[0].is_null()) {
    if (const Str* s = as_str(a[0])) {
      if (!a[1].is_null()) raise_type_error("complex() can't take second arg if first is a string");
      Cplx c;
      if (!parse_complex(s->data(), s->len, &c)) raise_value_error("complex() arg is a malformed string");
      return make(c);
    }
  }
  if (!a[1].is_null() && as_str(a[1])) raise_type_error("complex() second arg can't be a string");
  bool r_complex = false, i_complex = false;
  Cplx r = a[0].is_null() ? Cplx{0.0, 0.0} : complex_part(a[0], true, &r_complex);
  if (a[1].is_null()) {
    if (r_complex && is_complex_obj(a[0])) return a[0];
    return make(r);
  }
  Cplx i = complex_part(a[1], false, &i_complex);
  // CPython's rule: re = r.re - i.im, im = i.re (+ r.im only when r was
  // complex), which keeps the sign of a zero imaginary part.
  double re = r.re, im = i.re;
  if (i_complex) re -= i.im;
  if (r_complex) im += r.im;
  return complex_new(re, im);
}

// ---------------------------------------------------------------------------
// Methods and attributes.

static Value complex_getattr(Value self, const Str* name) {
  if (name == QSTR(real)) return float_new(self.as<ComplexObj>()->re);
  if (name == QSTR(imag)) return float_new(self.as<ComplexObj>()->im);
  return Value::null();
}

static Value complex_conjugate(Value self) { return complex_new(self.as<ComplexObj>()->re, -self.as<ComplexObj>()->im); }
static Value complex_complex(Value self) { return self; }

constexpr BuiltinFn complex_conjugate_fn = make_fn1(QSTR(conjugate), complex_conjugate);
constexpr BuiltinFn complex_complex_fn = make_fn1(QSTR(__complex__), complex_complex);
#if MINNOW_CPYTHON_EXTRA
#define X(name, op, refl) \
  constexpr BuiltinFn complex##name##fn = make_number_dunder2(QSTR(name), complex_binary_op, BinOp::op, refl, 2);
MINNOW_NUMBER_DUNDERS(X)
#undef X
#define X(name, op) \
  constexpr BuiltinFn complex##name##fn = make_number_dunder1(QSTR(name), complex_unary_op, UnaryOp::op);
MINNOW_NUMBER_UNARY_DUNDERS(X)
#undef X
#endif

constexpr MethodEntry complex_locals_entries[] = {
    entry(QSTR(conjugate), &complex_conjugate_fn),
    entry(QSTR(__complex__), &complex_complex_fn),
#if MINNOW_CPYTHON_EXTRA
#define X(name, ...) entry(QSTR(name), &complex##name##fn),
    MINNOW_NUMBER_DUNDERS(X) MINNOW_NUMBER_UNARY_DUNDERS(X)
#undef X
#endif
};
constexpr Table complex_locals = make_table(complex_locals_entries);

constexpr TypeSlots complex_slots = {
    complex_make_new, complex_print, nullptr, complex_unary_op, complex_binary_op,
    complex_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type complex_type = {
    &type_type, QSTR(complex), kTypeBaseOK, &complex_type, &object_type, &complex_slots, &complex_locals};

#else

Value complex_new(double, double) { raise_type_error("no complex support"); }

#endif

}  // namespace minnow
