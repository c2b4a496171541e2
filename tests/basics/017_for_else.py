# for-else
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no 5")
for x in [4, 5, 6]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
for x in []:
    pass
else:
    print("empty loop else")
