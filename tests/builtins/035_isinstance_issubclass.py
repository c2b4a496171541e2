# isinstance() and issubclass() with tuples and hierarchies
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], (list, tuple)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass")
