# collections.deque: the CPython extras (rotate, insert, copy, comparisons,
# +, the maxlen attribute, ...); the rest of the API: 933
from collections import deque
try:
    deque().rotate
except AttributeError:
    print("SKIP")
    raise SystemExit
q = deque([1, 2, 3])
print(q, deque(), deque(maxlen=2), deque([1, 2, 3, 4], 2))
q.extend([4, 5])
q.extendleft([0, -1])
print(q, q[0], q[-1], len(q))
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q[1] = 99
del q[0]
print(q, q.count(99), 99 in q, 1000 in q)
q.remove(99)
q.reverse()
print(q, list(reversed(q)))
q.insert(1, "i")
print(q, q.index("i"))
q2 = q.copy()
q2.append(7)
print(q == q2, q < q2, q + q2, q2.maxlen)
q3 = deque([1, 2, 3], 3)
print(q3.maxlen, deque().maxlen)
q3 += [100]
print(q3)
q3.clear()
print(q3, bool(q3))
class MyDQ(deque):
    pass
md = MyDQ([1, 2], 5)
print(md.maxlen)
