# Object-oriented code: class instantiation, method calls, attribute
# reads/writes, inheritance with super(), properties-free plain attributes.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    def __init__(self, name):
        self.name = name
        self.hits = 0

    def area(self):
        return 0

    def touch(self):
        self.hits += 1
        return self.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Tri(Shape):
    def __init__(self, b, h):
        Shape.__init__(self, "tri")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1

    def get(self):
        return self.n


def vec_work(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    total = 0
    for i in range(n):
        acc = acc.add(step)
        total += acc.dot(step) % 7
        if i % 1000 == 0:
            acc.scale(0)
    return total + acc.x + acc.y


def shape_work(n):
    shapes = []
    for i in range(100):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i, i + 1))
        elif k == 1:
            shapes.append(Square(i))
        else:
            shapes.append(Tri(i, i + 2))
    total = 0
    for r in range(n):
        for s in shapes:
            total += s.touch()
    hits = 0
    for s in shapes:
        hits += s.hits + len(s.name)
    return total + hits


def counter_work(n):
    c = Counter()
    for i in range(n):
        c.inc()
        if c.get() % 3 == 0:
            c.inc()
    return c.get()


def main():
    print(vec_work(700000), shape_work(6000), counter_work(800000))


main()
