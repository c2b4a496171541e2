# global declarations
counter = 0
def incr():
    global counter
    counter += 1
incr()
incr()
print(counter)
def make_new():
    global fresh
    fresh = "created"
make_new()
print(fresh)
x = "global"
def read_only():
    return x
print(read_only())
def shadow():
    x = "local"
    return x
print(shadow(), x)
