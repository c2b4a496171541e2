// The C library's string and memory functions the core and newlib call, as
// the small versions of exact.h (newlib-nano's are unrolled for speed).
#include "exact.h"

namespace x = minnow::exact;

extern "C" {

// memcpy's areas never overlap, so memmove does for it.
MINNOW_KEEP_LOOPS void* memmove(void* d, const void* s, size_t n) { return x::memmove(d, s, n); }
void* memcpy(void*, const void*, size_t) __attribute__((alias("memmove")));
MINNOW_KEEP_LOOPS void* memset(void* d, int c, size_t n) { return x::memset(d, c, n); }
int memcmp(const void* a, const void* b, size_t n) { return x::memcmp(a, b, n); }
void* memchr(const void* p, int c, size_t n) { return x::memchr(p, c, n); }
int strncmp(const char* a, const char* b, size_t n) { return x::strncmp(a, b, n); }
int strcmp(const char* a, const char* b) { return x::strcmp(a, b); }
size_t strlen(const char* s) { return x::strlen(s); }
}
