# converting big ints to and from strings
n = 2 ** 200
s = str(n)
print(s, len(s))
print(int(s) == n)
print(hex(n), oct(2 ** 70), bin(2 ** 65))
print(str(-(10 ** 50)))
print(int("-" + "9" * 40) + 1)
print(repr(10 ** 19), repr(-(2 ** 63)))
