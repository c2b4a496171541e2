# nested comprehensions
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print([y for x in [[1, 2], [3]] for y in x])
