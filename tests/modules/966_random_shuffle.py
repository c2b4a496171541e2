# random.shuffle (CPython's, not in MicroPython's random)
import random
try:
    random.shuffle
except AttributeError:
    print("SKIP")
    raise SystemExit

l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), l != list(range(20)))
b = bytearray(range(30))
random.shuffle(b)
print(sorted(b) == list(range(30)), b != bytearray(range(30)))
for x in ([], [1]):
    random.shuffle(x)
    print(x)
random.seed(3)
a = list(range(10))
random.shuffle(a)
random.seed(3)
c = list(range(10))
random.shuffle(c)
print(a == c)
try:
    random.shuffle((1, 2, 3))
except TypeError:
    print("TypeError")
