# local, enclosing, global, builtin lookup order
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    print = lambda *a: None
    print("invisible")
    return "local print"
print(f())
def g():
    try:
        return x
    finally:
        pass
x = "late global"
print(g())
def h():
    try:
        y = y + 1
    except UnboundLocalError:
        return "UnboundLocalError"
y = 1
print(h())
print(issubclass(UnboundLocalError, NameError))
