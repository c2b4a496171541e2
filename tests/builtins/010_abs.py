# abs() on numbers and objects with __abs__
print(abs(-5), abs(5), abs(0), abs(-2 ** 70), abs(-1.5), abs(3 - 4j), abs(True))
print(abs(-0.0), abs(float("-inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
