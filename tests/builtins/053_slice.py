# slice() objects used for indexing
s = slice(1, 4)
print("abcdef"[s], [0, 1, 2, 3, 4][s], (9, 8, 7, 6, 5)[slice(None, None, 2)])
print(slice(3), slice(1, 2, 3), slice(None))
a = list(range(6))
a[slice(0, 2)] = ["x"]
print(a)
del a[slice(None, None, 2)]
print(a)
