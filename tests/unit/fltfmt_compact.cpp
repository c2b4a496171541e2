// util/fltfmt.cpp compiled a second time, as its compact build, into the
// namespace `compact` of this translation unit (fltfmt_compact.h says why).
//
// The standard headers the source uses come first, outside the namespace, so
// that the copies it includes are empty; config.h and util/fltfmt.h are read
// for the first time inside it, so their names (cfg::fltfmt_compact too)
// become compact::minnow::... and do not clash with the core's.
#include <cstddef>
#include <cstdint>
#include <cstring>

#undef MINNOW_FLTFMT_COMPACT
#define MINNOW_FLTFMT_COMPACT 1

namespace compact {
#include "util/fltfmt.cpp"
}  // namespace compact

#include "fltfmt_compact.h"

namespace fltfmt_compact {

namespace impl = compact::minnow::fltfmt;

static_assert(compact::minnow::cfg::fltfmt_compact);

size_t repr(double v, char* buf) { return impl::repr(v, buf); }

size_t format(double v, char type, int precision, bool alternate, bool no_neg_zero, char* buf,
              size_t bufsize) {
  impl::FormatSpec spec;
  spec.type = type;
  spec.precision = precision;
  spec.alternate = alternate;
  spec.no_neg_zero = no_neg_zero;
  return impl::format(v, spec, buf, bufsize);
}

size_t format_printf(double v, char conv, int precision, bool alternate, char* buf,
                     size_t bufsize) {
  return impl::format_printf(v, conv, precision, alternate, buf, bufsize);
}

double round_ndigits(double x, int ndigits) { return impl::round_ndigits(x, ndigits); }

bool parse(const char* s, size_t n, double* out, unsigned flags) {
  return impl::parse(s, n, out, flags);
}

}  // namespace fltfmt_compact
