# nonlocal declarations
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
    inner()
    inner()
    return x
print(outer())
def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = "c"
        c()
    b()
    return v
print(a())
