# enumerate()
print(list(enumerate("abc")))
print(list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)))
e = enumerate(["x", "y"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
