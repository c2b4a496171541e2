# tuple() constructor
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(b"\x05"))
t = (1, 2)
print(tuple(t) == t, tuple(x for x in t))
try:
    tuple(5)
except TypeError:
    print("TypeError")
