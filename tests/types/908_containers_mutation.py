# containers changed by user code (__eq__, __hash__, __repr__, key
# functions) while they are being used: must stay consistent and safe
class Evil:
    def __init__(self, target, h):
        self.target = target
        self.h = h
        self.armed = True
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        if self.armed:
            self.armed = False
            self.target.clear()
        return False
d = {}
e1 = Evil(d, 5)
d[e1] = 1
e2 = Evil(d, 5)
print(e2 in d, len(d))
d[e2] = 2
print(len(d))
big = {i: i for i in range(100)}
class Grow:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        for i in range(100, 400):
            big[i] = i
        return False
print(Grow() in big, len(big), big[399])
l = [1, 2, 3, 4]
class Shrink:
    def __eq__(self, other):
        l.clear()
        return False
print(Shrink() in l, l)
l = [1, 2, 3]
try:
    l.remove(Shrink())
except ValueError as ex:
    print("ValueError", ex)
print(l)
l = [5, 6, 7]
print(l.count(Shrink()), l)
l = [5, 6, 7]
try:
    l.index(Shrink())
except ValueError:
    print("ValueError index")
a = [1, 2, 3]
class EqClear:
    def __eq__(self, other):
        a.clear()
        return True
print([EqClear(), 2, 3] == a, a)
s = {1, 2, 3}
class SetEvil:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        s.clear()
        return False
print(SetEvil() in s, s)
p = {}
class R:
    def __repr__(self):
        p.clear()
        return "R"
p[1] = R()
p[2] = R()
print(repr(p) in ("{1: R, 2: R}", "{1: R}"), p)
q = [R(), 1]
class RL:
    def __repr__(self):
        q.clear()
        return "RL"
q = [RL(), 1, 2]
print(q, q)
w = {1: 1}
class Inserter:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        for i in range(2, 50):
            w[i] = i
        return False
w[Inserter()] = "x"
print(len(w))
