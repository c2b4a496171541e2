# __init__ arguments and defaults
class Box:
    def __init__(self, w=1, h=1, *, label="box"):
        self.area = w * h
        self.label = label
print(Box().area, Box(2).area, Box(2, 3).area, Box(label="b").label)
try:
    Box(1, 2, 3)
except TypeError:
    print("TypeError")
class Bad:
    def __init__(self):
        return None
print(type(Bad()).__name__)
