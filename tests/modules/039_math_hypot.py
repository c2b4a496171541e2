# math.hypot is correctly rounded in CPython (3.10+) for 2 or more
# arguments; it sums the squares with their exact rounding errors. On the
# boards newlib's fma rounds twice, so it cannot find those errors (the
# results were an ulp off, e.g. hypot(2.0, 2.0)).
import math

print(repr(math.hypot(2.0, 2.0)))
print(repr(math.hypot(1.0, 1.0)))
print(repr(math.hypot(3, 4)))
print(repr(math.hypot(1e-300, 1e-300)))
print(repr(math.hypot(1e300, 1e300)))
print(repr(math.hypot(0.1, 0.2)))
print(repr(math.hypot(0.1, 0.2, 0.3)))
print(repr(math.hypot(3, 4, 5)))
print(repr(math.hypot(1.5, 2.5, 3.5, 4.5)))
print(repr(math.hypot(-7.25)))
print(repr(math.hypot()))
print(repr(math.hypot(5e-324, 5e-324)))
print(repr(math.hypot(1.7976931348623157e308, 1.0)))
print(repr(math.hypot(float('inf'), float('nan'))))
print(repr(math.hypot(float('nan'), 1.0)))
x = 1.0
for i in range(20):
    x = x * 1.37 + 0.11
    print(repr(math.hypot(x, 1.0 / x)), repr(math.hypot(x, x / 3, 2.0)))
