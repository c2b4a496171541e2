# float edge cases: overflow, negative zero, int conversion errors
print(-0.0, 0.0 * -1, abs(-0.0))
print(1e308 + 1e308)
print(2.0 ** 1023 * 2)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError pow")
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError int(inf)")
try:
    int(float("nan"))
except ValueError:
    print("ValueError int(nan)")
print(int(1e300) == 10 ** 300, int(1e300) > 10 ** 299)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2))
