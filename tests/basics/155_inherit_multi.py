# multiple inheritance attribute lookup
class A:
    def who(self):
        return "A"
    def a_only(self):
        return "a"
class B:
    def who(self):
        return "B"
    def b_only(self):
        return "b"
class C(A, B):
    pass
class D(B, A):
    pass
c = C()
print(c.who(), c.a_only(), c.b_only())
print(D().who())
print([k.__name__ for k in C.__mro__])
