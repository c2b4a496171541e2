# int() constructor with objects
print(int(), int(5), int(-5.9), int("  12 "), int("-0x1f", 16), int(b"42"))
class I:
    def __int__(self):
        return 7
class Idx:
    def __index__(self):
        return 8
print(int(I()), int(Idx()))
try:
    int([1])
except TypeError:
    print("TypeError")
try:
    int("5", 1)
except ValueError:
    print("ValueError base")
