# OrderedDict: the CPython extras (move_to_end, popitem(last=),
# order-sensitive equality, od | x)
from collections import OrderedDict
d = OrderedDict(a=1)
try:
    d.move_to_end
except AttributeError:
    print("SKIP")
    raise SystemExit
d["b"] = 2
d["c"] = 3
d.move_to_end("a")
print(list(d))
d.move_to_end("a", last=False)
print(list(d), d.popitem(), d.popitem(last=False), d)
try:
    d.move_to_end("zz")
except KeyError:
    print("KeyError")
e = OrderedDict([(1, 2), (3, 4)])
f = OrderedDict([(3, 4), (1, 2)])
print(e == f, e == dict(f), dict(f) == e, e != f)
print(type(e | {5: 6}).__name__, e | {5: 6})
