# bytearray is a mutable bytes
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
print(bytearray(4), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(ba + b"!", bytes(ba), ba == bytearray(ba))
try:
    ba[0] = 300
except ValueError:
    print("ValueError")
