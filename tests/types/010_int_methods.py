# int.bit_length, int() conversions and int attributes
for v in (0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 100)):
    print(v, v.bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((7).conjugate())
print(int(), int(3.9), int(-3.9), int("  42  "), int("-0"), int(True))
print(int("1_000"), int("+7"))
