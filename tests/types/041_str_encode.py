# str.encode and bytes.decode
s = "héllo €"
b = s.encode()
print(b, len(b))
print(b.decode() == s, b.decode("utf-8"))
print("abc".encode("ascii"), "abc".encode("utf-8"))
try:
    b"\xff".decode()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
print(issubclass(UnicodeDecodeError, ValueError))
print(bytes("日本", "utf-8"), str(b"\xe6\x97\xa5", "utf-8"))
