# complex arithmetic
a = 1 + 2j
b = 3 - 4j
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(-a)
print(a == 1 + 2j, a != b)
print(a * 2, 2 * a, a + 1.5)
print(abs(b))
print((2j) ** 2)
