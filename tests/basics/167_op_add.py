# __add__ and __radd__
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        return V(other * 100 + self.x)
print((V(1) + V(2)).x)
print((V(1) + 5).x)
print((5 + V(1)).x)
print(sum([V(1), V(2)], V(0)).x)
try:
    V(1) + "s"
except TypeError:
    print("TypeError")
