# truth value from __bool__, else __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(3)))
print("yes" if L(1) else "no")
print(not B(False))
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
