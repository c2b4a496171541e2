# max() and min() with key and default
print(max(1, 5, 3), min(1, 5, 3), max([2, 9, 4]), min("hello"))
print(max([], default="empty"), min([], default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([(1, "a"), (1, "b")]), max([3, 3.5, 2]), min(-1, -1.0))
print(max([1, 3, 3], key=lambda v: v), max("ab", "ba"))
try:
    max([])
except ValueError:
    print("ValueError")
try:
    min(1, "a")
except TypeError:
    print("TypeError")
print(max(["x", "yy", "zz"], key=len))
