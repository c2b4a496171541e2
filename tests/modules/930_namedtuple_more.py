# collections.namedtuple: methods, errors, subclasses (the CPython extras: 934)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, repr(p), str(p))
print(p._fields, P._fields)
print(hash(p) == hash((1, 2)), p == (1, 2), (1, 2) == p, p != (1, 3))
print(p[::-1], p[:], type(p[:]).__name__, p + (3,), p * 2)
print(list(p), tuple(p), len(p), 2 in p, p.count(1), p.index(2))
print(type(p).__name__, isinstance(p, tuple), isinstance(p, P))
print(type(p))
a, b = p
print(a, b)
try:
    P(1)
except TypeError:
    print("TypeError")
try:
    P(1, 2, 3)
except TypeError:
    print("TypeError")
try:
    P(1, z=2)
except TypeError:
    print("TypeError")
try:
    p.z = 1
except AttributeError:
    print("AttributeError")
class Sub(P):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
print(s.norm(), s.x, s[1], isinstance(s, P), s == (3, 4), len(s))
d = {p: "a"}
print(d[(1, 2)])
print(sorted([P(2, 1), P(1, 9), P(1, 2)]))
E = namedtuple("E", "")
print(E(), len(E()))
C = namedtuple("C", "count index")
c = C(7, 8)
print(c.count, c.index)

print(max(P(1, 2)), sum(P(3, 4)))
N = namedtuple("N", "a b")
n = N(a=[1], b={2: 3})
print(n)
print(P.__name__, Sub.__mro__[1] is P)
