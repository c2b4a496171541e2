# a metaclass __call__ and __init__, and type() with three arguments
class Counting(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instances = 0
    def __call__(cls, *args):
        cls.instances += 1
        return super().__call__(*args)
class W(metaclass=Counting):
    def __init__(self, v):
        self.v = v
W(1)
w = W(2)
print(W.instances, w.v)
Dyn = type("Dyn", (object,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn.__name__, Dyn().get())
Sub = type("Sub", (Dyn,), {})
print(Sub().x, issubclass(Sub, Dyn))
