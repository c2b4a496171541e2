# list.sort on larger inputs: merges, stability, reverse, errors
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n
data = [rnd(1000) for _ in range(3000)]
a = sorted(data)
print(all(a[i] <= a[i + 1] for i in range(len(a) - 1)), a[:5], a[-5:], sum(a) == sum(data))
b = sorted(data, reverse=True)
print(b[:5], b == a[::-1])
pairs = [(rnd(10), i) for i in range(2000)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(len(r) - 1)))
print(sorted(pairs) == sorted(pairs, key=lambda p: (p[0], p[1])))
words = ["w" + str(rnd(500)) for _ in range(1500)]
ws = sorted(words)
print(ws[:3], ws[-3:], all(ws[i] <= ws[i + 1] for i in range(len(ws) - 1)))
nearly = list(range(5000))
for i in range(0, 4999, 97):
    nearly[i], nearly[i + 1] = nearly[i + 1], nearly[i]
nearly.sort()
print(nearly == list(range(5000)))
desc = list(range(3000, 0, -1))
desc.sort()
print(desc[:3], desc[-1])
mixed = [3, 1.5, 2, -1, 0.25, 10 ** 20, -(10 ** 20)]
print(sorted(mixed))
# a comparison that raises midway leaves a permutation of the items
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 77 or o.v == 77:
            raise ValueError("bad compare")
        return self.v < o.v
items = [Bad(rnd(100) if i != 150 else 77) for i in range(300)]
before = sorted(x.v for x in items)
try:
    items.sort()
except ValueError as ex:
    print("ValueError", ex)
print(sorted(x.v for x in items) == before, len(items))
# mutation during sort
l = [3, 1, 2]
def key(v):
    l.append(v)
    return v
try:
    l.sort(key=key)
except ValueError as ex:
    print("ValueError", ex)
print(l)
def peek(v):
    print("during", l)
    return v
l.sort(key=peek)
print(l)
try:
    l.sort(None)
except TypeError as ex:
    print("TypeError")
try:
    l.sort(foo=1)
except TypeError as ex:
    print("TypeError")
class Rec:
    def __init__(self, k, n):
        self.k, self.n = k, n
recs = [Rec(rnd(5), i) for i in range(200)]
recs.sort(key=lambda r: r.k, reverse=True)
print(all(recs[i].k > recs[i + 1].k or (recs[i].k == recs[i + 1].k and recs[i].n < recs[i + 1].n) for i in range(199)))
