// Small versions of the string functions the core calls. newlib-nano's
// strcmp and strlen for the Cortex-M are unrolled for speed (about 950 bytes
// of flash together); the core only applies them to short names and
// messages, so a plain loop does. An archive member is pulled only for a
// symbol still undefined, so these take the place of newlib's.
#include <cstddef>

extern "C" {

int strcmp(const char* a, const char* b) {
  const unsigned char* x = reinterpret_cast<const unsigned char*>(a);
  const unsigned char* y = reinterpret_cast<const unsigned char*>(b);
  while (*x && *x == *y) x++, y++;
  return *x - *y;
}

size_t strlen(const char* s) {
  const char* p = s;
  while (*p) p++;
  return static_cast<size_t>(p - s);
}
}
