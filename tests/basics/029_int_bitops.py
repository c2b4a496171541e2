# bitwise operators on small ints, including negative ones
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1)
print(1 << 4, 256 >> 3, -256 >> 3, -1 >> 10)
print(-12 & 7, -12 | 7, -12 ^ 7)
print(5 & -1, 0 | 0)
