# list displays and basic list operations
a = [1, 2, 3]
print(a, len(a))
print([])
print([1, "two", 3.0, None, [4]])
a[0] = 10
print(a)
print(a + [4], a * 2)
print([1, 2] == [1, 2], [1, 2] < [1, 3])
a.append(7)
print(a[-1], a)
