# memoryview: CPython's tobytes, tolist, cast, release, toreadonly, hex, the
# attributes and hashing on strided and typed views (MicroPython leaves them
# out; 927 has the rest)
try:
    memoryview(b"").tobytes
except AttributeError:
    print("SKIP")
    raise SystemExit
m = memoryview(b"abcdefgh")
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:7:3].tolist(), m[::-3][1:].tobytes())
print(m[::2].strides, m.strides, m.shape, m.ndim, m.nbytes, m[2:5].nbytes, m.itemsize, m.format)
print(m.contiguous, m[::2].contiguous, m[::2].c_contiguous, m.readonly, m.obj == b"abcdefgh")
h = m.cast("H")
print(len(h), h.format, h.itemsize, h.nbytes, h.tolist(), h[1], h[-1], list(h[::2]))
print(m.cast("I").tolist(), m.cast("q").tolist(), m.cast("b")[0], m.cast("c")[1])
print(memoryview(b"\xff\xfe").cast("b").tolist(), memoryview(b"\x00\x01").cast("?").tolist())
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(bytes(8)).cast("d")[0])
for fmt in ("z", "hh", "<h"):
    try:
        m.cast(fmt)
    except ValueError:
        print("ValueError")
for bad in (lambda: memoryview(b"abc").cast("h"), lambda: m.cast("h").cast("i"), lambda: m[::2].cast("h")):
    try:
        bad()
    except TypeError:
        print("TypeError")
ba = bytearray(8)
w = memoryview(ba)
wh = w.cast("H")
wh[0] = 0x0102
wh[3] = 65535
print(ba, wh.tolist())
w[4:6] = b"xy"
w[::7] = b"<>"
print(ba, bytes(w[4:6]))
wi = w.cast("i")
wi[1] = -2
print(wi.tolist(), list(ba[4:]))
for bad in (lambda: wh.__setitem__(0, 70000), lambda: wh.__setitem__(0, "x"), lambda: w.__setitem__(0, 256),
            lambda: w.__setitem__(slice(0, 2), b"abc"), lambda: w.__setitem__(slice(0, 4), wh[0:2]),
            lambda: w.__delitem__(0), lambda: w[10], lambda: memoryview(b"ro").__setitem__(0, 1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
print(m == b"abcdefgh", m[:3] == bytearray(b"abc"), m[::2] == b"aceg", m != b"x", b"abcdefgh" == m)
print(m.cast("H") == m.cast("H"), m.cast("H") == m, memoryview(b"ab").cast("b") == memoryview(b"ab"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x00\x00\x80\x3f").cast("f"), m == 5)
print(hash(memoryview(b"abc")) == hash(b"abc"), 99 in m, 120 in m)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError:
    print("ValueError")
v = memoryview(b"data")
with v as ctx:
    print(ctx is v, bytes(ctx))
try:
    len(v)
except ValueError:
    print("ValueError released")
v2 = memoryview(b"zz")
v2.release()
v2.release()
print(v2 == v2, v2 == memoryview(b"zz"))
for bad in (lambda: v2[0], lambda: v2.tobytes(), lambda: v2.format, lambda: memoryview(v2)):
    try:
        bad()
    except ValueError:
        print("ValueError")
r = memoryview(bytearray(b"rw")).toreadonly()
print(r.readonly, bytes(r), memoryview(r).readonly, memoryview(memoryview(b"abc")[1:]).tobytes())
print(memoryview(b"abc").hex(), m[::3].hex(":"), bytes(m[::-1][::2]), list(reversed(m[:3])))
