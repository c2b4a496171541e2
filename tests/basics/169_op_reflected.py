# reflected operators and subclass priority
class L:
    def __rsub__(self, o):
        return "rsub %r" % (o,)
    def __rmul__(self, o):
        return "rmul %r" % (o,)
    def __rtruediv__(self, o):
        return "rtruediv %r" % (o,)
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rpow__(self, o):
        return "rpow %r" % (o,)
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
l = L()
print(1 - l, "s" * l, 2.5 / l, 1 // l, 1 % l, 2 ** l)
print(1 << l, 1 >> l, 1 & l, 1 | l, 1 ^ l)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub())
print(Base() + Base())
