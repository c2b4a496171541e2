# cooperative super() calls follow the MRO
class Base:
    def hello(self):
        return ["Base"]
class A(Base):
    def hello(self):
        return ["A"] + super().hello()
class B(Base):
    def hello(self):
        return ["B"] + super().hello()
class C(A, B):
    def hello(self):
        return ["C"] + super().hello()
print(C().hello())
print(B().hello())
class Init:
    def __init__(self, **kw):
        self.leftover = kw
class P(Init):
    def __init__(self, p=0, **kw):
        self.p = p
        super().__init__(**kw)
class Q(Init):
    def __init__(self, q=0, **kw):
        self.q = q
        super().__init__(**kw)
class R(P, Q):
    pass
r = R(p=1, q=2, z=3)
print(r.p, r.q, r.leftover)
