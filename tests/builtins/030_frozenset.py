# frozenset() constructor
print(sorted(frozenset()), sorted(frozenset("abca")), sorted(frozenset(range(3))))
f = frozenset([1, 2])
print(frozenset(f) == f, len(frozenset({1: 2, 3: 4})))
print(type(frozenset()).__name__)
