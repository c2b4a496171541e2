# range.count and range.index (CPython has them, MicroPython leaves them
# out; types/085 and types/905 have the rest of range)
try:
    range(1).count
except AttributeError:
    print("SKIP")
    raise SystemExit
r = range(2, 20, 3)
print(r.index(8), r.count(8))
try:
    r.index(7)
except ValueError:
    print("ValueError index")
r = range(1, 20, 4)
print(r.index(13), r.count(13), r.count(14), r.count(13.0), r.index(13.0), r.count("x"))
try:
    r.index(2)
except ValueError as ex:
    print("ValueError", ex)
print(range(10, 0, -3).index(4), range(10, 0, -3).count(4), range(0).count(0))
print(range(2 ** 40, 2 ** 40 + 9, 4).index(2 ** 40 + 8), range(5).count(True), range(5).index(True))
for r in [range(0), range(3), range(-5, 5, 2)]:
    try:
        print(r.index(-1))
    except ValueError:
        print("ValueError")
