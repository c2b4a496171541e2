# hex conversions of bytes and bytearray
print(bytes.fromhex(""), bytes.fromhex("00ff10"), bytearray.fromhex("de ad"))
print(b"\x01\x02\xff".hex(), bytearray(b"\x10").hex())
for bad in ("0", "zz", "0g"):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print("ValueError", bad)
print(bytes.fromhex(b"\xca\xfe".hex()) == b"\xca\xfe")
