// The libm entry points the core calls, bound straight to newlib's IEEE 754
// kernels. Newlib's own pow, exp, log... are wrappers that add errno and
// SVID error handling (about 2.5 KB of flash together); the core never reads
// errno and checks domains and ranges itself, and in newlib's default POSIX
// mode the wrappers return the kernels' IEEE results unchanged. Defining the
// names here keeps the wrappers out of the link (an archive member is pulled
// only for a symbol still undefined). The exactly specified ones (floor,
// fmod, sqrt...) are exact.h's smaller versions; their newlib kernel names
// (__ieee754_fmod, __ieee754_sqrt) are aliases, as newlib's pow, hypot,
// remainder... call those.
#include "exact.h"

namespace x = minnow::exact;

extern "C" {
double __ieee754_acos(double);
double __ieee754_acosh(double);
double __ieee754_asin(double);
double __ieee754_atan2(double, double);
double __ieee754_atanh(double);
double __ieee754_cosh(double);
double __ieee754_exp(double);
double __ieee754_hypot(double, double);
double __ieee754_log(double);
double __ieee754_log10(double);
double __ieee754_pow(double, double);
double __ieee754_remainder(double, double);
double __ieee754_sinh(double);

double acos(double x) { return __ieee754_acos(x); }
double acosh(double x) { return __ieee754_acosh(x); }
double asin(double x) { return __ieee754_asin(x); }
double atan2(double y, double x) { return __ieee754_atan2(y, x); }
double atanh(double x) { return __ieee754_atanh(x); }
double cosh(double x) { return __ieee754_cosh(x); }
double exp(double x) { return __ieee754_exp(x); }
double hypot(double x, double y) { return __ieee754_hypot(x, y); }
double log(double x) { return __ieee754_log(x); }
double log10(double x) { return __ieee754_log10(x); }
double pow(double x, double y) { return __ieee754_pow(x, y); }
double remainder(double x, double y) { return __ieee754_remainder(x, y); }
double sinh(double x) { return __ieee754_sinh(x); }

double floor(double v) { return x::floor(v); }
double ceil(double v) { return x::ceil(v); }
double trunc(double v) { return x::trunc(v); }
// rint and nearbyint differ only in the inexact flag, which nothing reads.
double rint(double v) { return x::rint(v); }
double nearbyint(double) __attribute__((alias("rint")));
double modf(double v, double* ip) { return x::modf(v, ip); }
double frexp(double v, int* e) { return x::frexp(v, e); }
double scalbn(double v, int n) { return x::scalbn(v, n); }
double ldexp(double, int) __attribute__((alias("scalbn")));
double fmod(double a, double b) { return x::fmod(a, b); }
double __ieee754_fmod(double, double) __attribute__((alias("fmod"), leaf, nothrow));
double sqrt(double v) { return x::sqrt(v); }
double __ieee754_sqrt(double) __attribute__((alias("sqrt"), leaf, nothrow));
}
