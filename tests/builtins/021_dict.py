# dict() constructor forms
print(dict(), dict(a=1), dict([("b", 2)]), dict({"c": 3}), dict({"d": 4}, e=5))
print(dict(zip(["k1", "k2"], [1, 2])), dict(dict.fromkeys("ab", 0)))
class KV:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KV()))
