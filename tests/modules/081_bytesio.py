# io.BytesIO
import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue())
r = io.BytesIO(b"0123456789")
print(r.read(3), r.read(2), r.tell())
r.seek(8)
print(r.read(), r.read())
r.seek(0)
print(r.readline())
print(io.BytesIO(b"l1\nl2").readline())
