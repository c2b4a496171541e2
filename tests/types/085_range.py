# range objects
r = range(2, 20, 3)
print(r, len(r), list(r))
print(r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:3], list(r[::-1]), r[::2])
print(5 in r, 6 in r)
print(range(5) == range(0, 5), range(0) == range(3, 3), range(0, 4, 2) == range(0, 3, 2))
print(list(range(10, 0, -3)), len(range(10, 0)), list(range(-3)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
print(len(range(0, 10 ** 9, 7)))
print(range(10 ** 9)[-1])
