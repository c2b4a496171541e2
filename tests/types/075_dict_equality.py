# dict comparisons
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({} == {}, {1: []} == {1: []})
try:
    {} < {}
except TypeError:
    print("TypeError")
d = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del d[i]
print(len(d), d[99], sum(d))
