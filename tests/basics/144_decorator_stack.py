# stacked decorators apply bottom-up
def a(fn):
    print("apply a")
    return lambda: "a(" + fn() + ")"
def b(fn):
    print("apply b")
    return lambda: "b(" + fn() + ")"
@a
@b
def f():
    return "f"
print(f())
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register("x")
@register("y")
def g():
    return "g"
print(sorted(registry), registry["x"] is registry["y"])
