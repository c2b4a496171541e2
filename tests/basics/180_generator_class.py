# generator methods and __iter__ written as a generator
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
print(sum(t), max(t))
class Evens:
    def __init__(self, n):
        self.n = n
    def gen(self):
        for i in range(0, self.n, 2):
            yield i
print(list(Evens(7).gen()))
