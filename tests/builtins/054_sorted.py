# sorted() returns a new list
a = (3, 1, 2)
print(sorted(a), a, sorted("cba"), sorted({2: "x", 1: "y"}))
print(sorted([3, 1, 2], reverse=True), sorted([-3, 1, -2], key=abs))
print(sorted([]), sorted(x % 5 for x in range(10)))
print(sorted(["b", "A", "c"], key=lambda s: s.lower(), reverse=True))
try:
    sorted([1, None])
except TypeError:
    print("TypeError")
