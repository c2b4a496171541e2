# repr(float) reads back as the same float
import_free = [1 / 7, 2 ** 0.5, 1e-300, 12345.6789, 4.35, 0.1 * 3, 1e21, 1e-7]
for v in import_free:
    r = repr(v)
    print(r, float(r) == v)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
