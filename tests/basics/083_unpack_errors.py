# wrong number of values to unpack
try:
    a, b = [1, 2, 3]
except ValueError:
    print("too many")
try:
    a, b, c = (1, 2)
except ValueError:
    print("not enough")
try:
    a, b = 5
except TypeError:
    print("not iterable")
a, b = "ok"
print(a, b)
