// The compact build of util/fltfmt (cfg::fltfmt_compact), compiled into the
// unit-test binary next to the core's own build by fltfmt_compact.cpp, for
// fltfmt_compact_test.cpp to compare the two.  The functions are those of
// util/fltfmt.h; format() takes the FormatSpec fields one by one.
#pragma once

#include <cstddef>

namespace fltfmt_compact {

size_t repr(double v, char* buf);
size_t format(double v, char type, int precision, bool alternate, bool no_neg_zero, char* buf,
              size_t bufsize);
size_t format_printf(double v, char conv, int precision, bool alternate, char* buf, size_t bufsize);
double round_ndigits(double x, int ndigits);
bool parse(const char* s, size_t n, double* out, unsigned flags);

}  // namespace fltfmt_compact
