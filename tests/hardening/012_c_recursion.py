# C code that calls back into C code for nested data or chained callables
# (no Python frame in between) raises RecursionError or finishes; it never
# overflows the C stack. "done" below: a result, RecursionError or
# MemoryError (the 2M heap may fill first), whichever comes.
import gc


def attempt(name, f):
    try:
        f()
    except (RecursionError, MemoryError):
        pass
    print(name, "done")


def nest(f, n):
    it = [1]
    for i in range(n):
        it = f(it)
    return it


# A nested tuple in an except clause is refused (CPython allows only a flat
# tuple of classes), however deep.
def catch(t):
    try:
        raise ValueError
    except t:
        return "caught"


def catch_deep(n):
    t = ValueError
    for i in range(n):
        t = (t,)
    try:
        return catch(t)
    except TypeError:
        return "TypeError"


print("deep", catch_deep(55000))
for name, cls in [("nested", ((ValueError,),)), ("int after", (ValueError, 1)), ("int", 1)]:
    try:
        print(name, catch(cls))
    except TypeError:
        print(name, "TypeError")
print(catch((KeyError, ValueError)), catch(Exception))
gc.collect()

# Nested frozensets.
def deep_frozenset(n):
    x = frozenset()
    for i in range(n):
        x = frozenset([x])
    return x


# Each level hashes the one inside: with the hash kept, building is linear
# (it was quadratic, and recursed as deep as the nesting).
x = deep_frozenset(8000)
attempt("frozenset built", lambda: hash(x))
attempt("frozenset in", lambda: x in {x: 1})
attempt("frozenset ==", lambda: x == frozenset([x]))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([x]) == frozenset([x]))
x = None



# Iterators wrapping iterators.
N = 20000
attempt("map", lambda: list(nest(lambda i: map(abs, i), N)))
attempt("map sum", lambda: sum(nest(lambda i: map(abs, i), N)))
attempt("filter", lambda: list(nest(lambda i: filter(None, i), N)))
attempt("zip", lambda: list(nest(zip, N)))
attempt("enumerate", lambda: list(nest(enumerate, N)))


def callable_iterators(n):
    it = iter(lambda: 1, None)
    for i in range(n):
        it = iter(it.__next__, None)
    return next(it)


attempt("callable iterator", lambda: callable_iterators(N))

# Callables calling callables.
def staticmethods(n):
    s = len
    for i in range(n):
        s = staticmethod(s)
    return s([1])


attempt("staticmethod chain", lambda: staticmethods(30000))


class C:
    pass


C.__call__ = C()  # called without self: the same instance again
attempt("__call__ instance", lambda: C()(1))


# A builtin as a special method: Minnow binds it like a method, so it calls
# itself (CPython does not bind it and raises TypeError).
def refused(name, f):
    try:
        f()
        print(name, "no error")
    except (RecursionError, TypeError):
        print(name, "refused")


for dunder, fn, use in [("__len__", len, len), ("__repr__", repr, repr), ("__hash__", hash, hash),
                        ("__iter__", iter, iter), ("__abs__", abs, abs), ("__getattr__", getattr, lambda a: a.zz)]:
    A = type("A", (), {dunder: fn})
    refused(dunder, lambda: use(A()))

# Nested containers compared or hashed.
from collections import OrderedDict


def deep_od(n):
    d = OrderedDict()
    for i in range(n):
        d = OrderedDict(a=d)
    return d


attempt("OrderedDict ==", lambda: deep_od(8000) == deep_od(8000))



print("done")
