# __eq__ and __hash__ for dict keys and sets
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): "one"}
print(d[Key(1)])
print(len({Key(2), Key(2), Key(3)}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly()}
except TypeError:
    print("TypeError unhashable")
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
print(hash(5) == hash(5), hash((1, 2)) == hash((1, 2)))
