# sets of various elements and set equality
print(set() == set(), {1, 2} == {2, 1}, {1} != {1.0})
print(sorted(set("hello")), len(set([1, 1, 1])))
print(sorted(set(range(5)) - {0}))
s = {(1, 2), (1, 2), "a", 3}
print(len(s), (1, 2) in s)
try:
    {[1]}
except TypeError:
    print("TypeError")
print(set() | {1} == {1}, bool(set()), bool({0}))
c = {1, 2}.copy()
c.add(3)
print(sorted(c))
