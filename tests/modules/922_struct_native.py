# struct: native alignment, every code, strings and booleans
import struct
print(struct.calcsize("bi"), struct.calcsize("ib"), struct.calcsize("bq"), struct.calcsize("b0i"), struct.calcsize("hhb"))
print(struct.calcsize("=bi"), struct.calcsize("<bq"), struct.calcsize("@c?xb"), struct.calcsize(" 2h 3s "))
print(struct.pack("bi", 1, 2) == struct.pack("b3xi", 1, 2), struct.unpack("bi", struct.pack("bi", -1, -2)))
vals = (-1, 200, True, -300, 60000, -70000, 4000000000, -2 ** 40, 2 ** 63, b"c")
fmt = "<bB?hHiIqQc"
data = struct.pack(fmt, *vals)
print(len(data), struct.calcsize(fmt), struct.unpack(fmt, data))
print(struct.unpack(">bB?hHiIqQc", struct.pack(">bB?hHiIqQc", *vals)) == vals)
print(struct.pack("<e", 1.5), struct.pack(">e", -2.0), struct.unpack("<e", b"\x00\x3c"), struct.unpack("<3e", struct.pack("<3e", 0.333, 65504, 1e-7)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">d", struct.pack(">d", -1e100)))
print(struct.pack("<d", 10), struct.pack("<f", float("inf")), struct.unpack("<f", b"\x00\x00\xc0\x7f")[0] != 0)
print(struct.pack("4s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("0s", b"zz"), struct.unpack("3s", b"xyz"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abzz"), struct.unpack("1p", b"\x05"))
print(struct.pack("??", 0, [1]), struct.unpack("??", b"\x00\x07"), struct.pack("3x"), struct.unpack("x2xb", b"\x00\x00\x00\x09"))
print(struct.pack("!I", 1), struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("=H", 1) in (b"\x01\x00", b"\x00\x01"))
print(struct.pack("<l", -1), struct.pack("<L", 1), struct.calcsize("<l"), struct.calcsize("=q"))
print(struct.pack(b"<h", 5), struct.unpack("<h", bytearray(b"\x05\x00")), struct.unpack("<h", memoryview(b"\x06\x00")))
class Idx:
    def __index__(self):
        return 7
print(struct.pack("<B", Idx()), struct.pack("<i", True), struct.unpack("<2H", struct.pack("<2H", *[1, 2])))
