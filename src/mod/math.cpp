// The math module: CPython's functions on real numbers, with its errors:
// ValueError("math domain error") when a finite argument has no real
// result, OverflowError("math range error") when the result overflows.
//
// Float functions go through the C library (<cmath>); integer functions
// (factorial, comb, perm, gcd, lcm, isqrt) work on Python ints of any size;
// fsum and hypot are exact/accurate algorithms of their own.
#include <cmath>
#include <cstring>

#include "config.h"
#include "gc/heap.h"
#include "obj/float.h"
#include "obj/int.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

#if MINNOW_FLOAT

namespace {

[[noreturn]] [[gnu::cold]] void domain_error() { raise_value_error("math domain error"); }
[[noreturn]] [[gnu::cold]] void range_error() { raise_overflow_error("math range error"); }

// Checks a libm result the way CPython does: a nan from a non-nan argument
// is a domain error; an infinity from a finite one is a range error when
// the function can overflow, else a domain error (a pole, like atanh(1)).
Value checked(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return float_new(r);
}

template <double (*f)(double), bool can_overflow>
Value math_1(Value v) {
  double x = float_value(v);
  return checked(x, f(x), can_overflow);
}

double f_sqrt(double x) { return std::sqrt(x); }
double f_exp(double x) { return std::exp(x); }
#if MINNOW_MATH_EXTRA
double f_exp2(double x) { return std::exp2(x); }
#endif
double f_expm1(double x) { return std::expm1(x); }
#if MINNOW_MATH_EXTRA
double f_log1p(double x) { return std::log1p(x); }
#endif
double f_sin(double x) { return std::sin(x); }
double f_cos(double x) { return std::cos(x); }
double f_tan(double x) { return std::tan(x); }
double f_asin(double x) { return std::asin(x); }
double f_acos(double x) { return std::acos(x); }
double f_atan(double x) { return std::atan(x); }
double f_sinh(double x) { return std::sinh(x); }
double f_cosh(double x) { return std::cosh(x); }
double f_tanh(double x) { return std::tanh(x); }
double f_asinh(double x) { return std::asinh(x); }
double f_acosh(double x) { return std::acosh(x); }
double f_atanh(double x) { return std::atanh(x); }
#if MINNOW_MATH_SPECIAL
double f_erf(double x) { return std::erf(x); }
double f_erfc(double x) { return std::erfc(x); }
#endif
double f_fabs(double x) { return std::fabs(x); }
#if MINNOW_MATH_EXTRA
double f_cbrt(double x) { return std::cbrt(x); }
#endif
double f_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double f_radians(double x) { return x * (3.141592653589793 / 180.0); }

#if MINNOW_MATH_SPECIAL
// A non-positive integer: where gamma and lgamma have poles.
bool is_pole(double x) { return x <= 0 && std::floor(x) == x; }

Value math_gamma(Value v) {
  double x = float_value(v);
  if (std::isnan(x)) return float_new(x);
  if (std::isinf(x)) {
    if (x < 0) domain_error();
    return float_new(x);
  }
  if (is_pole(x)) domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Value math_lgamma(Value v) {
  double x = float_value(v);
  if (std::isnan(x)) return float_new(x);
  if (std::isinf(x)) return float_new(HUGE_VAL);
  if (is_pole(x)) domain_error();
  double r = std::lgamma(x);
  if (std::isinf(r)) range_error();
  return float_new(r);
}
#endif

// ---------------------------------------------------------------------------
// Logarithms: ints of any size are taken exactly, not through float().

// *out = f(v) for a number v. An int too large for a double
// is taken apart as m * 2**e (m in [0.5, 1), correctly rounded, as
// CPython's frexp of an int) and gives f(m) + f(2) * e.
void log_of(Value v, double (*f)(double), double* out) {
  Value n = native_of(v, nullptr);
  if (is_int_native(n)) {
    if (int_sign(n) <= 0) domain_error();
    bignum::Digit buf[bignum::kU64Digits];
    bignum::Int x = int_view(n, buf);
    double d;
    if (bignum::to_double(x, &d) == bignum::Status::ok) {
      *out = f(d);
      return;
    }
    uint64_t bits = bignum::bit_length(x);
    uint64_t k = bits - 64;
    // The top 64 bits, with a sticky lowest bit standing for the rest, so
    // that rounding them to 53 bits rounds x itself.
    uint64_t top = static_cast<uint64_t>(x.d[k / 32 + 1]) << (32 - k % 32);
    top |= x.d[k / 32] >> (k % 32);
    if (k % 32) top |= static_cast<uint64_t>(x.d[k / 32 + 2]) << (64 - k % 32);
    bool sticky = (x.d[k / 32] & ((bignum::Digit(1) << (k % 32)) - 1)) != 0;
    for (size_t i = 0; !sticky && i < k / 32; i++) sticky = x.d[i] != 0;
    if (sticky) top |= 1;
    double m = std::ldexp(static_cast<double>(top), -64);
    *out = f(m) + f(2.0) * static_cast<double>(bits);
    return;
  }
  double x = float_value(v);
  if (std::isnan(x)) {
    *out = x;
  } else if (x <= 0) {
    domain_error();
  } else {
    *out = f(x);
  }
}

double f_log(double x) { return std::log(x); }
double f_log2(double x) { return std::log2(x); }
double f_log10(double x) { return std::log10(x); }

Value math_log(size_t n_args, const Value* args) {
  double num, den;
  log_of(args[0], f_log, &num);
  if (n_args < 2) return float_new(num);
  log_of(args[1], f_log, &den);
  if (den == 0) raise_zero_division("float division by zero");
  return float_new(num / den);
}
Value math_log2(Value v) {
  double r;
  log_of(v, f_log2, &r);
  return float_new(r);
}
Value math_log10(Value v) {
  double r;
  log_of(v, f_log10, &r);
  return float_new(r);
}

// ---------------------------------------------------------------------------
// Two-argument float functions.

Value math_atan2(Value y, Value x) { return float_new(std::atan2(float_value(y), float_value(x))); }

Value math_copysign(Value x, Value y) { return float_new(std::copysign(float_value(x), float_value(y))); }

Value math_pow(Value a, Value b) {
  double x = float_value(a), y = float_value(b), r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) r = odd ? x : std::fabs(x);
      else if (y == 0) r = 1.0;
      else r = odd ? std::copysign(0.0, x) : 0.0;
    } else {  // y is infinite
      double ax = std::fabs(x);
      if (ax == 1.0) r = 1.0;
      else if ((y > 0) == (ax > 1.0)) r = HUGE_VAL;
      else r = 0.0;
    }
    return float_new(r);
  }
  if (x == 0 && y < 0) domain_error();
  r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Value math_fmod(Value a, Value b) {
  double x = float_value(a), y = float_value(b);
  if (std::isinf(y) && std::isfinite(x)) return float_new(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return float_new(r);
}

#if MINNOW_MATH_EXTRA
Value math_remainder(Value a, Value b) {
  double x = float_value(a), y = float_value(b);
  if (std::isnan(x)) return float_new(x);
  if (std::isnan(y)) return float_new(y);
  if (std::isinf(x) || y == 0) domain_error();
  if (std::isinf(y)) return float_new(x);
  return float_new(std::remainder(x, y));
}

Value math_nextafter(Value a, Value b) { return float_new(std::nextafter(float_value(a), float_value(b))); }

Value math_ulp(Value v) {
  double x = float_value(v);
  if (std::isnan(x)) return float_new(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(x);
  double up = std::nextafter(x, HUGE_VAL);
  if (std::isinf(up)) return float_new(x - std::nextafter(x, 0.0));
  return float_new(up - x);
}
#endif

Value math_ldexp(Value xv, Value iv) {
  double x = float_value(xv);
  if (!is_int(iv)) raise_type_error("Expected an int as second argument to ldexp.");
  Value i = native_of(iv, &int_type);
  long e;
  intptr s;
  if (i.is_small() && (s = i.small()) > -100000 && s < 100000) e = static_cast<long>(s);
  else e = int_sign(i) < 0 ? -100000 : 100000;
  if (x == 0 || !std::isfinite(x)) return float_new(x);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Value math_frexp(Value v) {
  double x = float_value(v);
  int e = 0;
  double m = (x == 0 || !std::isfinite(x)) ? x : std::frexp(x, &e);
  Value items[2] = {float_new(m), small(e)};
  return tuple_new(2, items);
}

Value math_modf(Value v) {
  double x = float_value(v), ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Value items[2] = {float_new(fp), float_new(ip)};
  return tuple_new(2, items);
}

// ---------------------------------------------------------------------------
// Rounding to ints: ints stay, floats round, other objects use their
// __floor__/__ceil__/__trunc__.

Value round_to_int(Value v, const Str* hook, double (*f)(double), bool need_hook) {
  if (is_float_obj(v)) return int_from_double(f(float_of(v)));
  Value n = native_of(v, nullptr);
  const Type* t = type_of(v);
  if (!(t->flags & kTypeHeap) && is_int_native(n)) return int_unary_op(UnaryOp::Int, n);
  if (!type_lookup(t, hook).is_null()) return call_method(v, hook, 0, nullptr);
  if (need_hook) raise_fmt(&exc::TypeError, "type %s doesn't define %q method", type_name(v), hook);
  return int_from_double(f(float_value(v)));
}

double f_floor(double x) { return std::floor(x); }
double f_ceil(double x) { return std::ceil(x); }
double f_trunc(double x) { return std::trunc(x); }

Value math_floor(Value v) { return round_to_int(v, QSTR(__floor__), f_floor, false); }
Value math_ceil(Value v) { return round_to_int(v, QSTR(__ceil__), f_ceil, false); }
Value math_trunc(Value v) { return round_to_int(v, QSTR(__trunc__), f_trunc, true); }

// ---------------------------------------------------------------------------
// Classification.

Value math_isfinite(Value v) { return bool_(std::isfinite(float_value(v))); }
Value math_isinf(Value v) { return bool_(std::isinf(float_value(v))); }
Value math_isnan(Value v) { return bool_(std::isnan(float_value(v))); }

Value math_isclose(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(a), QSTR(b), QSTR(rel_tol), QSTR(abs_tol)};
  if (n_args > 2) raise_fmt(&exc::TypeError, "isclose() takes exactly 2 positional arguments (%z given)", n_args);
  Value a[4];
  parse_args(QSTR(isclose), n_args, n_kw, args, names, 4, 2, a);
  double x = float_value(a[0]), y = float_value(a[1]);
  double rel = a[2].is_null() ? 1e-9 : float_value(a[2]);
  double abs_tol = a[3].is_null() ? 0.0 : float_value(a[3]);
  if (rel < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
  if (x == y) return true_();
  if (std::isinf(x) || std::isinf(y)) return false_();
  double diff = std::fabs(y - x);
  return bool_(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}

// ---------------------------------------------------------------------------
// Sums and norms.

// A growable array of doubles: on the stack while small, then in the heap
// (reachable through the pointer on the C stack).
struct Doubles {
  double local[32];
  double* p = local;
  size_t cap = 32;
  size_t n = 0;
  void push(double d) {
    if (n == cap) {
      double* q = static_cast<double*>(gc::alloc(2 * cap * sizeof(double), gc::kNoScan));
      memcpy(q, p, n * sizeof(double));
      if (p != local) gc::free(p);
      p = q;
      cap *= 2;
    }
    p[n++] = d;
  }
};

#if MINNOW_MATH_EXTRA
// Shewchuk's exact summation: partials holds nonoverlapping doubles, in
// increasing magnitude, whose exact sum is the sum so far.
Value math_fsum(Value iterable) {
  Doubles partials;
  double special = 0.0, inf_sum = 0.0;
  Value it = getiter(iterable);
  for (Value item = iternext(it); !item.is_stop(); item = iternext(it)) {
    check_interrupt();
    double x = float_value(item), orig = x;
    size_t k = 0;
    for (size_t i = 0; i < partials.n; i++) {
      double y = partials.p[i];
      if (std::fabs(x) < std::fabs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials.p[k++] = lo;
      x = hi;
    }
    partials.n = k;
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // Either an inf/nan item, or the partial sum overflowed.
        if (std::isfinite(orig)) raise_overflow_error("intermediate overflow in fsum");
        if (std::isinf(orig)) inf_sum += orig;
        special += orig;
        partials.n = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (special != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return float_new(special);
  }
  double hi = 0.0;
  size_t n = partials.n;
  if (n > 0) {
    hi = partials.p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi, y = partials.p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half to even across the boundary the loop stopped at: if the
    // rest of the partials push the same way as lo, move hi by one ulp.
    if (n > 0 && ((lo < 0 && partials.p[n - 1] < 0) || (lo > 0 && partials.p[n - 1] > 0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return float_new(hi);
}

#endif

// x * x - p exactly, for p = x * x rounded and |x| <= 2^500: Veltkamp's
// split of x into two 26-bit halves, whose products are exact. (Not fma:
// some C libraries, newlib among them, compute fma as x * y + z rounded
// twice, which loses exactly this error.)
//
// Both this and vector_norm depend on each product being rounded on its
// own: GCC, which by default may fuse a product with a later sum where the
// machine has fma, is told not to.
#if defined(__GNUC__) && !defined(__clang__)
#define MINNOW_NO_FP_CONTRACT [[gnu::optimize("fp-contract=off")]]
#else
#define MINNOW_NO_FP_CONTRACT
#endif
MINNOW_NO_FP_CONTRACT static double square_error(double x, double p) {
  double c = 134217729.0 * x;  // 2^27 + 1
  double xh = c - (c - x);
  double xl = x - xh;
  return ((xh * xh - p) + 2.0 * xh * xl) + xl * xl;
}

// sqrt(sum of v[i]**2) for |v[i]| <= max: the values are scaled by a power
// of two near max, squared and summed in double-double arithmetic (each
// square's rounding error found exactly by square_error), and the square
// root gets one Newton correction, which makes the result correctly rounded
// in all but rare cases.
MINNOW_NO_FP_CONTRACT double vector_norm(const double* v, size_t n, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || n == 1) return max;
  int e;
  std::frexp(max, &e);
  double hi = 0.0, lo = 0.0;
  for (size_t i = 0; i < n; i++) {
    double x = std::ldexp(v[i], -e);
    double p = x * x;
    double perr = square_error(x, p);
    double s = hi + p;
    double bv = s - hi;
    double serr = (hi - (s - bv)) + (p - bv);
    hi = s;
    lo += serr + perr;
  }
  double sum = hi + lo;
  lo -= sum - hi;
  hi = sum;
  double h = std::sqrt(hi);
  double hh = h * h;
  double hh_err = square_error(h, hh);
  double resid = ((hi - hh) - hh_err) + lo;
  h += resid / (2.0 * h);
  return std::ldexp(h, e);
}

Value math_hypot(size_t n_args, const Value* args) {
  Doubles vals;
  double max = 0.0;
  bool nan = false;
  for (size_t i = 0; i < n_args; i++) {
    double x = std::fabs(float_value(args[i]));
    if (std::isnan(x)) nan = true;
    else if (x > max) max = x;
    vals.push(x);
  }
  return float_new(vector_norm(vals.p, vals.n, max, nan));
}

#if MINNOW_MATH_EXTRA
Value math_dist(Value p, Value q) {
  Value tp = is_tuple(p) ? p : tuple_from_iterable(p);
  Value tq = is_tuple(q) ? q : tuple_from_iterable(q);
  const Tuple* a = tp.as<Tuple>();
  const Tuple* b = tq.as<Tuple>();
  if (a->len != b->len) raise_value_error("both points must have the same number of dimensions");
  Doubles vals;
  double max = 0.0;
  bool nan = false;
  for (size_t i = 0; i < a->len; i++) {
    double x = std::fabs(float_value(a->items()[i]) - float_value(b->items()[i]));
    if (std::isnan(x)) nan = true;
    else if (x > max) max = x;
    vals.push(x);
  }
  return float_new(vector_norm(vals.p, vals.n, max, nan));
}

Value math_prod(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(iterable), QSTR(start)};
  if (n_args > 1) raise_fmt(&exc::TypeError, "prod() takes exactly 1 positional argument (%z given)", n_args);
  Value a[2];
  parse_args(QSTR(prod), n_args, n_kw, args, names, 2, 1, a);
  Value acc = a[1].is_null() ? small(1) : a[1];
  Value it = getiter(a[0]);
  for (Value x = iternext(it); !x.is_stop(); x = iternext(it)) {
    acc = binary_op(BinOp::Mul, acc, x);
    check_interrupt();
  }
  return acc;
}
#endif

// ---------------------------------------------------------------------------
// Integer functions.

// A nonnegative int argument that fits in 64 bits, for the combinatorics.
Value int_arg(Value v) { return native_of(index_value(v), &int_type); }

// lo * (lo+1) * ... * hi (1 when lo > hi), as a balanced product tree so
// the big multiplications are between numbers of similar size.
Value range_product(uint64_t lo, uint64_t hi) {
  if (lo > hi) return small(1);
  if (hi - lo < 16) {
    Value acc = small(1);
    uint64_t word = 1;
    for (uint64_t i = lo;; i++) {
      uint64_t next;
      if (__builtin_mul_overflow(word, i, &next)) {
        acc = int_binary_op(BinOp::Mul, acc, int_from_u64(word));
        word = i;
      } else {
        word = next;
      }
      if (i == hi) break;
    }
    return int_binary_op(BinOp::Mul, acc, int_from_u64(word));
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return int_binary_op(BinOp::Mul, range_product(lo, mid), range_product(mid + 1, hi));
}

uint64_t u64_arg(Value i, const char* too_big) {
  int64_t v;
  bignum::Digit buf[bignum::kU64Digits];
  if (bignum::to_i64(int_view(i, buf), &v) != bignum::Status::ok) raise_overflow_error(too_big);
  return static_cast<uint64_t>(v);
}

Value math_factorial(Value v) {
  Value n = int_arg(v);
  if (int_sign(n) < 0) raise_value_error("factorial() not defined for negative values");
  uint64_t k = u64_arg(n, "factorial() argument should not exceed 9223372036854775807");
  return range_product(1, k);
}

#if MINNOW_MATH_EXTRA
Value math_perm(size_t n_args, const Value* args) {
  Value n = int_arg(args[0]);
  if (int_sign(n) < 0) raise_value_error("n must be a non-negative integer");
  if (n_args < 2 || is_none(args[1])) return math_factorial(n);
  Value k = int_arg(args[1]);
  if (int_sign(k) < 0) raise_value_error("k must be a non-negative integer");
  if (truthy(int_binary_op(BinOp::Gt, k, n))) return small(0);
  uint64_t kk = u64_arg(k, "k must not exceed 9223372036854775807");
  bignum::Digit buf[bignum::kU64Digits];
  int64_t nn;
  if (bignum::to_i64(int_view(n, buf), &nn) == bignum::Status::ok)
    return range_product(static_cast<uint64_t>(nn) - kk + 1, static_cast<uint64_t>(nn));
  Value acc = small(1);
  for (uint64_t i = 0; i < kk; i++) acc = int_binary_op(BinOp::Mul, acc, int_binary_op(BinOp::Sub, n, int_from_u64(i)));
  return acc;
}

Value math_comb(Value nv, Value kv) {
  Value n = int_arg(nv), k = int_arg(kv);
  if (int_sign(n) < 0) raise_value_error("n must be a non-negative integer");
  if (int_sign(k) < 0) raise_value_error("k must be a non-negative integer");
  if (truthy(int_binary_op(BinOp::Gt, k, n))) return small(0);
  Value nk = int_binary_op(BinOp::Sub, n, k);
  if (truthy(int_binary_op(BinOp::Lt, nk, k))) k = nk;
  uint64_t kk = u64_arg(k, "min(n - k, k) must not exceed 9223372036854775807");
  bignum::Digit buf[bignum::kU64Digits];
  int64_t nn;
  if (bignum::to_i64(int_view(n, buf), &nn) == bignum::Status::ok) {
    Value num = range_product(static_cast<uint64_t>(nn) - kk + 1, static_cast<uint64_t>(nn));
    return int_binary_op(BinOp::FloorDiv, num, range_product(1, kk));
  }
  // n beyond 64 bits: k is then small enough to step through.
  Value acc = small(1);
  for (uint64_t i = 0; i < kk; i++) {
    acc = int_binary_op(BinOp::Mul, acc, int_binary_op(BinOp::Sub, n, int_from_u64(i)));
    acc = int_binary_op(BinOp::FloorDiv, acc, int_from_u64(i + 1));
  }
  return acc;
}
#endif

Value math_gcd(size_t n_args, const Value* args) {
  Value g = small(0);
  for (size_t i = 0; i < n_args; i++) g = int_gcd(g, int_arg(args[i]));
  return g;
}

#if MINNOW_MATH_EXTRA
Value math_lcm(size_t n_args, const Value* args) {
  Value l = small(1);
  for (size_t i = 0; i < n_args; i++) {
    Value x = int_arg(args[i]);
    if (int_sign(x) == 0 || int_sign(l) == 0) {
      l = small(0);
      continue;
    }
    Value g = int_gcd(l, x);
    l = int_binary_op(BinOp::Mul, int_binary_op(BinOp::FloorDiv, l, g), x);
    l = int_unary_op(UnaryOp::Abs, l);
  }
  return l;
}

Value math_isqrt(Value v) {
  Value n = int_arg(v);
  if (int_sign(n) < 0) raise_value_error("isqrt() argument must be nonnegative");
  return int_isqrt(n);
}
#endif

// ---------------------------------------------------------------------------
// The module table.

constexpr FloatObj math_pi = {&float_type, 3.141592653589793};
constexpr FloatObj math_e = {&float_type, 2.718281828459045};
constexpr FloatObj math_tau = {&float_type, 6.283185307179586};
constexpr FloatObj math_inf = {&float_type, __builtin_inf()};
constexpr FloatObj math_nan = {&float_type, __builtin_nan("")};

#define MATH_1(name, overflow) constexpr BuiltinFn name##_fn = make_fn1(QSTR(name), math_1<f_##name, overflow>);
MATH_1(sqrt, false)
MATH_1(exp, true)
#if MINNOW_MATH_EXTRA
MATH_1(exp2, true)
#endif
MATH_1(expm1, true)
#if MINNOW_MATH_EXTRA
MATH_1(log1p, false)
#endif
MATH_1(sin, false)
MATH_1(cos, false)
MATH_1(tan, false)
MATH_1(asin, false)
MATH_1(acos, false)
MATH_1(atan, false)
MATH_1(sinh, true)
MATH_1(cosh, true)
MATH_1(tanh, false)
MATH_1(asinh, false)
MATH_1(acosh, false)
MATH_1(atanh, false)
#if MINNOW_MATH_SPECIAL
MATH_1(erf, false)
MATH_1(erfc, false)
#endif
MATH_1(fabs, false)
#if MINNOW_MATH_EXTRA
MATH_1(cbrt, false)
#endif
MATH_1(degrees, false)
MATH_1(radians, false)
#undef MATH_1

#if MINNOW_MATH_SPECIAL
constexpr BuiltinFn gamma_fn = make_fn1(QSTR(gamma), math_gamma);
constexpr BuiltinFn lgamma_fn = make_fn1(QSTR(lgamma), math_lgamma);
#endif
constexpr BuiltinFn log_fn = make_fn_var(QSTR(log), 1, 2, math_log);
constexpr BuiltinFn log2_fn = make_fn1(QSTR(log2), math_log2);
constexpr BuiltinFn log10_fn = make_fn1(QSTR(log10), math_log10);
constexpr BuiltinFn atan2_fn = make_fn2(QSTR(atan2), math_atan2);
constexpr BuiltinFn copysign_fn = make_fn2(QSTR(copysign), math_copysign);
constexpr BuiltinFn pow_fn = make_fn2(QSTR(pow), math_pow);
constexpr BuiltinFn fmod_fn = make_fn2(QSTR(fmod), math_fmod);
#if MINNOW_MATH_EXTRA
constexpr BuiltinFn remainder_fn = make_fn2(QSTR(remainder), math_remainder);
constexpr BuiltinFn nextafter_fn = make_fn2(QSTR(nextafter), math_nextafter);
constexpr BuiltinFn ulp_fn = make_fn1(QSTR(ulp), math_ulp);
#endif
constexpr BuiltinFn ldexp_fn = make_fn2(QSTR(ldexp), math_ldexp);
constexpr BuiltinFn frexp_fn = make_fn1(QSTR(frexp), math_frexp);
constexpr BuiltinFn modf_fn = make_fn1(QSTR(modf), math_modf);
constexpr BuiltinFn floor_fn = make_fn1(QSTR(floor), math_floor);
constexpr BuiltinFn ceil_fn = make_fn1(QSTR(ceil), math_ceil);
constexpr BuiltinFn trunc_fn = make_fn1(QSTR(trunc), math_trunc);
constexpr BuiltinFn isfinite_fn = make_fn1(QSTR(isfinite), math_isfinite);
constexpr BuiltinFn isinf_fn = make_fn1(QSTR(isinf), math_isinf);
constexpr BuiltinFn isnan_fn = make_fn1(QSTR(isnan), math_isnan);
constexpr BuiltinFn isclose_fn = make_fn_kw(QSTR(isclose), math_isclose);
#if MINNOW_MATH_EXTRA
constexpr BuiltinFn fsum_fn = make_fn1(QSTR(fsum), math_fsum);
#endif
constexpr BuiltinFn hypot_fn = make_fn_var(QSTR(hypot), 0, 255, math_hypot);
#if MINNOW_MATH_EXTRA
constexpr BuiltinFn dist_fn = make_fn2(QSTR(dist), math_dist);
constexpr BuiltinFn prod_fn = make_fn_kw(QSTR(prod), math_prod);
#endif
constexpr BuiltinFn factorial_fn = make_fn1(QSTR(factorial), math_factorial);
#if MINNOW_MATH_EXTRA
constexpr BuiltinFn perm_fn = make_fn_var(QSTR(perm), 1, 2, math_perm);
constexpr BuiltinFn comb_fn = make_fn2(QSTR(comb), math_comb);
#endif
constexpr BuiltinFn gcd_fn = make_fn_var(QSTR(gcd), 0, 255, math_gcd);
#if MINNOW_MATH_EXTRA
constexpr BuiltinFn lcm_fn = make_fn_var(QSTR(lcm), 0, 255, math_lcm);
constexpr BuiltinFn isqrt_fn = make_fn1(QSTR(isqrt), math_isqrt);
#endif

constexpr MethodEntry math_globals_entries[] = {
    entry(QSTR(__name__), QSTR(math)),
    entry(QSTR(pi), &math_pi),
    entry(QSTR(e), &math_e),
    entry(QSTR(tau), &math_tau),
    entry(QSTR(inf), &math_inf),
    entry(QSTR(nan), &math_nan),
    entry(QSTR(sqrt), &sqrt_fn),
    entry(QSTR(exp), &exp_fn),
    entry(QSTR(expm1), &expm1_fn),
    entry(QSTR(log), &log_fn),
    entry(QSTR(log2), &log2_fn),
    entry(QSTR(log10), &log10_fn),
    entry(QSTR(pow), &pow_fn),
    entry(QSTR(sin), &sin_fn),
    entry(QSTR(cos), &cos_fn),
    entry(QSTR(tan), &tan_fn),
    entry(QSTR(asin), &asin_fn),
    entry(QSTR(acos), &acos_fn),
    entry(QSTR(atan), &atan_fn),
    entry(QSTR(atan2), &atan2_fn),
    entry(QSTR(sinh), &sinh_fn),
    entry(QSTR(cosh), &cosh_fn),
    entry(QSTR(tanh), &tanh_fn),
    entry(QSTR(asinh), &asinh_fn),
    entry(QSTR(acosh), &acosh_fn),
    entry(QSTR(atanh), &atanh_fn),
#if MINNOW_MATH_SPECIAL
    entry(QSTR(erf), &erf_fn),
    entry(QSTR(erfc), &erfc_fn),
    entry(QSTR(gamma), &gamma_fn),
    entry(QSTR(lgamma), &lgamma_fn),
#endif
    entry(QSTR(fabs), &fabs_fn),
    entry(QSTR(degrees), &degrees_fn),
    entry(QSTR(radians), &radians_fn),
    entry(QSTR(floor), &floor_fn),
    entry(QSTR(ceil), &ceil_fn),
    entry(QSTR(trunc), &trunc_fn),
    entry(QSTR(fmod), &fmod_fn),
    entry(QSTR(modf), &modf_fn),
    entry(QSTR(frexp), &frexp_fn),
    entry(QSTR(ldexp), &ldexp_fn),
    entry(QSTR(copysign), &copysign_fn),
    entry(QSTR(isfinite), &isfinite_fn),
    entry(QSTR(isinf), &isinf_fn),
    entry(QSTR(isnan), &isnan_fn),
    entry(QSTR(isclose), &isclose_fn),
    entry(QSTR(hypot), &hypot_fn),
    entry(QSTR(factorial), &factorial_fn),
    entry(QSTR(gcd), &gcd_fn),
#if MINNOW_MATH_EXTRA
    entry(QSTR(exp2), &exp2_fn),
    entry(QSTR(log1p), &log1p_fn),
    entry(QSTR(cbrt), &cbrt_fn),
    entry(QSTR(remainder), &remainder_fn),
    entry(QSTR(nextafter), &nextafter_fn),
    entry(QSTR(ulp), &ulp_fn),
    entry(QSTR(fsum), &fsum_fn),
    entry(QSTR(dist), &dist_fn),
    entry(QSTR(prod), &prod_fn),
    entry(QSTR(perm), &perm_fn),
    entry(QSTR(comb), &comb_fn),
    entry(QSTR(lcm), &lcm_fn),
    entry(QSTR(isqrt), &isqrt_fn),
#endif
};
constexpr Table math_globals = make_table(math_globals_entries);

}  // namespace

constinit const BuiltinModule math_module = {QSTR(math), &math_globals, nullptr};

#endif  // MINNOW_FLOAT

}  // namespace minnow
