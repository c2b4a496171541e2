# set displays (printed sorted: iteration order is not defined)
s = {3, 1, 2, 3}
print(len(s), sorted(s))
print(2 in s, 5 in s)
s.add(9)
print(sorted(s))
print(sorted({"b", "a"}))
print(set() == set(), {1} == {1}, {1} == {2})
print(type({}).__name__, type({1}).__name__)
