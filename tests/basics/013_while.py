# while loops
i = 0
while i < 5:
    print(i)
    i += 1
total = 0
n = 10
while n:
    total += n
    n -= 1
print(total)
