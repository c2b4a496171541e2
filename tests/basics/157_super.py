# zero-argument super()
class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return "base " + str(self.v)
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return super().describe() + " child " + str(self.w)
c = Child(1, 2)
print(c.v, c.w)
print(c.describe())
class Grand(Child):
    def describe(self):
        return "[" + super().describe() + "]"
print(Grand(3, 4).describe())
