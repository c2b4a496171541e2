# set() constructor
print(sorted(set()), sorted(set("hello")), sorted(set([3, 1, 3])), sorted(set(range(3))))
print(sorted(set({"a": 1, "b": 2})), sorted(set((1, 1))), len(set(x % 3 for x in range(10))))
s = {1}
t = set(s)
t.add(2)
print(sorted(s), sorted(t))
try:
    set(1)
except TypeError:
    print("TypeError")
