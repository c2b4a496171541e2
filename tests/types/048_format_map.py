# str.format_map
# MicroPython leaves these methods out (boards: MINNOW_CPYTHON_EXTRA=0).
try:
    "".ljust
except AttributeError:
    print("SKIP")
    raise SystemExit
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map({"a": 1, "b": 2}))
print("{a} and {b}".format_map(Default(a="x")))
print("{0}".format(*["pos"]), "{k}".format(**{"k": "kw"}))
