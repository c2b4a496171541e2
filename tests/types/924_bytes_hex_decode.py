# hex(), fromhex() and decode()
b = bytes(range(250, 256)) + b"\x00\x01"
print(b.hex(), b.hex(":"), b.hex("-", 3), b.hex("-", -3), b.hex(b".", 1), b.hex(" ", 0))
print(b"".hex(":"), b"\x01".hex(":", 5), bytearray(b"\xab\xcd").hex())
print(b"\x01\x02\x03\x04".hex(sep=":", bytes_per_sep=2))
for sep in ("ab", "\xe9", 5):
    try:
        print(b"ab".hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(bytes.fromhex("00ff 10\tAb\n"), bytearray.fromhex(" de AD be ef "), bytes.fromhex(""))
print(bytes.fromhex(b"\xca\xfe".hex()) == b"\xca\xfe", type(bytearray.fromhex("00")).__name__)
class MyBytes(bytes):
    pass
print(type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("4142") == b"AB")
for bad in ("0", "zz", "0g", "1 2", "abc", b"ab"):
    try:
        print(bytes.fromhex(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"abc".decode("ascii"), bytearray(b"xyz").decode(), b"a\xffb".decode("utf-8", "replace"))
print(b"a\xffb".decode(errors="ignore"), b"a\xffb".decode(encoding="ascii", errors="ignore"))
for args in ((), ("ascii",)):
    try:
        print(b"\xff".decode(*args))
    except UnicodeDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError))
try:
    b"x".decode("no-such-codec")
except LookupError:
    print("LookupError")
