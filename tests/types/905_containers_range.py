# range edge cases
for r in [range(0), range(5), range(2, 9, 3), range(10, 0, -2), range(-5, -20, -4), range(3, 3), range(5, 0)]:
    print(r, len(r), list(r), bool(r), list(reversed(r)))
r = range(1, 20, 4)
print(r[1:], r[::-1], r[::2], r[-2:], r[10:], r[1:3:-1], range(10)[::-3], range(0, 10, 3)[::-1])
print(r[-1], r[0], 9 in r, 10 in r, 9.0 in r, "x" in r, True in range(2))
try:
    r[5]
except IndexError as ex:
    print("IndexError", ex)
try:
    range(1.5)
except TypeError as ex:
    print("TypeError", ex)
try:
    range()
except TypeError as ex:
    print("TypeError", ex)
print(range(0, 3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 7), range(1) != range(2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(5, 5)), hash(range(2, 3, 9)) == hash(range(2, 5, 10)))
print(range(2 ** 40, 2 ** 40 + 3)[1], list(range(2 ** 40, 2 ** 40 + 9, 4)), 2 ** 40 + 4 in range(2 ** 40, 2 ** 41, 4))
print(10 ** 30 in range(5), -1 in range(-5, 5, 2), -1 in range(-6, 5, 2))
print(range(5).start, range(5).stop, range(5).step, range(1, 2, 3).step)
print(sum(range(100000)), max(range(-5, 5)), list(enumerate(range(3, 0, -1))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"), type(it).__name__)
print(list(range(-2, 3))[::-1], range(-3, 3)[-1])
