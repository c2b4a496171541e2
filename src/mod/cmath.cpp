// The cmath module: elementary functions on complex numbers.
//
// The inverse functions follow Kahan's formulas ("Branch Cuts for Complex
// Elementary Functions"), which put the branch cuts where Python does and
// keep the signs of zeros on them; trigonometric functions reduce to the
// hyperbolic ones through z -> iz. Errors as in math: ValueError("math
// domain error") at poles (log(0), atanh(+-1)), OverflowError("math range
// error") when a finite argument gives an infinite result.
#include <cmath>

#include "config.h"
#include "obj/float.h"
#include "obj/tuple.h"
#include "vm/state.h"

namespace minnow {

#if MINNOW_FLOAT

namespace {

[[noreturn]] [[gnu::cold]] void domain_error() { raise_value_error("math domain error"); }
[[noreturn]] [[gnu::cold]] void range_error() { raise_overflow_error("math range error"); }

bool finite(Cplx z) { return std::isfinite(z.re) && std::isfinite(z.im); }

// The result of f(z): a range error if a finite z gave an infinite part.
Value result(Cplx z, Cplx r) {
  if (finite(z) && (std::isinf(r.re) || std::isinf(r.im))) range_error();
  return complex_new(r.re, r.im);
}

// i*z and -i*z.
Cplx times_i(Cplx z) { return Cplx{-z.im, z.re}; }
Cplx times_minus_i(Cplx z) { return Cplx{z.im, -z.re}; }

Cplx c_sqrt(Cplx z) {
  if (z.re == 0 && z.im == 0) return Cplx{0.0, z.im};
  if (std::isinf(z.im)) return Cplx{HUGE_VAL, z.im};
  if (std::isnan(z.re) || std::isnan(z.im)) {
    if (z.re == HUGE_VAL) return Cplx{z.re, NAN};
    if (z.re == -HUGE_VAL) return Cplx{NAN, HUGE_VAL};
    return Cplx{NAN, NAN};
  }
  if (std::isinf(z.re))
    return z.re > 0 ? Cplx{z.re, std::copysign(0.0, z.im)} : Cplx{0.0, std::copysign(HUGE_VAL, z.im)};
  // s = sqrt((|x| + |z|) / 2); then sqrt(z) is (s, y/2s) or (|y|/2s, +-s).
  double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
  if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308) {
    // Subnormal parts: scale by 2**54 so that hypot keeps its precision.
    double sx = std::ldexp(ax, 54), sy = std::ldexp(ay, 54);
    s = std::ldexp(std::sqrt((sx + std::hypot(sx, sy)) / 2.0), -27);
  } else {
    // The halving is folded in so that |x| + |z| cannot overflow.
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0) return Cplx{s, std::copysign(d, z.im)};
  return Cplx{d, std::copysign(s, z.im)};
}

Cplx c_exp(Cplx z) {
  if (z.im == 0) return Cplx{std::exp(z.re), z.im};
  double m = std::exp(z.re);
  if (std::isinf(m) && std::isfinite(z.im)) {
    // exp(x) overflows but exp(x) * cos(y) might not.
    double h = std::exp(z.re - 1.0);
    return Cplx{h * std::cos(z.im) * 2.718281828459045, h * std::sin(z.im) * 2.718281828459045};
  }
  return Cplx{m * std::cos(z.im), m * std::sin(z.im)};
}

Cplx c_log(Cplx z) {
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  if (ax == 0 && ay == 0) domain_error();
  double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
  double re;
  double h = std::hypot(ax, ay);
  if (std::isinf(h) && std::isfinite(ax) && std::isfinite(ay)) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + 0.6931471805599453;
  } else if (h > 0.71 && h < 1.73) {
    // Near the unit circle log|z| is small: compute it from |z|**2 - 1.
    re = std::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0;
  } else {
    re = std::log(h);
  }
  return Cplx{re, std::atan2(z.im, z.re)};
}

Cplx c_sinh(Cplx z) {
  if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
    return Cplx{std::copysign(HUGE_VAL, std::cos(z.im)) * std::copysign(1.0, z.re),
                std::copysign(HUGE_VAL, std::sin(z.im))};
  }
  return Cplx{std::sinh(z.re) * std::cos(z.im), std::cosh(z.re) * std::sin(z.im)};
}

Cplx c_cosh(Cplx z) {
  if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0) {
    return Cplx{std::copysign(HUGE_VAL, std::cos(z.im)),
                std::copysign(HUGE_VAL, std::sin(z.im)) * std::copysign(1.0, z.re)};
  }
  return Cplx{std::cosh(z.re) * std::cos(z.im), std::sinh(z.re) * std::sin(z.im)};
}

Cplx c_tanh(Cplx z) {
  if (std::fabs(z.re) > 354.0) {
    // tanh(x) is +-1 and the imaginary part underflows.
    return Cplx{std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re))};
  }
  double tx = std::tanh(z.re), ty = std::tan(z.im), cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return Cplx{tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

Cplx c_asinh(Cplx z) {
  Cplx s1 = c_sqrt(Cplx{1.0 + z.im, -z.re});
  Cplx s2 = c_sqrt(Cplx{1.0 - z.im, z.re});
  return Cplx{std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

Cplx c_acos(Cplx z) {
  Cplx s1 = c_sqrt(Cplx{1.0 - z.re, -z.im});
  Cplx s2 = c_sqrt(Cplx{1.0 + z.re, z.im});
  return Cplx{2.0 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

Cplx c_acosh(Cplx z) {
  Cplx s1 = c_sqrt(Cplx{z.re - 1.0, z.im});
  Cplx s2 = c_sqrt(Cplx{z.re + 1.0, z.im});
  return Cplx{std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re)};
}

Cplx c_atanh(Cplx z) {
  if (z.re < 0) {
    Cplx r = c_atanh(Cplx{-z.re, -z.im});
    return Cplx{-r.re, -r.im};
  }
  double x = z.re, ay = std::fabs(z.im);
  if (x == 1.0 && ay == 0) domain_error();
  if (x > 1e154 || ay > 1e154) {
    // Far from the origin atanh(z) ~ 1/z + i*pi/2.
    double h = std::hypot(x / 2.0, z.im / 2.0);
    return Cplx{x / 4.0 / h / h, -std::copysign(1.5707963267948966, -z.im)};
  }
  if (x == 1.0 && ay < 1.4916681462400413e-154) {
    return Cplx{-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
                std::copysign(std::atan2(2.0, -ay) / 2.0, z.im)};
  }
  double re = std::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0;
  double im = -std::atan2(-2.0 * z.im, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0;
  return Cplx{re, im};
}

// f(z) for each function, as module entries.
template <Cplx (*f)(Cplx)>
Value cmath_1(Value v) {
  Cplx z = complex_arg(v);
  return result(z, f(z));
}

Cplx f_sqrt(Cplx z) { return c_sqrt(z); }
Cplx f_exp(Cplx z) { return c_exp(z); }
Cplx f_sinh(Cplx z) { return c_sinh(z); }
Cplx f_cosh(Cplx z) { return c_cosh(z); }
Cplx f_tanh(Cplx z) { return c_tanh(z); }
Cplx f_asinh(Cplx z) { return c_asinh(z); }
Cplx f_acos(Cplx z) { return c_acos(z); }
Cplx f_acosh(Cplx z) { return c_acosh(z); }
Cplx f_atanh(Cplx z) { return c_atanh(z); }
// sin z = -i sinh(iz), cos z = cosh(iz), tan z = -i tanh(iz),
// asin z = -i asinh(iz), atan z = -i atanh(iz).
Cplx f_sin(Cplx z) { return times_minus_i(c_sinh(times_i(z))); }
Cplx f_cos(Cplx z) { return c_cosh(times_i(z)); }
Cplx f_tan(Cplx z) { return times_minus_i(c_tanh(times_i(z))); }
Cplx f_asin(Cplx z) { return times_minus_i(c_asinh(times_i(z))); }
Cplx f_atan(Cplx z) { return times_minus_i(c_atanh(times_i(z))); }
Cplx f_log10(Cplx z) {
  Cplx r = c_log(z);
  return Cplx{r.re / 2.302585092994046, r.im / 2.302585092994046};
}

Value cmath_log(size_t n_args, const Value* args) {
  Cplx z = complex_arg(args[0]);
  Cplx r = c_log(z);
  if (n_args == 2) {
    Cplx b = c_log(complex_arg(args[1]));
    if (b.re == 0 && b.im == 0) raise_zero_division("complex division by zero");
    Value q = complex_binary_op(BinOp::TrueDiv, complex_new(r.re, r.im), complex_new(b.re, b.im));
    return q;
  }
  return result(z, r);
}

Value cmath_phase(Value v) {
  Cplx z = complex_arg(v);
  return float_new(std::atan2(z.im, z.re));
}

Value cmath_polar(Value v) {
  Cplx z = complex_arg(v);
  double r = std::hypot(z.re, z.im);
  if (std::isinf(r) && finite(z)) range_error();
  Value items[2] = {float_new(r), float_new(std::atan2(z.im, z.re))};
  return tuple_new(2, items);
}

Value cmath_rect(Value rv, Value phiv) {
  double r = float_value(rv), phi = float_value(phiv);
  if (std::isinf(phi) && std::isfinite(r) && r != 0) domain_error();
  if (phi == 0) return complex_new(r, r * phi);
  return complex_new(r * std::cos(phi), r * std::sin(phi));
}

Value cmath_isfinite(Value v) { return bool_(finite(complex_arg(v))); }
Value cmath_isinf(Value v) {
  Cplx z = complex_arg(v);
  return bool_(std::isinf(z.re) || std::isinf(z.im));
}
Value cmath_isnan(Value v) {
  Cplx z = complex_arg(v);
  return bool_(std::isnan(z.re) || std::isnan(z.im));
}

Value cmath_isclose(size_t n_args, size_t n_kw, const Value* args) {
  static constexpr const Str* names[] = {QSTR(a), QSTR(b), QSTR(rel_tol), QSTR(abs_tol)};
  if (n_args > 2) raise_fmt(&exc::TypeError, "isclose() takes exactly 2 positional arguments (%z given)", n_args);
  Value a[4];
  parse_args(QSTR(isclose), n_args, n_kw, args, names, 4, 2, a);
  Cplx x = complex_arg(a[0]), y = complex_arg(a[1]);
  double rel = a[2].is_null() ? 1e-9 : float_value(a[2]);
  double abs_tol = a[3].is_null() ? 0.0 : float_value(a[3]);
  if (rel < 0 || abs_tol < 0) raise_value_error("tolerances must be non-negative");
  if (x.re == y.re && x.im == y.im) return true_();
  if (!finite(x) || !finite(y)) return false_();
  double diff = std::hypot(x.re - y.re, x.im - y.im);
  double ax = std::hypot(x.re, x.im), ay = std::hypot(y.re, y.im);
  return bool_(diff <= rel * ay || diff <= rel * ax || diff <= abs_tol);
}

constexpr FloatObj cmath_pi = {&float_type, 3.141592653589793};
constexpr FloatObj cmath_e = {&float_type, 2.718281828459045};
constexpr FloatObj cmath_tau = {&float_type, 6.283185307179586};
constexpr FloatObj cmath_inf = {&float_type, __builtin_inf()};
constexpr FloatObj cmath_nan = {&float_type, __builtin_nan("")};
constexpr ComplexObj cmath_infj = {&complex_type, 0.0, __builtin_inf()};
constexpr ComplexObj cmath_nanj = {&complex_type, 0.0, __builtin_nan("")};

#define CMATH_1(name) constexpr BuiltinFn name##_fn = make_fn1(QSTR(name), cmath_1<f_##name>);
CMATH_1(sqrt)
CMATH_1(exp)
CMATH_1(log10)
CMATH_1(sin)
CMATH_1(cos)
CMATH_1(tan)
CMATH_1(asin)
CMATH_1(acos)
CMATH_1(atan)
CMATH_1(sinh)
CMATH_1(cosh)
CMATH_1(tanh)
CMATH_1(asinh)
CMATH_1(acosh)
CMATH_1(atanh)
#undef CMATH_1
constexpr BuiltinFn log_fn = make_fn_var(QSTR(log), 1, 2, cmath_log);
constexpr BuiltinFn phase_fn = make_fn1(QSTR(phase), cmath_phase);
constexpr BuiltinFn polar_fn = make_fn1(QSTR(polar), cmath_polar);
constexpr BuiltinFn rect_fn = make_fn2(QSTR(rect), cmath_rect);
constexpr BuiltinFn isfinite_fn = make_fn1(QSTR(isfinite), cmath_isfinite);
constexpr BuiltinFn isinf_fn = make_fn1(QSTR(isinf), cmath_isinf);
constexpr BuiltinFn isnan_fn = make_fn1(QSTR(isnan), cmath_isnan);
constexpr BuiltinFn isclose_fn = make_fn_kw(QSTR(isclose), cmath_isclose);

constexpr MethodEntry cmath_globals_entries[] = {
    entry(QSTR(__name__), QSTR(cmath)),
    entry(QSTR(pi), &cmath_pi),
    entry(QSTR(e), &cmath_e),
    entry(QSTR(tau), &cmath_tau),
    entry(QSTR(inf), &cmath_inf),
    entry(QSTR(nan), &cmath_nan),
    entry(QSTR(infj), &cmath_infj),
    entry(QSTR(nanj), &cmath_nanj),
    entry(QSTR(phase), &phase_fn),
    entry(QSTR(polar), &polar_fn),
    entry(QSTR(rect), &rect_fn),
    entry(QSTR(exp), &exp_fn),
    entry(QSTR(log), &log_fn),
    entry(QSTR(log10), &log10_fn),
    entry(QSTR(sqrt), &sqrt_fn),
    entry(QSTR(sin), &sin_fn),
    entry(QSTR(cos), &cos_fn),
    entry(QSTR(tan), &tan_fn),
    entry(QSTR(asin), &asin_fn),
    entry(QSTR(acos), &acos_fn),
    entry(QSTR(atan), &atan_fn),
    entry(QSTR(sinh), &sinh_fn),
    entry(QSTR(cosh), &cosh_fn),
    entry(QSTR(tanh), &tanh_fn),
    entry(QSTR(asinh), &asinh_fn),
    entry(QSTR(acosh), &acosh_fn),
    entry(QSTR(atanh), &atanh_fn),
    entry(QSTR(isfinite), &isfinite_fn),
    entry(QSTR(isinf), &isinf_fn),
    entry(QSTR(isnan), &isnan_fn),
    entry(QSTR(isclose), &isclose_fn),
};
constexpr Table cmath_globals = make_table(cmath_globals_entries);

}  // namespace

constinit const BuiltinModule cmath_module = {QSTR(cmath), &cmath_globals, nullptr};

#endif  // MINNOW_FLOAT

}  // namespace minnow
