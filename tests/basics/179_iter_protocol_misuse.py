# errors from iterating non-iterables
for v in (5, None, 3.5):
    try:
        for x in v:
            pass
    except TypeError:
        print("TypeError", type(v).__name__)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError bad __iter__")
try:
    next([1, 2])
except TypeError:
    print("TypeError next on list")
