# nested tuples and tuple unpacking of returns
t = ((1, 2), (3, (4, 5)))
print(t[1][1][0], len(t), t[0] + t[1])
(a, b), (c, (d, e)) = t
print(a + b + c + d + e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]))
print(repr(("x",)), repr(((),)))
