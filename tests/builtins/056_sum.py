# sum() with start values
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(100)), sum([0.1] * 10))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1.5, 2]), sum([2 ** 64, 2 ** 64]))
print(sum(x * x for x in range(5)), sum([True, True, False]), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
