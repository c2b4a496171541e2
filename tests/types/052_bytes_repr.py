# repr of bytes escapes non-printables
print(b"\x00\x01\x7f\x80\xff")
print(b"\t\n\r")
print(b"'", b'"', b"'\"", b"\\")
print(repr(bytes(range(30, 40))))
print(str(b"abc"))
