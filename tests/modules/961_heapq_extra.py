# heapq: heapreplace, heappushpop, nsmallest, nlargest (CPython's, not in
# MicroPython's heapq)
import heapq
try:
    heapq.heapreplace
except AttributeError:
    print("SKIP")
    raise SystemExit

l = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(l)
print(heapq.heapreplace(l, 5), heapq.heappushpop(l, 0), heapq.heappushpop(l, 100), l)
print(sorted(l) == [heapq.heappop(l) for _ in range(len(l))])
print(heapq.heappushpop([], 3))
for bad in (lambda: heapq.heapreplace([], 1), lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop((), 1)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__)
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, [5, 1, 4, 1, 3]))
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(0, [1]), heapq.nsmallest(10, [2, 1]))
print(heapq.nsmallest(2, iter((3, 1, 2))), heapq.nlargest(n=1, iterable=[4, 9]), heapq.nsmallest(-1, [1]))
