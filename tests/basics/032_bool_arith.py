# bool behaves like int in arithmetic
print(True + True)
print(True * 10)
print(False - 1)
print(True / 2)
print(True << 3)
print(True & False, True | False, True ^ True)
print(-True, ~True)
