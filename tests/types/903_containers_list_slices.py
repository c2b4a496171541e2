# list slicing: reads, stores and deletions with all kinds of bounds
base = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2), slice(None, None, -1),
          slice(8, 2, -2), slice(-100, 100), slice(100, None), slice(5, 2), slice(1, 9, 3)]:
    print(s, base[s])
for s in [slice(2, 5), slice(5, 2), slice(0, 0), slice(-2, None), slice(None, 3), slice(8, 100)]:
    a = list(range(6))
    a[s] = ["x", "y"]
    print(a)
for s in [slice(None, None, 2), slice(1, None, 2), slice(None, None, -1), slice(5, 0, -2), slice(None, None, 3)]:
    a = list(range(7))
    n = len(a[s])
    a[s] = list("abcdefg"[:n])
    print(a)
    b = list(range(7))
    del b[s]
    print(b)
a = list(range(5))
try:
    a[::2] = [1, 2]
except ValueError as ex:
    print("ValueError", ex)
try:
    a[1:2] = 5
except TypeError as ex:
    print("TypeError", ex)
a[1:3] = (7, 8, 9)
a[0:0] = range(2)
a[len(a):] = "ab"
print(a)
a[:] = a
print(a)
a[::-1] = a
print(a)
del a[:]
print(a)
l = [1, 2, 3]
l[1:1] = l
print(l)
try:
    l[10] = 1
except IndexError as ex:
    print("IndexError", ex)
try:
    del l[10]
except IndexError as ex:
    print("IndexError", ex)
try:
    l["a"]
except TypeError as ex:
    print("TypeError", ex)
try:
    l[::0]
except ValueError as ex:
    print("ValueError", ex)
print(l[True], l[-1], l[2**70:], l[:-2**70], l[::2**70])
try:
    l[2**70]
except IndexError as ex:
    print("IndexError", ex)
x = [0] * 3
x *= 2
y = 2 * [1, 2]
print(x, y, [1] * -1, [] * 5)
x += "ab"
print(x)
try:
    [1] + (2,)
except TypeError as ex:
    print("TypeError", ex)
try:
    [1] * 2.0
except TypeError as ex:
    print("TypeError", ex)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] <= [], [3] >= [3, 1])
try:
    [1] < [None]
except TypeError as ex:
    print("TypeError", ex)
