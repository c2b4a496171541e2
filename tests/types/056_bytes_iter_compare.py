# iterating, comparing and searching bytes
b = b"abc"
print([x for x in b], list(reversed(b)))
print(b < b"abd", b"ab" < b"abc", b"" < b"a", b == bytearray(b"abc"))
print(b"b" in b, 99 in b, b"ac" in b, b"" in b)
print(b[0] == 97, b[0:1] == b"a")
print(bytes(reversed(b)), max(b), sum(b))
print(b != "abc")
try:
    b[0] = 1
except TypeError:
    print("TypeError")
