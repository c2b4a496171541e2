# static methods
class M:
    @staticmethod
    def add(a, b):
        return a + b
    def use(self):
        return self.add(1, 2)
print(M.add(3, 4))
print(M().add(5, 6))
print(M().use())
def plain(x):
    return x * 2
class N:
    double = staticmethod(plain)
print(N.double(4), N().double(5))
