# dict keys of many hashable types
d = {}
d[1] = "int"
d[2.5] = "float"
d["s"] = "str"
d[b"b"] = "bytes"
d[(1, 2)] = "tuple"
d[None] = "None"
d[frozenset([1])] = "frozenset"
d[10 ** 30] = "bigint"
for key in [1, 2.5, "s", b"b", (1, 2), None, frozenset([1]), 10 ** 30, 1.0]:
    print(d[key])
try:
    d[[1]] = 0
except TypeError:
    print("TypeError list key")
try:
    d[{}] = 0
except TypeError:
    print("TypeError dict key")
