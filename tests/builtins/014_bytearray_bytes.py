# bytearray() and bytes() constructors
print(bytes(0), bytes(2), bytes([1, 2]), bytes(b"x"), bytes("é", "utf-8"))
print(bytearray(), bytearray(2), bytearray([255]), bytearray(b"ab"), bytearray("ä", "utf-8"))
print(bytes(bytearray([104, 105])), bytearray(bytes(3)), bytes(memoryview(b"mv")))
print(bytes(range(65, 70)), bytes(x for x in [97, 98]))
for bad in (-1, [300], ["a"], 1.5):
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
