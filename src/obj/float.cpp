// The float type: IEEE doubles with Python's semantics (floored division
// and modulo, exact comparisons with ints, the numeric hash shared with int,
// correctly rounded repr via util/fltfmt).
#include "obj/float.h"

#include <cmath>
#include <cstring>

#include "gc/heap.h"
#include "obj/int.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "util/fltfmt.h"

namespace minnow {

#if MINNOW_FLOAT

Value float_new(double d) {
  FloatObj* f = static_cast<FloatObj*>(gc::alloc(sizeof(FloatObj), gc::kNoScan));
  f->type = &float_type;
  f->value = d;
  return from_ptr(f);
}

bool is_float(Value v) {
  if (!v.is_obj()) return false;
  const Type* t = v.obj()->type;
  if (t == &float_type) return true;
  return (t->flags & kTypeHeap) && is_subtype(t, &float_type);
}

bool number_to_double(Value v, double* out) {
  if (is_float_obj(v)) {
    *out = float_of(v);
    return true;
  }
  if (is_int_native(v)) {
    *out = int_to_double(v);
    return true;
  }
  return false;
}

// float(x) of an object of a Python class: __float__, else __index__.
// Returns false if it has neither.
static bool user_float(Value v, double* out) {
  const Type* t = type_of(v);
  if (!(t->flags & kTypeHeap)) return false;
  if (!type_lookup(t, QSTR(__float__)).is_null()) {
    Value r = call_method(v, QSTR(__float__), 0, nullptr);
    if (!is_float(r)) raise_fmt(&exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(v), type_name(r));
    *out = float_of(native_of(r, &float_type));
    return true;
  }
  if (!type_lookup(t, QSTR(__index__)).is_null()) {
    *out = int_to_double(native_of(index_value(v), &int_type));
    return true;
  }
  return false;
}

double float_value(Value v) {
  double d;
  if (number_to_double(v, &d)) return d;
  if (user_float(v, &d)) return d;
  raise_fmt(&exc::TypeError, "must be real number, not %s", type_name(v));
}

intptr float_hash(double d, Value obj) {
  if (d != d) return static_cast<intptr>(obj.bits >> 4) & Value::small_max;
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  // |d| = mant * 2**e exactly; hash = mant * 2**e modulo P = 2**bits - 1,
  // where 2**bits == 1 (mod P) turns the power of two into a rotation.
  constexpr int bits = kHashBits;
  constexpr uint64_t P = kHashModulus;
  int e;
  double m = std::frexp(std::fabs(d), &e);
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  e -= 53;
  uint64_t h = mant % P;
  int s = e % bits;
  if (s < 0) s += bits;
  if (s) h = ((h << s) & P) | (h >> (bits - s));
  intptr r = static_cast<intptr>(h);
  if (d < 0) r = -r;
  return r == -1 ? -2 : r;
}

// ---------------------------------------------------------------------------
// Arithmetic.

// Floored division and modulo with the divisor's sign (y != 0).
static void float_divmod(double x, double y, double* q, double* m) {
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double fl;
  if (div != 0) {
    fl = std::floor(div);
    if (div - fl > 0.5) fl += 1.0;
  } else {
    fl = std::copysign(0.0, x / y);
  }
  *q = fl;
  *m = mod;
}

// Is y an odd integer?
static bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

Value float_pow(double x, double y) {
  if (y == 0) return float_new(1.0);
  if (x != x) return float_new(x);
  if (y != y) return float_new(x == 1.0 ? 1.0 : y);
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) return float_new(1.0);
    return float_new((y > 0) == (ax > 1.0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return float_new(odd ? x : std::fabs(x));
    return float_new(odd ? std::copysign(0.0, x) : 0.0);
  }
  if (x == 0) {
    if (y < 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return float_new(is_odd_integer(y) ? x : 0.0);
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return Value::null();
    x = -x;
    negate = is_odd_integer(y);
  }
  double r = x == 1.0 ? 1.0 : std::pow(x, y);
  if (std::isinf(r)) raise_overflow_error("(34, 'Numerical result out of range')");
  return float_new(negate ? -r : r);
}

static Value compare(BinOp op, int c) {
  switch (op) {
    case BinOp::Lt: return bool_(c < 0);
    case BinOp::Le: return bool_(c <= 0);
    case BinOp::Eq: return bool_(c == 0);
    case BinOp::Ne: return bool_(c != 0);
    case BinOp::Gt: return bool_(c > 0);
    default: return bool_(c >= 0);
  }
}

static Value float_arith(BinOp op, double x, double y) {
  switch (op) {
    case BinOp::Add: return float_new(x + y);
    case BinOp::Sub: return float_new(x - y);
    case BinOp::Mul: return float_new(x * y);
    case BinOp::TrueDiv:
      if (y == 0) raise_zero_division("float division by zero");
      return float_new(x / y);
    case BinOp::FloorDiv: case BinOp::Mod: case BinOp::DivMod: {
      if (y == 0) {
        raise_zero_division(op == BinOp::FloorDiv ? "float floor division by zero"
                            : op == BinOp::Mod    ? "float modulo"
                                                  : "float divmod()");
      }
      double q, m;
      float_divmod(x, y, &q, &m);
      if (op == BinOp::FloorDiv) return float_new(q);
      if (op == BinOp::Mod) return float_new(m);
      Value qm[2] = {float_new(q), float_new(m)};
      return tuple_new(2, qm);
    }
    case BinOp::Pow: {
      Value r = float_pow(x, y);
      if (!r.is_null()) return r;
      Cplx c = complex_pow(Cplx{x, 0.0}, Cplx{y, 0.0});
      return complex_new(c.re, c.im);
    }
    case BinOp::Lt: return bool_(x < y);
    case BinOp::Le: return bool_(x <= y);
    case BinOp::Eq: return bool_(x == y);
    case BinOp::Ne: return bool_(x != y);
    case BinOp::Gt: return bool_(x > y);
    case BinOp::Ge: return bool_(x >= y);
    default: return Value::not_impl_slot();
  }
}

static inline bool is_comparison(BinOp op) { return op >= BinOp::Lt && op <= BinOp::Ge; }

Value float_binary_op(BinOp op, Value a, Value b) {
  op = non_inplace(op);
  if (is_float_obj(a) && is_float_obj(b)) return float_arith(op, float_of(a), float_of(b));
  if (is_complex_obj(a) || is_complex_obj(b)) return complex_binary_op(op, a, b);
  if (is_comparison(op)) {
    // float against int: compared exactly, never through a rounded double.
    if (is_float_obj(a) && is_int_native(b)) {
      double d = float_of(a);
      if (d != d) return bool_(op == BinOp::Ne);
      return compare(op, -int_cmp_double(b, d));
    }
    if (is_int_native(a) && is_float_obj(b)) {
      double d = float_of(b);
      if (d != d) return bool_(op == BinOp::Ne);
      return compare(op, int_cmp_double(a, d));
    }
  }
  double x, y;
  if (!number_to_double(a, &x) || !number_to_double(b, &y)) return Value::not_impl_slot();
  return float_arith(op, x, y);
}

static Value float_unary_op(UnaryOp op, Value v) {
  double d = float_of(v);
  switch (op) {
    case UnaryOp::Bool: return bool_(d != 0);
    case UnaryOp::Hash: return small(float_hash(d, v));
    case UnaryOp::Neg: return float_new(-d);
    case UnaryOp::Pos: case UnaryOp::Float: return v;
    case UnaryOp::Abs: return float_new(std::fabs(d));
    case UnaryOp::Int: return int_from_double(d);
    default: return Value::not_impl_slot();
  }
}

static void float_print(Printer* p, Value v, bool) {
  char buf[fltfmt::kReprBufSize];
  size_t n = fltfmt::repr(float_of(v), buf);
  p->write(p, buf, n);
}

// ---------------------------------------------------------------------------
// Construction.

static Value float_of_value(Value x) {
  if (is_float_obj(x)) return x;
  if (is_int_native(x)) return float_new(int_to_double(x));
  if (const Str* s = as_str(x)) {
    double d;
    if (!fltfmt::parse(s->data(), s->len, &d, fltfmt::kParseFloat))
      raise_fmt(&exc::ValueError, "could not convert string to float: %r", x);
    return float_new(d);
  }
  double d;
  if (user_float(x, &d)) return float_new(d);
  if (is_float(x)) return native_of(x, &float_type);
  if (is_int(x)) return float_new(int_to_double(native_of(x, &int_type)));
  Buffer buf;
  if (!is_complex_obj(x) && get_buffer_maybe(x, &buf, false)) {
    if (!fltfmt::parse(static_cast<const char*>(buf.data), buf.len, &d, fltfmt::kParseBytes))
      raise_fmt(&exc::ValueError, "could not convert string to float: %r", x);
    return float_new(d);
  }
  raise_fmt(&exc::TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
}

static Value float_make_new(const Type*, size_t n_args, size_t n_kw, const Value* args) {
  if (n_kw) raise_type_error("float() takes no keyword arguments");
  if (n_args > 1) raise_fmt(&exc::TypeError, "float expected at most 1 argument, got %z", n_args);
  return n_args ? float_of_value(args[0]) : float_new(0.0);
}

// ---------------------------------------------------------------------------
// Methods and attributes. `self` is always a native float.

static Value float_getattr(Value self, const Str* name) {
  if (name == QSTR(real)) return self;
  if (name == QSTR(imag)) return float_new(0.0);
  return Value::null();
}

#if MINNOW_CPYTHON_EXTRA
static Value float_is_integer(Value self) {
  double d = float_of(self);
  return bool_(std::isfinite(d) && std::floor(d) == d);
}

static Value float_as_integer_ratio(Value self) {
  double d = float_of(self);
  if (std::isinf(d)) raise_overflow_error("cannot convert Infinity to integer ratio");
  if (d != d) raise_value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  // Doubling an m that was not yet integral gives an odd integer: the ratio
  // comes out in lowest terms.
  for (int i = 0; i < 1100 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  Value num = int_from_double(m), den = small(1);
  if (e > 0) num = int_binary_op(BinOp::LShift, num, small(e));
  else den = int_binary_op(BinOp::LShift, small(1), small(-e));
  Value items[2] = {num, den};
  return tuple_new(2, items);
}

#endif

static Value float_conjugate(Value self) { return self; }

static Value float_trunc(Value self) { return int_from_double(float_of(self)); }
static Value float_floor(Value self) { return int_from_double(std::floor(float_of(self))); }
static Value float_ceil(Value self) { return int_from_double(std::ceil(float_of(self))); }

// x rounded to an integral double, ties to even.
static double round_half_even(double x) {
  double fl = std::floor(x);
  double diff = x - fl;
  if (diff > 0.5 || (diff == 0.5 && std::fmod(fl, 2.0) != 0)) fl += 1.0;
  return fl;
}

static Value float_round(size_t n_args, const Value* args) {
  double x = float_of(args[0]);
  if (n_args < 2 || is_none(args[1])) return int_from_double(round_half_even(x));
  Value nd = index_value(args[1]);
  intptr n;
  if (nd.is_small()) {
    n = nd.small();
    if (n > 400) n = 400;
    if (n < -400) n = -400;
  } else {
    n = int_sign(nd) < 0 ? -400 : 400;
  }
  double r = fltfmt::round_ndigits(x, static_cast<int>(n));
  if (std::isinf(r) && std::isfinite(x)) raise_overflow_error("rounded value too large to represent");
  return float_new(r);
}

#if MINNOW_CPYTHON_EXTRA
static Value float_hex(Value self) {
  double d = float_of(self);
  char buf[40];
  size_t n = 0;
  if (d != d) return str_from_cstr("nan");
  if (std::isinf(d)) return str_from_cstr(d > 0 ? "inf" : "-inf");
  if (std::signbit(d)) buf[n++] = '-';
  if (d == 0) {
    memcpy(buf + n, "0x0.0p+0", 8);
    return str_new(buf, n + 8);
  }
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  int biased = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  int e = biased ? biased - 1023 : -1022;
  buf[n++] = '0';
  buf[n++] = 'x';
  buf[n++] = biased ? '1' : '0';
  buf[n++] = '.';
  for (int shift = 48; shift >= 0; shift -= 4) buf[n++] = "0123456789abcdef"[(frac >> shift) & 15];
  buf[n++] = 'p';
  buf[n++] = e < 0 ? '-' : '+';
  unsigned ue = static_cast<unsigned>(e < 0 ? -e : e);
  char digits[8];
  int k = 0;
  do {
    digits[k++] = static_cast<char>('0' + ue % 10);
    ue /= 10;
  } while (ue);
  while (k) buf[n++] = digits[--k];
  return str_new(buf, n);
}

// float.fromhex text: [ws] [sign] (inf | infinity | nan | [0x] hex [. hex]
// [p [sign] dec]) [ws], case-insensitive. Correctly rounded, ties to even.
static bool parse_hex_float(const char* s, size_t n, double* out, bool* overflow) {
  size_t i = 0;
  *overflow = false;
  auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && is_ws(s[i])) i++;
  while (n > i && is_ws(s[n - 1])) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  auto word = [&](const char* w) {
    size_t len = strlen(w);
    if (n - i != len) return false;
    for (size_t k = 0; k < len; k++)
      if ((s[i + k] | 0x20) != w[k]) return false;
    return true;
  };
  if (word("inf") || word("infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (word("nan")) {
    *out = neg ? -NAN : NAN;
    return true;
  }
  if (n - i >= 2 && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
  auto hexval = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  // value = mant * 2**exp (+ something nonzero below mant's last bit if
  // sticky); at most 15 significant hex digits are kept (60 bits).
  uint64_t mant = 0;
  int64_t exp = 0;
  int stored = 0;
  bool sticky = false, any = false, point = false;
  for (; i < n; i++) {
    if (s[i] == '.' && !point) {
      point = true;
      continue;
    }
    int d = hexval(s[i]);
    if (d < 0) break;
    any = true;
    if (mant == 0 && d == 0) {
      if (point) exp -= 4;
      continue;
    }
    if (stored < 15) {
      mant = mant * 16 + static_cast<unsigned>(d);
      stored++;
      if (point) exp -= 4;
    } else {
      if (d) sticky = true;
      if (!point) exp += 4;
    }
  }
  if (!any) return false;
  if (i < n && (s[i] | 0x20) == 'p') {
    i++;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    if (i == n) return false;
    int64_t pe = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
      if (pe < 100000000) pe = pe * 10 + (s[i] - '0');
    exp += eneg ? -pe : pe;
  }
  if (i != n) return false;
  if (mant == 0) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  int bl = 64 - __builtin_clzll(mant);
  int64_t top = bl - 1 + exp;
  if (top > 1023) {
    *overflow = true;
    return true;
  }
  int64_t lsb = top - 52 < -1074 ? -1074 : top - 52;
  int64_t sh = lsb - exp;
  double r;
  if (sh <= 0) {
    r = std::ldexp(static_cast<double>(mant), static_cast<int>(exp));
  } else {
    uint64_t q = 0;
    if (sh < 64) {
      q = mant >> sh;
      uint64_t rem = mant & ((uint64_t(1) << sh) - 1), half = uint64_t(1) << (sh - 1);
      if (rem > half || (rem == half && (sticky || (q & 1)))) q++;
    }
    r = std::ldexp(static_cast<double>(q), static_cast<int>(lsb));
  }
  if (std::isinf(r)) {
    *overflow = true;
    return true;
  }
  *out = neg ? -r : r;
  return true;
}

static Value float_fromhex(Value cls, Value text) {
  const Str* s = as_str(text);
  if (!s) raise_fmt(&exc::TypeError, "fromhex() argument must be str, not %s", type_name(text));
  double d;
  bool overflow;
  if (!parse_hex_float(s->data(), s->len, &d, &overflow)) raise_value_error("invalid hexadecimal floating-point string");
  if (overflow) raise_overflow_error("hexadecimal value too large to represent as a float");
  Value r = float_new(d);
  if (cls.as<Type>() != &float_type) return call1(cls, r);
  return r;
}
#endif

static Value float_int(Value self) { return int_from_double(float_of(self)); }
static Value float_float(Value self) { return self; }

constexpr BuiltinFn float_conjugate_fn = make_fn1(QSTR(conjugate), float_conjugate);
#if MINNOW_CPYTHON_EXTRA
constexpr BuiltinFn float_is_integer_fn = make_fn1(QSTR(is_integer), float_is_integer);
constexpr BuiltinFn float_as_integer_ratio_fn = make_fn1(QSTR(as_integer_ratio), float_as_integer_ratio);
constexpr BuiltinFn float_hex_fn = make_fn1(QSTR(hex), float_hex);
constexpr BuiltinFn float_fromhex_fn = make_fn2(QSTR(fromhex), float_fromhex);
constexpr StaticMethodObj float_fromhex_cm = {&classmethod_type, &float_fromhex_fn};
#endif
constexpr BuiltinFn float_round_fn = make_fn_var(QSTR(__round__), 1, 2, float_round);
constexpr BuiltinFn float_trunc_fn = make_fn1(QSTR(__trunc__), float_trunc);
constexpr BuiltinFn float_floor_fn = make_fn1(QSTR(__floor__), float_floor);
constexpr BuiltinFn float_ceil_fn = make_fn1(QSTR(__ceil__), float_ceil);
constexpr BuiltinFn float_int_fn = make_fn1(QSTR(__int__), float_int);
constexpr BuiltinFn float_float_fn = make_fn1(QSTR(__float__), float_float);

#if MINNOW_CPYTHON_EXTRA
#define X(name, op, refl) \
  constexpr BuiltinFn float##name##fn = make_number_dunder2(QSTR(name), float_binary_op, BinOp::op, refl, 1);
MINNOW_NUMBER_DUNDERS(X)
MINNOW_REAL_DUNDERS(X)
#undef X
#define X(name, op) \
  constexpr BuiltinFn float##name##fn = make_number_dunder1(QSTR(name), float_unary_op, UnaryOp::op);
MINNOW_NUMBER_UNARY_DUNDERS(X)
#undef X
#endif

constexpr MethodEntry float_locals_entries[] = {
    entry(QSTR(conjugate), &float_conjugate_fn),
#if MINNOW_CPYTHON_EXTRA
    entry(QSTR(is_integer), &float_is_integer_fn),
    entry(QSTR(as_integer_ratio), &float_as_integer_ratio_fn),
    entry(QSTR(hex), &float_hex_fn),
    entry(QSTR(fromhex), &float_fromhex_cm),
#endif
    entry(QSTR(__round__), &float_round_fn),
    entry(QSTR(__trunc__), &float_trunc_fn),
    entry(QSTR(__floor__), &float_floor_fn),
    entry(QSTR(__ceil__), &float_ceil_fn),
    entry(QSTR(__int__), &float_int_fn),
    entry(QSTR(__float__), &float_float_fn),
#if MINNOW_CPYTHON_EXTRA
#define X(name, ...) entry(QSTR(name), &float##name##fn),
    MINNOW_NUMBER_DUNDERS(X) MINNOW_REAL_DUNDERS(X) MINNOW_NUMBER_UNARY_DUNDERS(X)
#undef X
#endif
};
constexpr Table float_locals = make_table(float_locals_entries);

constexpr TypeSlots float_slots = {
    float_make_new, float_print, nullptr, float_unary_op, float_binary_op,
    float_getattr, nullptr, nullptr, nullptr, nullptr, nullptr};
constinit const Type float_type = {
    &type_type, QSTR(float), kTypeBaseOK, &float_type, &object_type, &float_slots, &float_locals};

#else  // !MINNOW_FLOAT: the runtime entry points exist but refuse.

Value float_new(double) { raise_type_error("no float support"); }
bool is_float(Value) { return false; }
double float_value(Value v) { raise_fmt(&exc::TypeError, "can't convert %s to float", type_name(v)); }

#endif

}  // namespace minnow
