# add, subtract and multiply across the small/big boundary
a = 2 ** 62
print(a + a)
print(a * 4)
print(a * a)
print((a * a) - (a * a) + 1)
b = 12345678901234567890
print(b + 1, b - 1, -b)
print(b * b)
print(b * -3)
print(b - b)
print(-b + b == 0)
print(99999999999999999999 + 1)
print((10 ** 30) - (10 ** 29))
