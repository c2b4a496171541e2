# torture: fail every allocation, same output
# After a MemoryError the interpreter and the objects it was working on are
# still consistent: each step below is retried once when it runs out of
# memory, so a run where any one allocation fails (tools/torture.sh tries
# every one) prints exactly what a normal run prints. Steps either build new
# objects or make one change that must not be half done.


def again(f):
    try:
        return f()
    except MemoryError:
        return f()


# Lists: one append, insert or store at a time, and new lists.
l = []
for i in range(40):
    again(lambda: l.append(i * 3))
again(lambda: l.insert(0, -1))
again(lambda: l.__setitem__(5, "five"))
print(len(l), l[:7], l[-3:])
m = again(lambda: l[1:30:2] + [None] * 5)
print(len(m), m[:4], m[-6:])
print(again(lambda: sorted(l[6:], key=lambda x: -x))[:5])
print(again(lambda: [x * x for x in range(25) if x % 3]))

# Dicts: inserts that make the table grow, deletes, new dicts.
d = {}
for i in range(60):
    again(lambda: d.__setitem__("k" + str(i), i))
print(len(d), d["k0"], d["k59"], sum(d.values()))
for i in range(0, 60, 3):
    del d["k" + str(i)]
print(len(d), "k3" in d, "k4" in d, list(d)[:4])
again(lambda: d.setdefault("new", 101))
e = again(lambda: {k: v for k, v in d.items() if v % 2})
print(len(e), sorted(e.items())[:3])
print(again(lambda: dict(zip("abcdef", range(6)))))

# Sets.
s = set()
for i in range(50):
    again(lambda: s.add(i % 37))
print(len(s), sorted(s)[-3:], again(lambda: sorted(s & {1, 2, 99, 36})))

# Strings and bytes.
t = again(lambda: "-".join(str(i) for i in range(30)))
print(len(t), t[:20], again(lambda: t.replace("-", "+").upper()[-10:]))
print(again(lambda: "%s|%5d|%-4s|%x" % ("a", 42, "b", 255)))
print(again(lambda: "{:>8}|{:08.3f}|{!r}".format("r", 3.14159, "q")))
print(again(lambda: f"{t[:5]!r:>10} {len(t):04}"))
print(again(lambda: "héllo wörld".encode()).decode().split())
b = again(lambda: bytearray(b"abc") * 5)
again(lambda: b.extend(b"xyz"))
print(len(b), bytes(b[-6:]), again(lambda: b.hex()[:10]))

# Numbers.
big = again(lambda: 2**200 * 3**90 + 12345)
print(again(lambda: str(big))[:30], big % 1000003, again(lambda: int(str(big)) == big))
print(again(lambda: divmod(big, 10**40))[1] % 997, again(lambda: -big // 7) % 1000)
print(again(lambda: 1.5e300 * 1e8), again(lambda: repr(2.5 / 3)))


# Classes and instances.
def make_class():
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

        def __repr__(self):
            return "Point(%d, %d)" % (self.x, self.y)

        def moved(self, dx):
            return Point(self.x + dx, self.y)

    return Point


Point = again(make_class)
p = again(lambda: Point(1, 2))
for i in range(12):
    again(lambda: setattr(p, "a" + str(i), i))
print(p, p.a11, len(p.__dict__), again(lambda: p.moved(5)))


class Sub(Exception):
    pass


def raises(n):
    try:
        raise Sub("bad", n)
    except Sub as ex:
        return ex.args


print(again(lambda: raises(7)))


# Calls, closures, generators.
def kw(*args, **kwargs):
    return len(args), sorted(kwargs.items())


print(again(lambda: kw(1, 2, *range(5), a=1, **{"b": 2, "c": 3})))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


c = again(counter)
for _ in range(5):
    again(c)
print(c())
print(again(lambda: list(x + 1 for x in range(8))), again(lambda: sum(i for i in range(100))))
print(again(lambda: tuple(map(str, range(6)))), again(lambda: list(enumerate("abc", 1))))

# Imports (a module half made is not left in sys.modules).
json = again(lambda: __import__("json"))
print(again(lambda: json.dumps({"a": [1, 2.5, None, "x"]})), again(lambda: json.loads("[1, {\"b\": true}]")))
print("done")
