# struct.pack and struct.unpack with explicit byte order
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 258))
print(struct.pack("<bBhH", -1, 255, -2, 65534))
print(struct.pack("<iIqQ", -1, 1, -2, 2))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.0))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"))
print(struct.unpack("<bBhHiI", struct.pack("<bBhHiI", -5, 200, -300, 60000, -70000, 4000000000)))
print(struct.unpack("<qQ", struct.pack("<qQ", -2 ** 63, 2 ** 64 - 1)))
print(struct.unpack("<fd", struct.pack("<fd", 0.25, 0.1)))
