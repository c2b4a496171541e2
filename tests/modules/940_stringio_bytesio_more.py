# io.StringIO and io.BytesIO: positions, seeking past the end, readinto
# (readlines, writelines, truncate and closed: 942_stringio_bytesio_extra)
import io

s = io.StringIO("héllo\nwörld\nlast")
print(s.read(3), s.tell())
print(repr(s.readline()), s.tell())
print(list(s))
s.seek(0)
print([l for l in s])
s.seek(2)
s.write("XY")
print(s.getvalue(), s.tell())
s.seek(0, 2)
s.write("!")
print(s.getvalue())
s.seek(30)
s.write("end")
print(repr(s.getvalue()))
s.close()
try:
    s.read()
except ValueError:
    print("ValueError")
t = io.StringIO()
t.write("a\n")
t.write("b\n")
print(repr(t.getvalue()), t.read(), repr(t.readline()))
try:
    t.write(b"x")
except TypeError:
    print("TypeError")
b = io.BytesIO(b"abc\ndef\n")
print(list(b), b.read())
b.seek(-2, 2)
print(b.read(), b.tell())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
buf = bytearray(4)
b.seek(1)
print(b.readinto(buf), buf)
try:
    b.write("s")
except TypeError:
    print("TypeError")
try:
    b.seek(-1)
except ValueError:
    print("ValueError")
with io.BytesIO() as w:
    w.write(b"12")
    w.write(memoryview(b"34"))
    w.write(bytearray(b"5"))
    print(w.getvalue())
try:
    w.write(b"6")
except ValueError:
    print("ValueError")
print(io.StringIO().read(), io.BytesIO().read(5))
print(list(io.BytesIO(b"x\ny")))
print(io.StringIO("abc").read(-1), io.StringIO("abc").read(None), io.StringIO("abc\n").readline(2))

class S(io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())
        self.extra = 1
s = S("abc\ndef")
print(s.read(2), s.readline(), s.extra, list(s), s.getvalue())
class B(io.BytesIO):
    pass
b = B(b"xyz")
print(b.read(), isinstance(b, io.BytesIO))
with B() as w:
    w.write(b"q")
    print(w.getvalue())
for line in S("a\nb"):
    print(repr(line))
