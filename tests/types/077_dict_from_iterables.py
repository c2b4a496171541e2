# dict() from various iterables and zip
print(dict(zip("abc", range(3))))
print(dict([("x", 1), ["y", 2]]))
print(dict(((i, i * i) for i in range(4))))
try:
    dict([1, 2])
except TypeError:
    print("TypeError")
try:
    dict([("a", 1, 2)])
except ValueError:
    print("ValueError")
print(dict(dict(a=1), b=2))
