# globals() and locals()
g = globals()
print("print" not in g, "__name__" in g, g["__name__"])
g["made_here"] = 7
print(made_here)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print(globals() is g)
