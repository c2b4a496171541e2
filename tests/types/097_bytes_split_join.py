# splitting and joining bytes
data = b"k1=v1;k2=v2;;k3"
print(data.split(b";"))
print([p.split(b"=") for p in data.split(b";") if p])
print(b";".join([b"a", bytearray(b"b"), b"c"]))
print(b"a b\tc\n".split(), b" a ".split(b" "), b"x,y,z".rsplit(b",", 1))
print(b"line1\nline2\r\n".splitlines())
try:
    b",".join([b"a", "b"])
except TypeError:
    print("TypeError")
