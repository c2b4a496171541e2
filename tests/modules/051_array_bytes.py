# arrays and bytes
from array import array
a = array("B", b"\x01\x02\x03")
print(a, bytes(a))
h = array("h", [1, -1])
print(len(bytes(h)), bytes(array("b", [-1, 1])))
a.extend(array("B", [9]))
print(list(a))
print(sum(array("i", range(10))), max(array("f", [1.5, 0.5])))
it = iter(array("H", [7, 8]))
print(next(it), next(it))
for v in array("b", [3, 4]):
    print(v)
