# list() constructor
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list(b"\x01"))
print(list(x * 2 for x in range(3)), list(map(abs, [-1])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)
try:
    list(1)
except TypeError:
    print("TypeError")
