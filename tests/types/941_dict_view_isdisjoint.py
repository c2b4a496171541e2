# keys().isdisjoint() and items().isdisjoint() (CPython has them,
# MicroPython leaves them out; types/902 has the rest of the views)
try:
    {}.keys().isdisjoint
except AttributeError:
    print("SKIP")
    raise SystemExit
k = {"a": 1, "b": 2}.keys()
print(k.isdisjoint({"q"}), k.isdisjoint(["q", "a"]), k.isdisjoint(iter("xyz")), k.isdisjoint(()))
it = {1: 2, 3: 4}.items()
print(it.isdisjoint([(1, 3)]), it.isdisjoint({(3, 4), 5}), {}.items().isdisjoint([(1, 2)]))
print(hasattr({}.values(), "isdisjoint"))
try:
    k.isdisjoint(5)
except TypeError:
    print("TypeError")
