# break and continue in while and for loops
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    print("n", n)
    if n == 5:
        break
