# int edge cases: negative shifts, division into floats, zero powers
try:
    1 << -1
except ValueError:
    print("ValueError shift")
try:
    1 >> -1
except ValueError:
    print("ValueError rshift")
print(10 ** 30 / 10 ** 15, 7 / 2, -7 / 2, 1 / 2 ** 60)
print(2 ** -1, 10 ** -2, (-2) ** -2)
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(0 ** 0, 0 ** 5, (-1) ** 1001)
print(-(2 ** 63) // -1, (2 ** 63) * -1)
print(abs(-(2 ** 64)), -(-(2 ** 64)))
