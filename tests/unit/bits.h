// Doubles as their IEEE 754 bits, for the unit tests that compare results
// bit for bit.
#pragma once

#include <bit>
#include <cstdint>

inline double from_bits(uint64_t b) { return std::bit_cast<double>(b); }
inline uint64_t to_bits(double d) { return std::bit_cast<uint64_t>(d); }
