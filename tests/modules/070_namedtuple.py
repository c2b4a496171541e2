# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
q = Point(y=5, x=4)
print(q)
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), P3(*range(3)).c)
try:
    p.x = 10
except AttributeError:
    print("AttributeError")
print(sorted([Point(2, 1), Point(1, 9)]))
