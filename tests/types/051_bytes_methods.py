# bytes methods
b = b"Hello, World"
print(b.upper(), b.lower(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.split(b", "), b"a b c".split(), b.replace(b"l", b"L"))
print(b.startswith(b"He"), b.endswith(b"ld"), b.index(b"W"))
print(b"  x ".strip(), b"xxyxx".strip(b"x"), b",".join([b"a", b"b"]))
print(b.decode(), b.partition(b", "))
print(b"abc".hex(), bytes.fromhex("41 42 ff"), b"\x00\xab".hex())
print(b"12".isdigit(), b"ab".isalpha(), b" ".isspace())
print(b"%d-%s" % (5, b"x"))
