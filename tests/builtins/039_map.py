# map() with one and several iterables
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(len, ["a", "bb"])
print(next(m), next(m), next(m, "end"))
print(list(map(int, "123")))
