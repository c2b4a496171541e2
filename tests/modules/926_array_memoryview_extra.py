# memoryview over arrays: CPython's format, tolist, cast and nbytes
# (MicroPython's memoryview has none of them)
from array import array
try:
    memoryview(b"").tolist
except AttributeError:
    print("SKIP")
    raise SystemExit
h = array("H", [1, 258, 65535])
m = memoryview(h)
print(m.format, m.tolist())
f = array("d", [1.5, -2.0])
print(memoryview(f).tolist(), memoryview(f).cast("B").nbytes)
