# bytearray mutation: items, slices with steps, aliasing and growth
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 70
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[1:4] = b""
print(ba)
ba[::2] = b"12"
print(ba)
ba[::-2] = bytearray(b"yz")
print(ba)
ba[len(ba):] = [33, 34]
print(ba)
ba[:0] = memoryview(b">")
print(ba)
ba[2:4] = range(48, 52)
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::3]
print(ba)
del ba[::-2]
print(ba)
del ba[:]
print(ba, len(ba))
b2 = bytearray(b"abc")
b2[0:1] = b2
print(b2)
b2.extend(b2)
print(b2)
b2[::2] = b2[1::2]
print(b2)
b2 += b2[:2]
b2 *= 2
print(b2)
b3 = bytearray(b"xy")
b3 *= 0
print(b3)
for bad in (lambda: ba.__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(5, 1),
            lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"a").__setitem__(slice(0, 1), "s"),
            lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"),
            lambda: bytearray(b"a").__delitem__(3), lambda: bytearray(b"a").__setitem__("i", 1)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
c = bytearray()
for i in range(300):
    c.append(i % 256)
print(len(c), c[255], c[299], sum(c))
c.insert(0, 1)
c.insert(-1, 2)
c.insert(1000, 3)
print(c[:2], c[-3:], c.pop(), c.pop(0), c.pop(-2), len(c))
c.remove(2)
c.reverse()
print(c[:3], c.count(b"\x00"), c.index(43))
d = c.copy()
d.clear()
print(d, len(c))
for bad in (lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(9),
            lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend([1, "x"]),
            lambda: bytearray(b"a").insert(0, 300)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__)
e = bytearray(b"keep")
try:
    e.extend([1, 2, 256])
except ValueError:
    print("ValueError", e)
e.extend(x for x in (65, 66))
print(e, e == b"keepAB", e < b"kz", bytearray(b"b") > bytearray(b"a"), b"x" + bytearray(b"y"))
try:
    e += [1]
except TypeError:
    print("TypeError")
f = bytearray(5)
f.__init__(b"re")
print(f)
