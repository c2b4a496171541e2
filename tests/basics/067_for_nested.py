# nested loops and breaking the inner one
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j)
result = []
for a in "ab":
    for b in "xy":
        result.append(a + b)
print(result)
