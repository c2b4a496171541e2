# augmented assignment to attributes, subscripts and slices
class C:
    v = 1
c = C()
c.v += 5
print(c.v, C.v)
a = [1, 2, 3]
a[1] *= 10
print(a)
d = {"k": [1]}
d["k"] += [2]
print(d)
calls = []
def idx():
    calls.append("idx")
    return 0
a[idx()] += 1
print(a, calls)
a[0:2] += [9]
print(a)
