# float() constructor
print(float(), float(1), float(-2.5), float("3.25"), float(" 1e-3 "), float("-.5"))
print(float("INF"), float("-inf"), float("nan"), float(True), float(10 ** 20))
class F:
    def __float__(self):
        return 1.25
print(float(F()))
for bad in ("1,5", "one", "", "1e"):
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    float([])
except TypeError:
    print("TypeError")
