# list comprehensions
print([x * x for x in range(6)])
print([x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([x if x > 2 else -x for x in range(5)])
print([(i, j) for i in range(3) for j in range(i)])
print([x for x in range(20) if x % 2 if x % 3])
print([])
