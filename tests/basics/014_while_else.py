# while-else runs the else clause unless the loop breaks
i = 0
while i < 3:
    i += 1
else:
    print("done", i)
i = 0
while i < 10:
    if i == 4:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
