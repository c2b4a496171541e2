# __index__ lets objects be used as indices
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = [10, 20, 30, 40]
print(a[I(1)], a[I(-1)])
print(a[I(1):I(3)])
print("abc"[I(2)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(range(10)[I(3)])
print([0] * I(3))
try:
    a[1.0]
except TypeError:
    print("TypeError")
