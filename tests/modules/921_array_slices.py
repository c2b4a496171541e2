# array indexing, slicing, slice assignment and the buffer protocol
from array import array
a = array("i", range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-4], a[5:2], a[-3:])
a[0] = -1
a[-1] = 99
print(a)
a[1:3] = array("i", [7, 7, 7])
print(a)
a[::2] = array("i", [0] * 6)
print(a)
a[2:5] = array("i")
print(a)
del a[0]
del a[::2]
print(a)
del a[-2:]
print(a)
a[:] = a
a[len(a):] = a
print(a)
def setitem(i, v):
    a[i] = v
def delitem(i):
    del a[i]
for bad in (lambda: a[100], lambda: setitem(100, 1), lambda: delitem(100),
            lambda: setitem(slice(0, 1), [1]), lambda: setitem(slice(0, 1), array("h", [1])),
            lambda: setitem(slice(None, None, 2), array("i", [1])), lambda: a["x"],
            lambda: setitem(0, 1.5), lambda: setitem(0, 2 ** 40)):
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__)
h = array("H", [1, 258, 65535])
m = memoryview(h)
print(m.itemsize, len(m), m[1], bytes(m) == bytes(h))
m[0] = 7
print(h, bytes(array("b", [-1, 2])), bytearray(array("B", [65, 66])))
f = array("d", [1.5, -2.0])
print(list(iter(f)), type(iter(f)).__name__)
it = iter(array("b", [1, 2]))
print(next(it), next(it), next(it, "end"))
for code, vals in (("b", [-129]), ("b", [128]), ("B", [-1]), ("h", [40000]), ("H", [-5]), ("i", [2 ** 31]),
                   ("I", [-1]), ("q", [2 ** 63]), ("Q", [-1]), ("i", ["x"]), ("d", ["x"])):
    try:
        array(code, vals)
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__)
print(array("f", [1e300]), array("i", [True, False]))
