# every binary arithmetic special method
class R:
    def __init__(self, name):
        self.name = name
    def _op(op):
        return lambda self, other: "%s %s %s" % (self.name, op, other)
    __sub__ = _op("-")
    __mul__ = _op("*")
    __truediv__ = _op("/")
    __floordiv__ = _op("//")
    __mod__ = _op("%")
    __pow__ = _op("**")
    __lshift__ = _op("<<")
    __rshift__ = _op(">>")
    __and__ = _op("&")
    __or__ = _op("|")
    __xor__ = _op("^")
    __matmul__ = _op("@")
r = R("r")
for v in (r - 1, r * 2, r / 3, r // 4, r % 5, r ** 6, r << 7, r >> 8, r & 9, r | 10, r ^ 11, r @ 12):
    print(v)
