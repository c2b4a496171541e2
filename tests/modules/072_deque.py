# collections.deque using append/appendleft/pop/popleft and maxlen
from collections import deque
d = deque((), 10)
d.append(1)
d.append(2)
d.appendleft(0)
print(len(d), list(d))
print(d.pop(), d.popleft(), list(d))
q = deque([1, 2, 3], 3)
q.append(4)
print(list(q))
q.append(5)
print(q.popleft(), q.popleft(), q.popleft(), len(q))
try:
    q.pop()
except IndexError:
    print("IndexError")
total = 0
for v in deque([5, 6, 7], 5):
    total += v
print(total, bool(deque((), 2)), bool(deque([1], 2)))
