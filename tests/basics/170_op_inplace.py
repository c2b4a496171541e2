# in-place operators fall back to binary ones
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return Num(self.v * o)
a = Acc()
b = a
a += 1
a += 2
a -= 1
print(a is b, a.items)
n = Num(3)
m = n
n *= 4
print(n.v, m.v, n is m)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
tt = t
t += (2,)
print(t, tt)
