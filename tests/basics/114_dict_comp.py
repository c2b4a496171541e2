# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({c: i for i, c in enumerate("hello")})
d = {"x": 1, "y": 2}
print({v: k for k, v in d.items()})
