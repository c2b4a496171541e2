# array.array methods, operators and conversions (CPython's other methods: 924)
from array import array
a = array("h", [3, 1, 2])
a.append(-4)
a.extend([5, 6])
a.extend(array("h", [7]))
print(a, len(a), 2 in a, 42 in a, list(reversed(a)))
print(array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), array("B", bytearray(b"\x05")), array("d", array("i", [1, 2])))
print(array("f", [0.5, 1]), array("d", range(3)), array("b", (x for x in (-1, 1))), array("Q", [2 ** 64 - 1]))
print(array("L", [0]) + array("L", [1]), array("i", [1]) * 3, 2 * array("b", [7]), array("i", [1, 2]) * 0)
c = array("i", [1])
c += array("i", [2, 3])
c *= 2
print(c, c == array("i", [1, 2, 3, 1, 2, 3]), c != c, array("i", [1, 2]) < array("i", [1, 3]))
print(array("i", [1]) == array("d", [1.0]), array("b", [1, 2]) <= array("b", [1, 2]), array("i", [2]) > array("i", [1, 9]))
print(array("i", [1]) == [1], sum(array("i", range(100))), max(array("d", [0.5, 2.5, 1.5])))
for bad in (lambda: array("i", [1]).extend(array("h", [1])), lambda: array("i", [1]) + array("h", [1]),
            lambda: array("i", [1]) + [1], lambda: array("i", "ab"), lambda: array("i", [1], 2), lambda: array(1),
            lambda: array("x"), lambda: hash(array("i"))):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
e = array("B")
try:
    e.extend([1, 2, 300])
except OverflowError:
    print("OverflowError", len(e))
class MyArray(array):
    def total(self):
        return sum(self)
m = MyArray("i", [1, 2, 3])
print(m.total(), len(m), m[1], isinstance(m, array))
