# comprehension variables do not leak; the first iterable is evaluated outside
x = "outer"
print([x for x in range(3)])
print(x)
n = 3
print([i * n for i in range(n)])
def f():
    y = 10
    return [y + i for i in range(2)]
print(f())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
