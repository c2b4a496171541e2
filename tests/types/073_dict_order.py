# dicts keep insertion order; deleting and re-adding moves to the end
d = {}
for ch in "hello":
    d[ch] = d.get(ch, 0) + 1
print(d)
d["h"] = 100
print(list(d))
del d["h"]
d["h"] = 1
print(list(d))
print({1: "a", 1.0: "b", True: "c"})
print(list(reversed({"x": 1, "y": 2})))
