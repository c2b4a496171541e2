# read-only property
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
try:
    c.area = 5
except AttributeError:
    print("AttributeError")
print(type(Circle.area).__name__)
