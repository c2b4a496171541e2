# __name__, __class__, __dict__, __bases__
class Base:
    pass
class C(Base):
    x = 1
    def m(self):
        pass
c = C()
c.y = 2
print(C.__name__, c.__class__.__name__, c.__class__ is C)
print(C.__bases__ == (Base,), Base.__bases__ == (object,))
print(c.__dict__)
print("x" in C.__dict__, "m" in C.__dict__, "y" in C.__dict__)
c.__dict__["z"] = 3
print(c.z)
