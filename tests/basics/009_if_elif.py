# if/elif/else chains pick the first true branch
n = -2
while n < 200:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
    if n < 1:
        n = n + 1
    else:
        n = n * 7
x = 5
if x > 1:
    print("first true branch")
elif x > 2:
    print("not reached")
else:
    print("not reached")
