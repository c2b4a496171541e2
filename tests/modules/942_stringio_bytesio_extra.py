# io.StringIO and io.BytesIO: what CPython has beyond MicroPython's streams
# (readlines, writelines, truncate, readable, writable, seekable, closed)
import io
try:
    io.StringIO().readlines
except AttributeError:
    print("SKIP")
    raise SystemExit

s = io.StringIO("héllo\nwörld\nlast")
print(s.read(3), s.tell())
print(repr(s.readline()), s.tell())
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(3), s.readlines(0))
print(s.closed)
s.close()
print(s.closed)
for name in ("readlines", "truncate", "writelines"):
    try:
        getattr(s, name)(["x"]) if name == "writelines" else getattr(s, name)()
    except ValueError:
        print(name, "ValueError")
t = io.StringIO()
t.writelines(["a\n", "b\n"])
t.writelines(iter(("c", "d")))
print(repr(t.getvalue()), t.read(), repr(t.readline()), t.tell())
print(t.truncate(2), t.tell())
print(repr(t.getvalue()))
print(t.truncate(), repr(t.getvalue()))
t.seek(1)
print(t.truncate(), repr(t.getvalue()), t.tell())
u = io.StringIO("añb")
print(u.truncate(2), repr(u.getvalue()))
try:
    t.truncate(-1)
except ValueError:
    print("ValueError")
b = io.BytesIO(b"abc\ndef\n")
print(b.readlines(), b.read())
b.seek(0)
print(b.readlines(2), b.readlines())
print(b.truncate(5), b.getvalue(), b.tell())
with io.BytesIO() as w:
    w.writelines([b"12", bytearray(b"3"), memoryview(b"4")])
    print(w.getvalue(), w.closed, w.readable(), w.writable(), w.seekable())
print(w.closed)
x = io.StringIO()
print(x.readable(), x.writable(), x.seekable())
