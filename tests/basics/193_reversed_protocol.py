# __reversed__, and reversed() on sequences with __len__/__getitem__
class R:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
print(list(reversed([1, 2, 3])), list(reversed("xy")), list(reversed(range(3))))
