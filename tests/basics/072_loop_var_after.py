# loop variables keep their last value
for i in range(5):
    pass
print(i)
for ch in "xyz":
    pass
print(ch)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
j = "unchanged"
for j in []:
    pass
print(j)
