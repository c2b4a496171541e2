# list indexing edge cases
a = [10, 20, 30]
print(a[-3], a[2])
for i in (3, -4, 100):
    try:
        a[i]
    except IndexError:
        print("IndexError", i)
try:
    a[3] = 1
except IndexError:
    print("IndexError store")
try:
    a["0"]
except TypeError:
    print("TypeError")
try:
    del a[5]
except IndexError:
    print("IndexError del")
