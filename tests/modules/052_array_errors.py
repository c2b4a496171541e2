# array range and type errors
from array import array
try:
    array("B", [256])
except OverflowError:
    print("OverflowError")
try:
    array("z")
except ValueError:
    print("ValueError")
try:
    array("i", [1.5])
except TypeError:
    print("TypeError")
a = array("i", [1, 2])
try:
    a[5]
except IndexError:
    print("IndexError")
