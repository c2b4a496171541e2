# tuples: hashing, comparisons, slicing, repr, errors
t = (1, "a", (2, 3), None)
print(t, len(t), t[2], t[-1], t[1:3], t[::-1], t[::2], t[5:], (1,), ())
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()), hash((1.0, True)) == hash((1, 1)))
print({(1, 2): "x"}[(1, 2)], {(): 1}[()], (1, 2) + (3,), (1,) * 3, 2 * (0,), () * 4, (5,) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () <= (), (3,) >= (3, 1), (1, 2) != (1, 2.0))
print(t.count(1), t.index("a"), (1, 2, 1).index(1, 1), (1, 2, 3).count(4))
try:
    t.index(99)
except ValueError as ex:
    print("ValueError", ex)
try:
    t[10]
except IndexError as ex:
    print("IndexError", ex)
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    del t[0]
except TypeError as ex:
    print("TypeError", ex)
try:
    (1,) + [2]
except TypeError as ex:
    print("TypeError", ex)
try:
    hash(([],))
except TypeError as ex:
    print("TypeError", ex)
l = [1]
nested = (l, 2)
l.append(nested)
print(nested)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)))
print(t[:] is t, tuple(t) is t, type(t[1:2]).__name__)
class P(tuple):
    pass
p = P((1, 2))
print(p, p[0], len(p), p + (3,), isinstance(p, tuple), type(p).__name__)
it = iter((1, 2))
print(type(it).__name__, list(it), list(it))
