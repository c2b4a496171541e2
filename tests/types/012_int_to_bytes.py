# int.to_bytes
print((1024).to_bytes(2, "big"))
print((1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"))
print((0).to_bytes(3, "big"))
print((2 ** 64 - 1).to_bytes(8, "little"))
print((2 ** 70).to_bytes(10, "big"))
print((-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
