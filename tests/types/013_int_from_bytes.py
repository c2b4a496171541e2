# int.from_bytes
print(int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\x7f", "little", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 9, "big"))
print(int.from_bytes(b"\x00" * 9 + b"\x80", "little", signed=True))
print(int.from_bytes(bytearray(b"\x12\x34"), "big"))
for n in (0, 1, 300, 2 ** 40 + 5, 2 ** 100):
    b = n.to_bytes(16, "big")
    print(int.from_bytes(b, "big") == n)
