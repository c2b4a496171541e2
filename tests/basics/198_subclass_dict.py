# subclassing dict, including __missing__
class Default(dict):
    def __missing__(self, key):
        return "no " + key
d = Default(a="x")
print(d["a"], d["b"])
print(d.get("b"), len(d))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "banana":
    c.add(ch)
print(sorted(c.items()))
print(isinstance(c, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["key"] = 1
print(u)
