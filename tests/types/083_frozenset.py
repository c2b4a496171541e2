# frozenset is hashable and immutable
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f)
d = {f: "value"}
print(d[frozenset([1, 2, 3])])
print(type(f | {4}).__name__, sorted(f | {4}))
print(type({4} | f).__name__)
print(frozenset() == set(), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted(frozenset("aab")))
