# slices of lists, tuples, strings
a = [0, 1, 2, 3, 4, 5]
print(a[1:4], a[:2], a[3:], a[:])
print(a[-2:], a[:-2], a[-3:-1])
print(a[4:2], a[10:], a[-100:2])
s = "abcdef"
print(s[1:3], s[:0], s[2:])
t = (1, 2, 3)
print(t[1:])
b = a[:]
b[0] = 99
print(a[0], b[0])
