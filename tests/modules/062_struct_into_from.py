# struct.pack_into and struct.unpack_from
import struct
buf = bytearray(8)
struct.pack_into("<H", buf, 2, 0xABCD)
struct.pack_into(">I", buf, 4, 1)
print(buf)
print(struct.unpack_from("<H", buf, 2), struct.unpack_from(">I", buf, 4), struct.unpack_from("<B", buf))
try:
    struct.unpack("<I", b"\x00")
except Exception:
    print("error short buffer")
try:
    struct.pack("<B", 256)
except Exception:
    print("error out of range")
