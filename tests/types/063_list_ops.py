# list operators and comparisons
a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, [] * 5)
print([1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]])
print(a == (1, 2), a != [1, 2])
a[len(a):] = [3]
print(a)
print([[]] * 2, [0] * -1)
x = [1]
x.append(x)
print(len(x), x[1] is x)
print(list("abc"), list((1, 2)), list({"k": 1}))
