# + - * on small ints
a = 17
b = 5
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a * 0)
print(1 + 2 * 3)
print((1 + 2) * 3)
print(10 - 2 - 3)
