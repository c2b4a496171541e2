# set operations, methods and operators
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > b)
print({1}.issubset(a), a.issuperset({1, 9}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(sorted(c))
d = set(a)
d.intersection_update(b)
d.difference_update({3})
d.symmetric_difference_update({8})
print(sorted(d))
