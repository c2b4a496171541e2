# augmented assignment operators on ints
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 15; print(x)
y = 1.0
y /= 4; print(y)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
