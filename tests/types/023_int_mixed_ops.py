# int combined with other types
print(3 * "ab", 2 * [1], 2 * (0,), True * 3)
print(7 // 2.0, 7 % 2.5, divmod(7, 2.0))
print(1 + 1j, 2 * (1 + 2j))
try:
    1 + "1"
except TypeError:
    print("TypeError")
try:
    "1" + 1
except TypeError:
    print("TypeError")
try:
    [1] * 1.5
except TypeError:
    print("TypeError")
print(10 ** 20 + 0.5)
print((10 ** 20) * 1.0 == 1e20)
