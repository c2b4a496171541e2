# struct.calcsize and repeat counts
import struct
for fmt in ("<b", "<h", "<i", "<q", "<f", "<d", "<3s", "<2h", "<bhi", ">4B", "!hh", "<x", "<2xB"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<2h3B", 1, 2, 3, 4, 5))
print(struct.unpack("<2xH", b"\x00\x00\x05\x00"))
