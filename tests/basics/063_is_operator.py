# identity tests
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c)
print(a == c)
print(None is None)
x = True
print(x is True)
