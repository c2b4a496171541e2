# format() builtin
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","))
print(format(0.5, "%"), format(255, "#x"), format(-1, "+"), format(10, ""))
print(repr(format(None, "")), format([1], ""))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), format(F()))
try:
    format(object(), "x")
except TypeError:
    print("TypeError")
