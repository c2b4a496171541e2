# index, count, copy, clear, reverse
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.count(1), a.count(9))
try:
    a.index(5)
except ValueError:
    print("ValueError")
b = a.copy()
b.reverse()
print(a, b, a == b)
b.clear()
print(b, a)
print(a[:] is a, list(a) == a)
