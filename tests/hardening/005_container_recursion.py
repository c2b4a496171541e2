# repr, ==, hash and str of self-referential and deeply nested containers:
# self-references print as [...] / {...}; too deep a structure raises
# RecursionError (or completes), never a crash.
a = [1, 2]
a.append(a)
print(a, str(a))
d = {1: 2}
d[2] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print({"k": [a, d]})
b = [a, [a]]
print(b)
c = {}
c[1] = [c, (c,)]
print(c)


def deep_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def deep_dict(n):
    x = {}
    for i in range(n):
        x = {1: x}
    return x


def deep_tuple(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x


N = 10000


def attempt(name, f, check):
    try:
        r = f()
        print(name, "ok" if check(r) else "wrong")
    except RecursionError:
        print(name, "ok")


x = deep_list(N)
attempt("repr list", lambda: repr(x), lambda s: len(s) == 2 * N + 2)
attempt("str list", lambda: str(x), lambda s: len(s) == 2 * N + 2)
y = deep_list(N)
attempt("eq lists", lambda: x == y, lambda r: r is True)
attempt("ne lists", lambda: x != y, lambda r: r is False)
attempt("lt lists", lambda: x < y, lambda r: r is False)
x = y = None
x = deep_dict(N // 8)
attempt("repr dict", lambda: repr(x), lambda s: s.count("{") == N // 8 + 1)
y = deep_dict(N // 8)
attempt("eq dicts", lambda: x == y, lambda r: r is True)
x = y = None
x = deep_tuple(N)
attempt("repr tuple", lambda: repr(x), lambda s: s.count("(") == N + 1)
attempt("hash tuple", lambda: hash(x), lambda h: h == hash(x))
y = deep_tuple(N)
attempt("eq tuples", lambda: x == y, lambda r: r is True)
attempt("in tuple", lambda: y in [x], lambda r: r is True)
x = y = None

# A chain longer than any fixed recursion guard, ending in a cycle: the
# cycle is still found, or the depth raises RecursionError.
ring = [0]
ring[0] = [ring]
chain = ring
for i in range(100):
    chain = [chain]
attempt("chain to ring", lambda: repr(chain), lambda s: s.startswith("[" * 100) and "..." in s)


# After a repr that raised, the guard forgets the objects it was printing.
class Bad:
    def __repr__(self):
        raise ValueError("no repr")


l = [1, Bad()]
try:
    repr(l)
except ValueError:
    print("ValueError")
l[1] = 2
print(l)
m = {"a": Bad()}
try:
    print(repr(m))
except ValueError:
    print("ValueError")
m["a"] = 1
print(m)
x = deep_list(N)
try:
    repr(x)
except RecursionError:
    pass
x = None
s = [1]
s.append(s)
print(s)

# A __repr__ that recurses through the container.
class Loop:
    def __repr__(self):
        return "Loop" + repr(holder)


holder = [Loop()]
try:
    print(repr(holder))
except RecursionError:
    print("RecursionError")
print([holder[0].__class__.__name__], "done")
