# integer powers
print(2 ** 10)
print(3 ** 0)
print(0 ** 0)
print((-2) ** 3)
print(-2 ** 2)
print(2 ** 3 ** 2)
print(10 ** 9)
print(7 ** 1)
