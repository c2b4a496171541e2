# for over ranges
for i in range(3):
    print(i)
for i in range(2, 5):
    print(i)
for i in range(10, 0, -3):
    print(i)
for i in range(0):
    print("never")
print(i)
