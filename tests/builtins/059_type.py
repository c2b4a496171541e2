# type() with one and three arguments
print(type(1).__name__, type("s") is str, type([]) is list, type(type) is type)
class A:
    pass
print(type(A()) is A, type(A) is type)
B = type("B", (A,), {"x": 1, "m": lambda self: self.x + 1})
b = B()
print(B.__name__, b.x, b.m(), isinstance(b, A), B.__bases__[0] is A)
E = type("E", (), {})
print(E.__bases__ == (object,))
try:
    type("X", 1, {})
except TypeError:
    print("TypeError")
