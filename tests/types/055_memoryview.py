# memoryview over bytes and bytearray
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], m[-1])
print(bytes(m[1:3]))
m[0] = ord("A")
print(ba)
m[2:4] = b"CD"
print(ba)
sub = m[3:]
sub[0] = ord("z")
print(ba)
r = memoryview(b"readonly")
try:
    r[0] = 1
except TypeError:
    print("TypeError readonly")
print(list(memoryview(b"\x01\x02")))
print(bytes(memoryview(b"xyz")[::2]) if True else None)
