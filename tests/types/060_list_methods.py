# list mutation methods
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(2)
print(a)
try:
    a.remove(99)
except ValueError:
    print("ValueError")
try:
    [].pop()
except IndexError:
    print("IndexError")
