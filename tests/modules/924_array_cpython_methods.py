# array.array: CPython's methods and attributes beyond append and extend
# (MicroPython's arrays have only those two)
from array import array
try:
    array("b").pop
except AttributeError:
    print("SKIP")
    raise SystemExit
a = array("h", [3, 1, 2])
print(a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes())
a.append(-4)
a.extend([5, 6])
a.extend(array("h", [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-3), a)
a.remove(99)
print(a.index(2), a.index(5, 2), a.count(1), a.count(42), 2 in a, 42 in a)
a.reverse()
print(a, list(reversed(a)))
a.byteswap()
print(a.tolist())
a.byteswap()
b = array("h")
b.frombytes(a.tobytes())
b.fromlist([8, 9])
print(b == a, b, len(b))
for bad in (lambda: array("i").pop(), lambda: array("i", [1]).pop(5), lambda: array("i", [1]).remove(2),
            lambda: array("i", [1]).index(2), lambda: array("i").fromlist((1,)), lambda: array("i").frombytes(b"abc")):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
d = array("I", [1, 2])
try:
    d.fromlist([3, -1])
except OverflowError:
    print("OverflowError", d)
# the special methods called explicitly
a = array("i", [4, 4])
for bad in (lambda: a.__setitem__(100, 1), lambda: a.__delitem__(100),
            lambda: a.__setitem__(slice(0, 1), [1]), lambda: a.__setitem__(slice(0, 1), array("h", [1])),
            lambda: a.__setitem__(slice(None, None, 2), array("i", [1])),
            lambda: a.__setitem__(0, 1.5), lambda: a.__setitem__(0, 2 ** 40)):
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__)
a.__setitem__(0, 5)
a.__setitem__(slice(1, None), array("i", [6, 7]))
print(a.__len__(), a.__getitem__(-1), a.__getitem__(slice(0, 2)), a)
a.__delitem__(0)
print(a)
h = array("H", [1, 258, 65535])
print(bytes(memoryview(h)) == h.tobytes())
