# zip() stops at the shortest input
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(range(3), range(10, 13), "xyz")))
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets)
z = zip([1, 2], [3, 4])
print(next(z), list(z))
print(dict(zip("ab", [1, 2])))
