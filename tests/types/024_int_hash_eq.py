# equal numbers hash equal, so they are the same dict key
print(hash(1) == hash(1.0) == hash(True))
print(hash(2 ** 100) == hash(2 ** 100), hash(-5) == hash(-5))
d = {1: "a"}
print(d[1.0], d[True])
d[2.0] = "b"
print(d[2], list(d))
s = {1, 1.0, True}
print(len(s))
print(hash(0) == hash(0.0) == hash(-0.0))
