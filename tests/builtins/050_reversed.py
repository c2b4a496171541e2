# reversed()
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(b"ab")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
print(list(reversed({"a": 1, "b": 2})))
