# class methods receive the class
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return cls.__name__ + " has " + str(cls.sides)
    @classmethod
    def create(cls):
        return cls()
class Square(Shape):
    sides = 4
print(Shape.describe(), Square.describe())
print(Square().describe())
print(type(Square.create()).__name__)
