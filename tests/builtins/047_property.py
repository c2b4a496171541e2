# property() with fget, fset, fdel and doc
class C:
    def __init__(self):
        self._v = 0
    def get(self):
        return self._v
    def set(self, v):
        self._v = v * 10
    def delete(self):
        self._v = "deleted"
    v = property(get, set, delete, "the v")
    ro = property(get)
c = C()
c.v = 2
print(c.v, c.ro)
del c.v
print(c.v)
try:
    c.ro = 5
except AttributeError:
    print("AttributeError")
