# Python classes whose bases are builtin types: their MRO walks stop at
# the first builtin and continue along its base chain.

class L(list):
    def append(self, x):
        super().append(x * 2)

l = L()
l.append(3)
l.extend([1])
print(l, L.__bases__, L.__mro__ == (L, list, object))
print("append" in dir(L), "extend" in dir(L))
print(issubclass(L, list), issubclass(list, L), isinstance(l, list))


class E(KeyError):
    pass

try:
    raise E("k")
except LookupError as e:
    print(type(e).__name__, e.args, E.__mro__[1:] == KeyError.__mro__)


class Num(int):
    def __radd__(self, other):
        return "radd"

print(1 + Num(2), Num(2) + 1)

# Classes made by calling type (a builtin metaclass) and by a Python one.
T = type("T", (int,), {"twice": lambda self: self * 2})
print(T(21).twice(), T.__bases__ == (int,), T.__name__)
print(type.__call__(int, "7"), type.__call__(T, "4").twice())


class Meta(type):
    pass

class M(metaclass=Meta):
    pass

print(type(M).__name__, M.__mro__ == (M, object), Meta.__mro__ == (Meta, type, object))
print(issubclass(Meta, type), isinstance(M, type), isinstance(int, Meta))
