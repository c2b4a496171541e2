# slices with a step
a = list(range(10))
print(a[::2], a[1::2], a[::3])
print(a[::-1], a[::-2], a[8:2:-2])
print(a[2:8:-1], a[-1:-4:-1])
s = "hello world"
print(s[::-1], s[::2], s[1:9:3])
print((1, 2, 3, 4)[::-1])
print(b"abcd"[::2])
try:
    a[::0]
except ValueError:
    print("ValueError")
