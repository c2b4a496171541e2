# __getitem__ receives slice objects
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
s = Seq()
print(s[1])
print(s[1:2])
print(s[::3])
print(s[:])
print(s[1:2, 3])
print(s["key"])
print(s[-1])
