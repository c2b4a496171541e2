# collections.deque: the API MicroPython has, maxlen, iteration checks (the
# CPython extras: 936)
from collections import deque
q = deque([1, 2, 3])
print(q, deque(), deque(maxlen=2), deque([1, 2, 3, 4], 2))
q.extend([4, 5])
q.appendleft(0)
q.appendleft(-1)
print(q, q[0], q[-1], len(q))
q[1] = 99
del q[0]
print(q, 99 in q, 1000 in q)
print(list(reversed(q)), q == deque([99, 1, 2, 3, 4, 5]), q < deque([99, 2]), q != deque())
q3 = deque([], 3)
for i in range(10):
    q3.append(i)
print(q3)
for i in range(5):
    q3.appendleft(i)
print(q3)
q3.extend([100])
print(q3)
while q3:
    q3.pop()
print(q3, bool(q3))
try:
    q3.popleft()
except IndexError:
    print("IndexError")
try:
    q3[0]
except IndexError:
    print("IndexError")
big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), sum(big), big[0], big[-1])
it = iter(big)
next(it)
big.append(1)
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
class MyDQ(deque):
    pass
md = MyDQ([1, 2], 5)
md.append(3)
print(list(md), len(md))
