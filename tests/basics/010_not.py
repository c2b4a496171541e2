# not always returns a bool
print(not 0, not 1, not "", not "x")
print(not [], not [1])
print(not not 5)
print(not 1 == 2)
