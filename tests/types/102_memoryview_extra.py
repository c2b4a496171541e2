# memoryview: CPython's tobytes, hex and readonly (MicroPython's memoryview
# has none of them; types/927 has the rest of CPython's extras)
try:
    memoryview(b"").tobytes
except AttributeError:
    print("SKIP")
    raise SystemExit
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(m[1:3].tobytes())
m = memoryview(b"hello")
print(m.tobytes(), m[1:4].tobytes().decode())
ba = bytearray(b"1234")
mv = memoryview(ba)
mv[1:3] = b"ab"
print(mv.readonly, memoryview(b"x").readonly, mv.tobytes())
print(memoryview(b"\x12\x34").hex("_"))
