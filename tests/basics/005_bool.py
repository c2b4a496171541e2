# True and False
print(True, False)
print(not True, not False)
print(True == 1, False == 0)
print(True is True)
print(1 == 1, 1 == 2)
print(type(True).__name__)
