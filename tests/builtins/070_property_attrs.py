# A property's fget, fset, fdel and __doc__ (CPython has them, MicroPython
# leaves them out; builtins/047 has property itself)
try:
    property().fget
except AttributeError:
    print("SKIP")
    raise SystemExit
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel, p.__doc__)


def get(self):
    return 1


def put(self, v):
    pass


q = property(get, put, None, "the doc")
print(q.fget is get, q.fset is put, q.fdel, q.__doc__)
r = q.deleter(get)
print(r.fdel is get, r.fget is get, q.fdel)
print(staticmethod(get).__func__ is get, classmethod(get).__func__ is get)
