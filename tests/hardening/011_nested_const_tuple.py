# Constant folding of nested tuples takes time linear in their size (each
# item is folded once, not checked and then folded again).
for d in (1, 2, 10, 40, 60):
    src = "(" * d + "1, -2," + "), " * (d - 1) + ")"
    t = eval(src)
    n = 0
    while isinstance(t, tuple):
        last = t[-1]
        t = t[0] if len(t) == 1 else last
        n += 1
    print(d, n, t)
# Items that are not all constant still compile, and keep their order.
x = 5
print(((1, 2), (x, -3), ((-1, +2), ~4)))
print((((1,),), ((x,),)))
print(("a", (-1.5, ("b",)), -(-2)))
# A unary chain inside a tuple is folded by the same code.
for n in (3, 40, 61):
    print(n, eval("(" + "-" * n + "1, " + "+-" * n + "2)"))
