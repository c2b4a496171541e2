# sets: pop order, hashing, mixed operations, errors
s = {1, 2, 3}
print(s.pop(), s.pop(), s.pop(), s)
big = set(range(500))
n = 0
while big:
    big.pop()
    n += 1
print(n, big)
w = {5}
seen = {5}
out = []
while w:
    x = w.pop()
    out.append(x)
    for y in (x + 3, x + 7):
        if y < 300 and y not in seen:
            seen.add(y)
            w.add(y)
print(len(out), sum(out), len(w), len(seen))
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(f1 == f2, hash(f1) == hash(f2), f1 == {1, 2, 3}, {f1: "x"}[f2], frozenset() == set())
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) != hash(frozenset([1, 3])))
print({1, 2} in {f1, frozenset([1, 2])}, {4} in {f1})
ss = {frozenset([1])}
ss.remove({1})
print(ss)
print(type(f1 | {4}).__name__, type({4} | f1).__name__, type(f1.union([9])).__name__, type(f1.copy()).__name__, f1.copy() is f1)
print(sorted(f1 - {1}), sorted(f1 & {2, 7}), sorted(f1 ^ {3, 4}))
try:
    f1 |= {9}
    print(sorted(f1))
except TypeError:
    print("TypeError")
try:
    {1} | [2]
except TypeError as ex:
    print("TypeError", ex)
try:
    s = {1}
    s |= [2]
except TypeError as ex:
    print("TypeError", ex)
a = {1, 2, 3}
print(a.issubset([1, 2, 3, 4]), a.issuperset([1, 1]), a.isdisjoint(iter([4, 5])), a.symmetric_difference([3, 3, 4]))
try:
    {[1]}
except TypeError as ex:
    print("TypeError", ex)
try:
    [] in {1}
except TypeError as ex:
    print("TypeError", ex)
try:
    set().pop()
except KeyError as ex:
    print("KeyError", ex)
try:
    {1}.remove(5)
except KeyError as ex:
    print("KeyError", ex)
t = {1, 2, 3}
try:
    for x in t:
        t.add(x + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(set(), frozenset(), {1}, frozenset({1}), set("aa"), repr(set([(1, 2)])))
print({1, 2} == {2, 1}, {1, 2} <= {1, 2}, {1} < {1}, {1, 2} > {2}, {1} != frozenset({1}))
print(len({1, 1.0, True}), {0, False} == {0})
u = set()
u.update(range(3), "ab", {9: 1})
print(sorted(u, key=str))
i = {1, 2, 3, 4}
i.intersection_update([2, 3, 5], {3, 2})
print(i)
i.difference_update({2}, [7])
print(i, {1, 2}.intersection(), {1, 2}.union(), {5, 6}.difference())
