# tuple methods and behaviour
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
print(t + (4,), t * 2, t[::-1], t[1:3])
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable")
t2 = ([],)
t2[0].append(1)
print(t2)
