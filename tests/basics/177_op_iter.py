# the iterator protocol with __iter__ and __next__
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
for v in Count(2):
    print(v)
print(sum(Count(10)))
a, b = Count(2)
print(a, b)
class Iterable:
    def __iter__(self):
        return iter([7, 8])
print(list(Iterable()), 8 in Iterable())
