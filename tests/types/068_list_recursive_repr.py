# repr of self-referencing containers
a = [1]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, [a]]
print(len(repr(b)) > 0, b[0] is a)
