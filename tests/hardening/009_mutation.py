# Containers changed while they are being used: RuntimeError or ValueError
# where Python says so, and never a crash or a read of freed memory.

# dict and set changing size during iteration
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError:
    print("RuntimeError dict insert")
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError dict delete")
d = {i: i for i in range(100)}
try:
    for k in d.values():
        d.clear()
except RuntimeError:
    print("RuntimeError dict clear")
d = {i: i for i in range(10)}
try:
    for k, v in d.items():
        d[k + 100] = v
except RuntimeError:
    print("RuntimeError dict items")
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError:
    print("RuntimeError set add")
s = set(range(50))
try:
    for k in s:
        s.discard(k)
except RuntimeError:
    print("RuntimeError set discard")
# Growing a dict a lot while iterating (forces its table to move).
d = {0: 0}
try:
    for k in d:
        for i in range(1000):
            d[i] = i
except RuntimeError:
    print("RuntimeError dict rehash")
print(len(d))

# list changed during sort
l = [5, 3, 1, 4, 2] * 10


def key(x):
    l.append(x)
    return x


try:
    l.sort(key=key)
    print("sorted")
except ValueError:
    print("ValueError key appends")


class Clear:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        l.clear()
        return self.v < o.v


l = [Clear(i % 7) for i in range(30)]
try:
    l.sort()
    print("sorted", len(l))
except ValueError:
    print("ValueError lt clears")


class Grow:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        l.extend(range(100))
        return self.v < o.v


l = [Grow(i % 7) for i in range(30)]
try:
    l.sort()
    print("sorted", len(l))
except ValueError:
    print("ValueError lt grows")


class Raise:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if self.v == 3:
            raise KeyError("stop")
        return self.v < o.v


l = [Raise(i % 7) for i in range(30)]
try:
    l.sort()
except KeyError:
    print("KeyError from lt", len(l), sorted(x.v for x in l) == sorted(i % 7 for i in range(30)))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError:
    print("ZeroDivisionError from key", sorted(l))


# A key __eq__ that clears the dict during lookup.
class K:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        dd.clear()
        return False


dd = {}
for i in range(20):
    dd[K(1)] = i
print("cleared while inserting", len(dd) <= 20)
dd = {K(1): 1, K(1): 2}
print("cleared while looking up", K(1) in dd, len(dd))
dd = {K(1): 1, K(1): 2, K(1): 3}
try:
    dd[K(1)]
except KeyError:
    print("KeyError")
dd = {K(1): 1, K(1): 2}
print("get", dd.get(K(1), "default"))
dd = {K(1): 1, K(1): 2}
print("pop", dd.pop(K(1), "default"))
dd = {K(1): 1, K(1): 2}
try:
    del dd[K(1)]
except KeyError:
    print("KeyError del")


# A key __eq__ that grows the dict during lookup (its table moves).
grow = [True]


class G:
    def __hash__(self):
        return 7

    def __eq__(self, o):
        if grow[0]:
            grow[0] = False
            for i in range(200):
                gd[i * 8 + 1] = i
        return False


gd = {G(): 1}
print("grown while looking up", G() in gd, len(gd))


# Sets mutated from __eq__.
class S:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        ss.clear()
        return False


ss = set()
ss.add(S())
ss.add(S())
print("set", S() in ss, len(ss) <= 2)


# Lists mutated from __eq__ during count / index / remove / in.
class E:
    def __eq__(self, o):
        el.clear()
        return False


el = [E(), E(), E()]
print("count", el.count(1))
el = [E(), E(), E()]
print("in", 5 in el)
el = [E(), E(), E()]
try:
    el.index(5)
except ValueError:
    print("ValueError index")
el = [E(), E(), E()]
try:
    el.remove(5)
except ValueError:
    print("ValueError remove")
el = [E(), E(), E()]
print("eq", el == [1, 2, 3])

# List changed while a list comprehension, map and sum iterate it.
l = [1, 2, 3]
r = []
for x in l:
    if len(l) < 10:
        l.append(x)
    r.append(x)
print(r)
l = list(range(10))
for x in l:
    l.remove(x)
print(l)
l = [1, 2, 3]
print([l.pop() for _ in range(3) if l], l)

# Re-entering a running generator.
def gen():
    yield next(g)


g = gen()
try:
    next(g)
except ValueError:
    print("ValueError next")


def gen2():
    g2.send(None)
    yield 1


g2 = gen2()
try:
    next(g2)
except ValueError:
    print("ValueError send")


def gen3():
    try:
        yield 1
    finally:
        g3.close()


g3 = gen3()
next(g3)
try:
    g3.close()
    print("closed")
except ValueError:
    print("ValueError close")


def gen4():
    yield g4.throw(KeyError)


g4 = gen4()
try:
    next(g4)
except ValueError:
    print("ValueError throw")
print("done")
