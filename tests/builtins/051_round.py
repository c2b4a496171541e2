# round() on ints and floats
print(round(0.5), round(1.5), round(2.675, 2), round(-0.5), round(3.14159, 3))
print(round(5), round(15, -1), round(25, -1), round(-15, -1), round(2 ** 70, -20))
print(round(1e20), round(123.456, -1), round(0.0), round(-1.7))
class R:
    def __round__(self, n=None):
        return "rounded %r" % (n,)
print(round(R()), round(R(), 2))
try:
    round(float("inf"))
except OverflowError:
    print("OverflowError")
