# integers beyond the machine word
print(2 ** 64)
print(-(2 ** 64))
print(123456789012345678901234567890)
print(-98765432109876543210)
print(0xffffffffffffffffffff)
print(1 << 100)
print(2 ** 62 + 2 ** 62)
print(-(2 ** 63))
