// The line table of a Code: which source line each bytecode offset belongs to.
//
// The table is a sequence of (addr_delta, line_delta) pairs. Decoding starts
// at addr = 0, line = Code::first_line; a pair says "the addr_delta bytes
// from addr on belong to line; then line += line_delta". Bytes after the last
// pair belong to the final line. Encoding of one pair:
//   0lll aaaa             line_delta = lll (0..7), addr_delta = aaaa (0..15)
//   10aa aaaa             line_delta = 0, addr_delta = aaaaaa (0..63)
//   1100 0000 <a> <l>     a: unsigned LEB128 addr_delta,
//                         l: LEB128 of the zigzag-coded line_delta
// so a statement that follows its predecessor within a few lines and is at
// most 15 bytes long costs one byte.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minnow {

inline constexpr size_t kLineEntryMax = 11;  // bytes of the longest pair

// Writes one pair at out (room for kLineEntryMax bytes); returns its size.
size_t linetable_encode(uint8_t* out, uint32_t addr_delta, int32_t line_delta);

// Reads one pair at *p (p < end), advancing *p. Returns false on a
// truncated table.
bool linetable_decode(const uint8_t** p, const uint8_t* end, uint32_t* addr_delta,
                      int32_t* line_delta);

}  // namespace minnow
