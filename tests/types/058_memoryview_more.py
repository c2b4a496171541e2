# memoryview length, comparisons and conversions
m = memoryview(b"hello")
print(len(m), bytes(m[::-1]))
print(m == b"hello", m[1:4] == b"ell")
print(bytes(m[1:4]).decode())
ba = bytearray(b"1234")
mv = memoryview(ba)
mv[1:3] = b"ab"
print(ba)
print(list(mv[2:]))
