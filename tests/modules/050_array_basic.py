# array.array with several type codes
from array import array
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
print(a)
a[0] = 100
print(a[0], a[1:3], list(a))
for code, vals in (("b", [-128, 127]), ("B", [0, 255]), ("h", [-32768, 32767]), ("H", [65535]),
                   ("l", [-2 ** 31]), ("L", [2 ** 32 - 1]), ("q", [-2 ** 63]), ("Q", [2 ** 64 - 1]),
                   ("f", [0.5, -2.25]), ("d", [0.1, 1e300])):
    arr = array(code, vals)
    print(code, list(arr))
print(array("B"), array("d", []))
