# super() used from outside normal methods
class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(B):
    def f(self):
        return "C" + super().f()
    def skip(self):
        return super(B, self).f()
c = C()
print(c.f(), c.skip(), super(C, c).f())
class D(A):
    def g(self):
        inner = lambda: super(D, self).f()
        return inner()
print(D().g())
