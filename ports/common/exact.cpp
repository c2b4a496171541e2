// The C names of the functions in exact.h, which take the place of newlib's
// (an archive member is pulled only for a symbol still undefined). Board
// builds only: on the host these names are the C library's.
#include "exact.h"

namespace x = minnow::exact;

extern "C" {

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
// newlib's remainder calls __ieee754_fmod: this one serves it too.
double fmod(double a, double b) { return x::fmod(a, b); }
double __ieee754_fmod(double, double) __attribute__((alias("fmod"), leaf, nothrow));
// newlib's pow, hypot, asin, acos... call __ieee754_sqrt directly.
double sqrt(double v) { return x::sqrt(v); }
double __ieee754_sqrt(double) __attribute__((alias("sqrt"), leaf, nothrow));

// memcpy's areas never overlap, so memmove does for it.
MINNOW_KEEP_LOOPS void* memmove(void* d, const void* s, size_t n) { return x::memmove(d, s, n); }
void* memcpy(void*, const void*, size_t) __attribute__((alias("memmove")));
MINNOW_KEEP_LOOPS void* memset(void* d, int c, size_t n) { return x::memset(d, c, n); }
int memcmp(const void* a, const void* b, size_t n) { return x::memcmp(a, b, n); }
void* memchr(const void* p, int c, size_t n) { return x::memchr(p, c, n); }
int strncmp(const char* a, const char* b, size_t n) { return x::strncmp(a, b, n); }
}
