# dict methods, views, operators, errors
d = {"a": 1, "b": 2, "c": 3}
print(d.keys(), d.values(), d.items())
print(repr({}), {}.keys(), {1: {}}.items())
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d | {"d": 4}, {"z": 0} | d)
e = dict(d)
e |= [("x", 9)]
e |= {"a": 100}
print(e)
try:
    d | [("q", 1)]
except TypeError as ex:
    print("TypeError", ex)
print(d.setdefault("a", 50), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as ex:
    print("KeyError", ex)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
class D(dict):
    pass
f = D.fromkeys("xy", 1)
print(type(f).__name__, f)
print(dict([(1, 2), [3, 4], "ab"]), dict(a=1, b=2), dict({1: 2}, c=3))
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print("ValueError", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError", ex)
try:
    dict(1, 2)
except TypeError as ex:
    print("TypeError", ex)
try:
    {[]: 1}
except TypeError as ex:
    print("TypeError", ex)
r = {}
r["self"] = r
print(r)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == [])
k = {"a": 1, "b": 2}.keys()
print(sorted(k ^ {"b", "c"}), sorted({"b", "q"} & k), sorted({"a", "z"} - k), sorted(["a", "y"] | k))
print(k == {"a", "b"}, {"a", "b"} == k, k < {"a", "b", "c"}, k >= {"a"})
it = {1: 2, 3: 4}.items()
print((1, 2) in it, (1, 3) in it, sorted(it | {(5, 6)}), it == {(1, 2), (3, 4)})
g = {1: 1}
c = g.copy()
c[2] = 2
print(g, c)
g.clear()
print(g, len(c))
u = {}
u.update({1: 1}, two=2)
u.update([(3, 3)])
u.update(four=4)
print(u)
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k * 2
u.update(Mapping())
print(u, dict(Mapping()))
it = iter({1: 1, 2: 2})
print(next(it), type(it).__name__, type({}.items()).__name__)
print(list(iter({}.values())))
