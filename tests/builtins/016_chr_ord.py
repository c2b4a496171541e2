# chr() and ord()
print(chr(65), chr(97), chr(0x263a), chr(0x1f600), repr(chr(0)), chr(233))
print(ord("A"), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for c in range(0, 0x110000, 0x11111):
    assert ord(chr(c)) == c
print("round trip ok")
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError negative")
