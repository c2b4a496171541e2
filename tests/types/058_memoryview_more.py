# memoryview length, comparisons and conversions
m = memoryview(b"hello")
print(len(m), m.tobytes(), bytes(m[::-1]))
print(m == b"hello", m[1:4] == b"ell")
print(m[1:4].tobytes().decode())
ba = bytearray(b"1234")
mv = memoryview(ba)
mv[1:3] = b"ab"
print(ba, mv.readonly, memoryview(b"x").readonly)
print(list(mv[2:]))
