# powers producing big ints
print(3 ** 100)
print((-3) ** 51)
print(10 ** 40)
print(2 ** 200 // 2 ** 190)
print(7 ** 77 % 1000)
print(len(str(2 ** 1000)))
