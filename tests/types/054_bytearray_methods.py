# more bytearray methods
ba = bytearray(b"hello world")
print(ba.find(b"o"), ba.count(b"l"), ba.upper(), ba.split())
ba.insert(0, ord(">"))
print(ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, len(ba))
print(ba.decode()[::-1])
ba2 = bytearray(b"ab")
ba2 += b"cd"
ba2 *= 2
print(ba2)
