# hex, octal and binary literals
print(0x10, 0XfF, 0o17, 0O7, 0b101, 0B11)
print(-0x10)
print(0x7fffffff + 1)
print(0o777 == 511)
print(0b1111_0000)
