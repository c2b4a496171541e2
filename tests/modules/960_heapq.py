# heapq: heappush, heappop, heapify (the rest: 961_heapq_extra)
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(l)
print(l)
print(sorted(l) == [heapq.heappop(l) for _ in range(len(l))])
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
try:
    heapq.heappush((), 1)
except TypeError:
    print("TypeError")
h = []
for t in [(2, "b"), (1, "z"), (1, "a"), (3, "c")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(4)])
