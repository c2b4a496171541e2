# memoryview: strided views, typed items over arrays, comparison (CPython's
# casts, tolist, release... are in 939_memoryview_typed_extra)
m = memoryview(b"abcdefgh")
print(bytes(m[::2]), bytes(m[::-1]), list(m[1:7:3]), bytes(m[::-3][1:]), m.itemsize, m[::2].itemsize)
ba = bytearray(8)
w = memoryview(ba)
w[4:6] = b"xy"
w[::7] = b"<>"
print(ba, bytes(w[4:6]))
def setitem(v, i, x):
    v[i] = x
def delitem(v, i):
    del v[i]
for bad in (lambda: setitem(w, 0, 256), lambda: setitem(w, slice(0, 2), b"abc"), lambda: delitem(w, 0),
            lambda: delitem(w, slice(0, 1)), lambda: w[10], lambda: w[-9], lambda: setitem(memoryview(b"ro"), 0, 1),
            lambda: w["x"]):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
print(m == b"abcdefgh", m[:3] == bytearray(b"abc"), m[::2] == b"aceg", m != b"x", b"abcdefgh" == m, m == 5)
print(99 in m, 120 in m, list(reversed(m[:3])), len(m[::-3]), bool(m[:0]), bool(m))
try:
    from array import array
except ImportError:
    array = None
if array:
    h = array("h", [1, -2, 300])
    hv = memoryview(h)
    print(len(hv), hv.itemsize, hv[1], list(hv[::-1]), hv[::2] == array("h", [1, 300]), hv == h)
    hv[0] = -7
    hv[1:3] = array("h", [5, 6])
    print(h, bytes(hv[:1]) == bytes(array("h", [-7])))
    for bad in (lambda: setitem(hv, 0, 70000), lambda: setitem(hv, 0, "x"), lambda: setitem(hv, slice(0, 2), b"abcd")):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__)
    d = memoryview(array("d", [1.5, -2.0]))
    print(d[1], list(d), d == array("d", [1.5, -2.0]), d == array("f", [1.5, -2.0]))
