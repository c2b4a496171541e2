# walrus in a comprehension binds in the enclosing scope
vals = [1, 5, 2, 8]
big = [y for x in vals if (y := x * 2) > 5]
print(big, y)
def last_seen():
    [(last := v) for v in "abc"]
    return last
print(last_seen())
total = 0
sums = [total := total + v for v in range(5)]
print(sums, total)
