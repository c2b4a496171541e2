# data descriptor: __set__ takes precedence over the instance dict
class Typed:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int")
        obj.__dict__[self.name] = value * 2
    def __delete__(self, obj):
        print("delete", self.name)
class C:
    n = Typed("n")
c = C()
print(c.n)
c.n = 5
print(c.n)
try:
    c.n = "x"
except TypeError as e:
    print(e)
del c.n
print(type(C.n).__name__)
