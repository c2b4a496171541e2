# unary operators and abs
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
    def __abs__(self):
        return "abs"
u = U()
print(-u, +u, ~u, abs(u))
try:
    -object()
except TypeError:
    print("TypeError")
