# bin(), hex() and oct()
for v in (0, 1, -1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(v), hex(v), oct(v))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
