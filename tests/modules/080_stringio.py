# io.StringIO
import io
s = io.StringIO()
s.write("hello ")
s.write("world")
print(s.getvalue())
r = io.StringIO("line1\nline2\nline3")
print(repr(r.readline()), repr(r.read()))
r.seek(0)
print(r.read(5))
print(repr(r.readline()))
w = io.StringIO()
print("via print", 42, file=w)
print(repr(w.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read())
