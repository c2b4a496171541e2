# eval() of expressions with globals and locals
print(eval("1 + 2"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
print(eval("y * 2", {"y": 21}))
print(eval("a + b", {"a": 1}, {"b": 2}))
def f():
    local = 5
    return eval("local * 3")
print(f())
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_name")
except NameError:
    print("NameError")
