# collections.defaultdict (a CPython extra)
try:
    from collections import defaultdict
except ImportError:
    print("SKIP")
    raise SystemExit
dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, dd.default_factory, len(dd), "c" in dd, dd.get("c"))
cnt = defaultdict(int)
for ch in "hello world":
    cnt[ch] += 1
print(sorted(cnt.items()))
n = defaultdict()
try:
    n["x"]
except KeyError:
    print("KeyError")
print(n)
dd2 = defaultdict(lambda: 5, {"q": 1}, r=2)
print(dd2["q"], dd2["r"], dd2["s"], sorted(dd2))
cp = dd.copy()
print(type(cp).__name__, cp["zz"], "zz" in dd)
print(isinstance(dd, dict), dd == {"a": [1, 2], "b": []})
try:
    defaultdict(5)
except TypeError:
    print("TypeError")
print(dd.__missing__("m"), dd["m"])
dd.default_factory = set
print(dd["k"])
class DD(defaultdict):
    def __init__(self):
        super().__init__(list)
x = DD()
x[1].append(2)
print(dict(x))

