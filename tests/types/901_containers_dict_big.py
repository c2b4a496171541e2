# dicts past the linear size: growth, deletion holes, reinsertion, order
d = {}
for i in range(1000):
    d[i * 7 % 1000] = i
print(len(d), d[0], d[7], d[999], sum(d.values()))
for i in range(0, 1000, 3):
    del d[i]
print(len(d), 3 in d, 4 in d, list(d)[:5])
for i in range(0, 1000, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[999])
s = {}
for i in range(300):
    s["k" + str(i)] = i
print(len(s), s["k0"], s["k299"], "k300" in s, list(s)[100])
for i in range(0, 300, 2):
    s.pop("k" + str(i))
print(len(s), list(s)[:3], s.get("k2"), s.get("k3"))
# popitem is LIFO, also after deletions
p = {i: i * i for i in range(20)}
del p[19]
del p[18]
print(p.popitem(), p.popitem(), len(p))
while p:
    p.popitem()
print(p)
p[5] = 1
print(p)
# equal keys of different types
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
m2 = {0: "a", 2: "b", -1: "c"}
print(m2[False], m2[2.0], m2[-1.0])
# many deletions then insertions keep working
q = {}
for r in range(50):
    for i in range(40):
        q[(r, i)] = i
    for i in range(40):
        if i % 4:
            del q[(r, i)]
print(len(q), q[(49, 36)], (3, 5) in q, (3, 8) in q)
# user keys with colliding hashes
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __repr__(self):
        return "K(%d)" % self.v
c = {K(i): i for i in range(30)}
print(len(c), c[K(17)], K(30) in c)
del c[K(3)]
print(len(c), K(3) in c, list(c)[:4])
