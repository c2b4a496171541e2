# dict displays keep insertion order
d = {"a": 1, "b": 2}
print(d, len(d))
print({})
d["c"] = 3
d["a"] = 10
print(d)
print(d["b"])
print({1: "int", 2.5: "float", (1, 2): "tuple"})
print({"k": 1, "k": 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
