# update, copy, fromkeys and merging
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4, a=0)
print(d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"])
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0))
print(d | {"e": 5}, {"a": "x"} | {"a": "y"})
d |= {"z": 26}
print(d)
print(dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, k2="v2"))
