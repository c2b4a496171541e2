# __getitem__, __setitem__, __delitem__, __contains__, __len__
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
s = Store()
s["a"] = 1
s["b"] = 2
print(s["a"], len(s), "a" in s, "z" in s, "z" not in s)
del s["a"]
print(len(s), "a" in s)
try:
    s["a"]
except KeyError as e:
    print("KeyError", e)
s["b"] += 10
print(s["b"])
