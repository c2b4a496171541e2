# heapq
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
l = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(l)
print(l)
print(heapq.heapreplace(l, 5), heapq.heappushpop(l, 0), heapq.heappushpop(l, 100), l)
print(sorted(l) == [heapq.heappop(l) for _ in range(len(l))])
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
try:
    heapq.heappush((), 1)
except TypeError:
    print("TypeError")
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, [5, 1, 4, 1, 3]))
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(0, [1]), heapq.nsmallest(10, [2, 1]))
h = []
for t in [(2, "b"), (1, "z"), (1, "a"), (3, "c")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(4)])
