# nonlocal across several levels and shared cells
def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c
    inc = b()
    inc()
    inc()
    def get():
        return x
    return get, inc
get, inc = a()
print(get())
inc()
print(get())
def loop_cells():
    fs = []
    for i in range(3):
        def make(j=i):
            v = j
            def g():
                nonlocal v
                v += 100
                return v
            return g
        fs.append(make())
    return [f() for f in fs]
print(loop_cells())
