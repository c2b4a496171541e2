# hash() of ints and tuples of ints; unhashable types
print(hash(0), hash(1), hash(-1) == hash(-1), hash(12345))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(True) == hash(1), hash(3.0) == hash(3))
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError:
        print("TypeError", type(v).__name__)
class H:
    def __hash__(self):
        return 99
print(hash(H()))
