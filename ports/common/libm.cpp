// The libm entry points the core calls, bound straight to newlib's IEEE 754
// kernels. Newlib's own pow, exp, log... are wrappers that add errno and
// SVID error handling (about 2.5 KB of flash together); the core never reads
// errno and checks domains and ranges itself, and in newlib's default POSIX
// mode the wrappers return the kernels' IEEE results unchanged. Defining the
// names here keeps the wrappers out of the link (an archive member is pulled
// only for a symbol still undefined). fmod and sqrt, and the kernels
// __ieee754_fmod and __ieee754_sqrt that newlib's own functions call, are
// exact.cpp's.
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
}
