# tuple unpacking and swapping
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
a, b, c = range(3)
print(a, b, c)
