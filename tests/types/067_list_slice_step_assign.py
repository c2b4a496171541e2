# extended slice assignment and deletion on lists
a = list(range(10))
a[::3] = ["a", "b", "c", "d"]
print(a)
a[::-2] = range(5)
print(a)
del a[::-3]
print(a)
b = [1, 2, 3]
b[5:] = [4]
print(b)
b[-100:1] = [0]
print(b)
c = [1, 2, 3, 4]
c[1:3] = c
print(c)
