# range() constructor forms
print(list(range(4)), list(range(1, 4)), list(range(1, 10, 4)), list(range(5, 0, -2)))
print(range(3), range(1, 3), range(1, 3, 2))
try:
    range(1.5)
except TypeError:
    print("TypeError")
try:
    range()
except TypeError:
    print("TypeError no args")
print(sum(range(101)), max(range(7)), 3 in range(0, 10, 3))
