# struct: struct.error, iter_unpack and Struct (CPython only: MicroPython has none)
import struct
try:
    struct.Struct, struct.iter_unpack, struct.error
except AttributeError:
    print("SKIP")
    raise SystemExit
print(struct.error.__name__, issubclass(struct.error, Exception))
def check(f):
    try:
        print(f())
    except struct.error:
        print("struct.error")
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), list(struct.iter_unpack("<2B", bytearray(b"abcd"))))
check(lambda: struct.iter_unpack("<h", b"abc"))
check(lambda: struct.iter_unpack("<0h", b"abc"))
it = struct.iter_unpack("<B", b"xy")
print(next(it), next(it), next(it, "done"))
s = struct.Struct("<ih")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(s.unpack_from(b"\x00" * 8, 2), list(s.iter_unpack(bytes(12))), struct.Struct(b">H").format)
b2 = bytearray(6)
s.pack_into(b2, 0, -1, -1)
print(b2)
check(lambda: s.pack(1))
check(lambda: struct.Struct("<q").unpack(b"x"))
check(lambda: struct.Struct("<y"))
