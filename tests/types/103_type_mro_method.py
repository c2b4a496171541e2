# type.mro(), __instancecheck__ and __subclasscheck__ called as methods
# (CPython has them, MicroPython leaves them out; isinstance and issubclass
# themselves are in types/100)
try:
    int.mro
except AttributeError:
    print("SKIP")
    raise SystemExit
print(int.mro() == list(int.__mro__), bool.mro() == [bool, int, object])


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.mro()], type(D.mro()).__name__)
print(type.mro(D) == D.mro(), KeyError.mro()[-3:] == [Exception, BaseException, object])
print(A.__instancecheck__(D()), B.__instancecheck__(C()), int.__instancecheck__(True))
print(A.__subclasscheck__(D), D.__subclasscheck__(A), object.__subclasscheck__(int))
try:
    A.__subclasscheck__(5)
except TypeError:
    print("TypeError")


class Meta(type):
    def __instancecheck__(cls, x):
        return x == "yes" or super().__instancecheck__(x)

    def __subclasscheck__(cls, sub):
        return sub is int or super().__subclasscheck__(sub)


class M(metaclass=Meta):
    pass


print(isinstance("yes", M), isinstance("no", M), isinstance(M(), M))
print(issubclass(int, M), issubclass(str, M), issubclass(M, M))
