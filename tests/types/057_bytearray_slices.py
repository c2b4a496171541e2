# bytearray slice assignment and deletion
ba = bytearray(range(10))
ba[::2] = bytes(5)
print(list(ba))
del ba[1::3]
print(list(ba))
ba[2:5] = []
print(list(ba))
ba[0:0] = b"\x63\x64"
print(ba[:4])
ba[-1:] = bytearray(b"z")
print(ba[-2:])
try:
    ba[::2] = b"x"
except ValueError:
    print("ValueError")
