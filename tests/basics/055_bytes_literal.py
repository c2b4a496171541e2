# bytes literals
b = b"abc"
print(b)
print(b[0], b[-1])
print(len(b))
print(b"\x00\xff")
print(b'it\'s' + B"!")
print(b"ab" * 2)
print(b"a" < b"b", b"abc" == b"abc")
print(list(b"hi"))
