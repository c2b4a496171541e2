// Line table encoding (see bytecode/linetable.h) and code_line().
#include "bytecode/linetable.h"

#include "bytecode/code.h"

namespace minnow {

static size_t put_uleb(uint8_t* out, uint32_t v) {
  size_t n = 0;
  while (v >= 0x80) {
    out[n++] = static_cast<uint8_t>(v | 0x80);
    v >>= 7;
  }
  out[n++] = static_cast<uint8_t>(v);
  return n;
}

static bool get_uleb(const uint8_t** p, const uint8_t* end, uint32_t* v) {
  uint32_t r = 0;
  for (unsigned shift = 0; shift < 35; shift += 7) {
    if (*p >= end) return false;
    uint8_t b = *(*p)++;
    r |= static_cast<uint32_t>(b & 0x7f) << shift;
    if (!(b & 0x80)) {
      *v = r;
      return true;
    }
  }
  return false;
}

size_t linetable_encode(uint8_t* out, uint32_t addr_delta, int32_t line_delta) {
  if (line_delta >= 0 && line_delta <= 7 && addr_delta <= 15) {
    out[0] = static_cast<uint8_t>((line_delta << 4) | addr_delta);
    return 1;
  }
  if (line_delta == 0 && addr_delta <= 63) {
    out[0] = static_cast<uint8_t>(0x80 | addr_delta);
    return 1;
  }
  out[0] = 0xc0;
  size_t n = 1 + put_uleb(out + 1, addr_delta);
  // Zigzag: 0, -1, 1, -2, 2 ... -> 0, 1, 2, 3, 4 ...
  uint32_t z = line_delta >= 0 ? static_cast<uint32_t>(line_delta) << 1
                               : ((static_cast<uint32_t>(-(line_delta + 1))) << 1) | 1;
  return n + put_uleb(out + n, z);
}

bool linetable_decode(const uint8_t** p, const uint8_t* end, uint32_t* addr_delta,
                      int32_t* line_delta) {
  if (*p >= end) return false;
  uint8_t b = *(*p)++;
  if (!(b & 0x80)) {
    *addr_delta = b & 15;
    *line_delta = b >> 4;
    return true;
  }
  if ((b & 0xc0) == 0x80) {
    *addr_delta = b & 63;
    *line_delta = 0;
    return true;
  }
  uint32_t z;
  if (!get_uleb(p, end, addr_delta) || !get_uleb(p, end, &z)) return false;
  *line_delta = (z & 1) ? -static_cast<int32_t>(z >> 1) - 1 : static_cast<int32_t>(z >> 1);
  return true;
}

uint32_t code_line(const Code* c, uint32_t offset) {
  const uint8_t* p = c->line_table;
  const uint8_t* end = p + c->n_line_table;
  uint32_t addr = 0;
  int64_t line = c->first_line;
  uint32_t da;
  int32_t dl;
  while (p < end && linetable_decode(&p, end, &da, &dl)) {
    if (offset < addr + da) break;
    addr += da;
    line += dl;
  }
  return line < 0 ? 0 : static_cast<uint32_t>(line);
}

}  // namespace minnow
