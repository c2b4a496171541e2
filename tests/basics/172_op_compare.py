# rich comparisons and their reflection
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
a, b = N(1), N(2)
print(a < b, a <= b, a == N(1), a != N(1))
print(b > a)
print(b >= a)
print(sorted([N(3), N(1), N(2)], key=lambda n: n.v)[0].v)
print(a == 1)
try:
    a < 1
except AttributeError:
    print("AttributeError")
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError:
    print("TypeError")
