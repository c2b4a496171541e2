# set and frozenset compare and combine
s = {1, 2}
f = frozenset([1, 2])
print(s == f, f == s, s <= f, f >= s)
print(type(s | f).__name__, type(f & s).__name__, type(f - s).__name__)
print(sorted(s.union(f)), sorted(f.intersection([2, 3])))
print(f in {f}, frozenset() in {frozenset(): 1})
d = {frozenset({1, 2}): "pair"}
print(d[frozenset({2, 1})])
print(len({frozenset([1]), frozenset([1.0])}))
