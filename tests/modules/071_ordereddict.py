# collections.OrderedDict keeps insertion order
from collections import OrderedDict
d = OrderedDict()
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 4
print(list(d.items()))
e = OrderedDict([("k", 1), ("j", 2)])
print(list(e), e["j"], len(e), "k" in e)
print(isinstance(d, dict))
