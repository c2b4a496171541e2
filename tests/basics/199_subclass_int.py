# subclassing int
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__)
print(isinstance(e, int), e == 6)
class Named(int):
    def __repr__(self):
        return "Named(%d)" % int(self)
n = Named(3)
print(repr(n), n * 2, [n])
print(Named(5) > 4)
