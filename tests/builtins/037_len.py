# len() of builtins and __len__
print(len(""), len("abc"), len("é€"), len(b"ab"), len([1]), len((1, 2)), len({1: 1}))
print(len({1, 2, 3}), len(frozenset()), len(range(10)), len(range(0, 10, 3)), len(bytearray(5)))
class L:
    def __len__(self):
        return 42
print(len(L()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError:
        print("TypeError")
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError:
    print("ValueError")
