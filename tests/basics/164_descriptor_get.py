# non-data descriptor: __get__ only, instance dict wins
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return self.v
class C:
    x = Const(42)
c = C()
print(c.x)
print(C.x)
c.x = 7
print(c.x)
del c.x
print(c.x)
