# collections.namedtuple: the CPython extras (_asdict, _replace, _make,
# defaults, rename, checks of the names)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
try:
    p._asdict
except AttributeError:
    print("SKIP")
    raise SystemExit
print(p._fields, P._fields, p._asdict())
print(p._replace(x=10), P._make([3, 4]))
D = namedtuple("D", ["a", "b", "c"], defaults=[5, 6])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults)
try:
    D()
except TypeError as e:
    print("TypeError")
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Q", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Q", "a _b")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Q", "a def")
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", "a def _c a", rename=True)
print(R._fields)
