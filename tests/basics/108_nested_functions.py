# functions defined inside functions and classes inside functions
def outer(n):
    def double(x):
        return x * 2
    def apply(f, v):
        return f(v)
    return apply(double, n)
print(outer(21))
def factory(base):
    class Made:
        value = base
        def get(self):
            return self.value + base
    return Made
M = factory(5)
print(M().get(), factory(1)().get())
