# bool is a subclass of int
print(isinstance(True, int), issubclass(bool, int))
print(True == 1, hash(True) == hash(1))
d = {1: "one"}
d[True] = "true"
print(d)
print(str(True), repr(False), int(True))
print(True + 0, type(True + 0).__name__)
print(bool(0), bool(-1), bool(0.0), bool(""), bool("0"), bool([]))
