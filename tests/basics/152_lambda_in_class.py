# lambdas and functions stored as class attributes become methods
class C:
    double = lambda self, x: x * 2
    ident = lambda self: self
c = C()
print(c.double(4))
print(c.ident() is c)
def outside(self):
    return "outside " + type(self).__name__
C.method = outside
print(c.method())
c.not_method = lambda: "instance attribute"
print(c.not_method())
