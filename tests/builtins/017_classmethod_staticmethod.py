# classmethod() and staticmethod() used as plain functions
class C:
    name = "C"
    def _cm(cls, x):
        return cls.name + x
    cm = classmethod(_cm)
    sm = staticmethod(lambda x: x * 2)
class D(C):
    name = "D"
print(C.cm("!"), D.cm("?"), D().cm("."))
print(C.sm(4), C().sm("ab"))
print(type(C.__dict__["cm"]).__name__, type(C.__dict__["sm"]).__name__)
