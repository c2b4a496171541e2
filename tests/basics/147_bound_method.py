# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
c = C(5)
m = c.get
print(m())
print(C.get(c))
c.v = 6
print(m())
print(m.__self__ is c)
ms = [C(i).get for i in range(3)]
print([f() for f in ms])
