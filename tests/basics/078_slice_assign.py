# assigning to list slices
a = list(range(6))
a[1:3] = ["a", "b", "c"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0, 0, 0]
print(a)
try:
    a[::2] = [1]
except ValueError:
    print("ValueError")
b = [1, 2, 3]
b[1:1] = (7, 8)
print(b)
b[:] = "xy"
print(b)
