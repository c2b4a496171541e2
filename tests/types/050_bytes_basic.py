# constructing bytes
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)))
print(bytes("abc", "ascii"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1])
print(len(b"\x00\x01"), b"a" + b"b", b"ab" * 2)
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    b"a" + "b"
except TypeError:
    print("TypeError")
try:
    bytes("abc")
except TypeError:
    print("TypeError no encoding")
