#!/usr/bin/env python3
"""Prints the constants of ports/common/rem_pio2.cpp: the bits of 2/pi and
pi/4, as C++ arrays of 32-bit words, least significant word first.

pi comes from Machin's formula, pi = 16 atan(1/5) - 4 atan(1/239), summed
in fixed point with plain Python integers. Each truncated term is off by
less than one unit and there are fewer than 1,000 terms, so 64 guard bits
are plenty; the script checks this by computing pi again with 64 more guard
bits and requiring the same output.

  kTwoOverPi: 40 words. Read as one 1,280-bit integer (the last word most
    significant), it is floor(2/pi * 2^1216): 64 zero bits (rem_pio2.cpp
    needs them for the smallest arguments), then the first 1,216 bits of the
    binary expansion of 2/pi (0.A2F9836E...).
  kPiOver4: 4 words, round(pi/4 * 2^128).
"""

TABLE_WORDS = 40
FRACTION_BITS = 32 * TABLE_WORDS - 64  # bits of 2/pi after the binary point


def atan_inv(k, one):
    """atan(1/k) * one, each term truncated (error < 1 unit per term)."""
    total = 0
    power = one // k  # one / k^(2i+1)
    i = 0
    while power:
        term = power // (2 * i + 1)
        total += -term if i & 1 else term
        power //= k * k
        i += 1
    return total


def constants(guard):
    one = 1 << (FRACTION_BITS + guard)
    pi = 16 * atan_inv(5, one) - 4 * atan_inv(239, one)  # pi * 2^(F+guard)
    # floor(2/pi * 2^F) = floor(2 * 2^F * 2^(F+guard) / (pi * 2^(F+guard)))
    two_over_pi = (2 << (2 * FRACTION_BITS + guard)) // pi
    scale = FRACTION_BITS + guard
    pi_over_4 = ((pi << 128) + (1 << (scale + 1))) >> (scale + 2)  # rounded
    return two_over_pi, pi_over_4


def words(value, count):
    return [(value >> (32 * i)) & 0xFFFFFFFF for i in range(count)]


def c_array(name, value, count):
    ws = words(value, count)
    assert value >> (32 * count) == 0
    lines = []
    for i in range(0, count, 6):
        lines.append("    " + ", ".join("0x%08X" % w for w in ws[i:i + 6]) + ",")
    return "const uint32_t %s[%d] = {\n%s\n};" % (name, count, "\n".join(lines))


def main():
    first = constants(64)
    assert first == constants(128), "not enough guard bits"
    two_over_pi, pi_over_4 = first
    # Known prefixes: 2/pi = 0x0.A2F9836E4E44152..., pi/4 = 0x0.C90FDAA22168C234...
    assert two_over_pi >> (FRACTION_BITS - 32) == 0xA2F9836E
    assert pi_over_4 >> 96 == 0xC90FDAA2
    print(c_array("kTwoOverPi", two_over_pi, TABLE_WORDS))
    print(c_array("kPiOver4", pi_over_4, 4))


if __name__ == "__main__":
    main()
