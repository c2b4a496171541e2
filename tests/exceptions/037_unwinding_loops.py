# exceptions leaving nested loops and functions
def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration((r, c))
    except StopIteration as s:
        return s.value
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
total = 0
for i in range(5):
    try:
        if i == 3:
            raise ValueError
        total += i
    except ValueError:
        total += 100
print(total)
