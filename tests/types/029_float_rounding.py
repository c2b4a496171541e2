# round() with ndigits, ties go to even
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 0.4999999999999999):
    print(v, round(v))
for v, n in ((3.14159, 2), (2.5, 0), (1234.5678, -2), (0.125, 2), (0.375, 2), (1.005, 2)):
    print(v, n, round(v, n))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-155, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
