# float to int truncation and int to float rounding
for v in (2.7, -2.7, 0.9999, -0.5, 1e10, 123456789.99):
    print(v, int(v))
print(float(2 ** 53 + 1), float(2 ** 64), float(-(2 ** 80)))
print(int(2.0 ** 80) == 2 ** 80)
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError")
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
