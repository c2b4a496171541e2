# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "a Both"
class ReprOnly:
    def __repr__(self):
        return "R!"
b = Both()
print(b)
print(str(b), repr(b))
print([b])
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print("%s %r" % (b, b))
print({"k": b})
