# objects with only __getitem__ are iterable until IndexError
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()))
print(9 in Squares(), 10 in Squares())
for v in Squares():
    print(v)
