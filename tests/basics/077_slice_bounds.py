# slice bounds are clamped, never raise
s = "xyz"
print(repr(s[5:10]), repr(s[-10:1]), repr(s[2:1]))
a = [1, 2, 3]
print(a[-10:10], a[3:3], a[1:-1])
print(a[None:2], a[1:None], a[None:None:-1])
