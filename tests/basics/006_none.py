# None
x = None
print(x)
print(x is None, x is not None)
print(None == None)
print(not None)
def f():
    pass
print(f())
print(type(None).__name__)
