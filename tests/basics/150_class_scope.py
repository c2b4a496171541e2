# the class body is a scope that methods do not see
x = "global"
class C:
    x = "class"
    y = x + "!"
    def get(self):
        return x
    def get_cls(self):
        return self.x
print(C.y, C().get(), C().get_cls())
def f():
    v = "enclosing"
    class D:
        w = v
        def m(self):
            return v
    return D
D = f()
print(D.w, D().m())
