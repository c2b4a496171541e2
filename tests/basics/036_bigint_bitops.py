# bitwise operators on big ints, including negative ones
a = (1 << 80) - 1
b = 1 << 79
print(a & b == b)
print(a | (1 << 90))
print(a ^ b)
print(~a)
print(-a & 0xff)
print((-a) | 1)
print((-(1 << 70)) ^ (1 << 65))
print(a >> 70, a << 5)
print((-(1 << 80)) >> 79)
print(hex(a))
