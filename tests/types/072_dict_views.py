# keys, values and items views are live
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(list(k), list(v), list(it))
d["c"] = 3
print(len(k), list(v), ("c", 3) in it)
print("a" in k, 2 in v, ("a", 2) in it)
print(sorted(k & {"a", "x"}), sorted(k | {"x"}), sorted(k - {"a"}))
del d["a"]
print(list(k))
print(k == {"b", "c"})
