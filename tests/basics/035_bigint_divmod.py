# floor division and modulo with big ints and mixed signs
x = 10 ** 25 + 7
for y in (3, -3, 10 ** 12, -(10 ** 12), 2 ** 70):
    print(x // y, x % y)
    print(-x // y, -x % y)
print((2 ** 100) // (2 ** 99))
print((2 ** 100) % 7)
print(divmod(10 ** 20, 7))
