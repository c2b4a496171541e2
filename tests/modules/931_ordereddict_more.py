# OrderedDict: repr, dict methods, subclasses (move_to_end, popitem(last=),
# order-sensitive equality: 935)
from collections import OrderedDict
d = OrderedDict(a=1)
d["b"] = 2
d["c"] = 3
print(d, repr(OrderedDict()))
print(list(d), d.popitem(), d)
e = OrderedDict([(1, 2), (3, 4)])
f = OrderedDict([(3, 4), (1, 2)])
print(e == dict(f), dict(f) == e)
c = e.copy()
print(type(c).__name__, c, c == e)
print(e.get(1), e.get(9, "x"), sorted(e.keys()), list(e.items()), e.setdefault(7, 8), len(e))
try:
    OrderedDict().popitem()
except KeyError:
    print("KeyError")
class MyOD(OrderedDict):
    pass
m = MyOD(x=1)
m["y"] = 2
print(list(m.items()), isinstance(m, dict))
print(OrderedDict.fromkeys("abc", 0))

