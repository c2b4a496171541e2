# A chain of unary operators compiles in time linear in its length
# (constant folding must not look at each operand twice).
for n in (10, 25, 100, 101):
    src = "-" * n + "1"
    print(n, eval(src), eval("+" * n + "2"), eval("~" * n + "3"), eval("- + ~ " * (n // 3) + "4"))
# Longer chains may hit a limit instead, but quickly.
for n in (1000, 100000):
    try:
        v = eval("-" * n + "1")
        print(n, "done" if v == 1 else v)
    except (RecursionError, MemoryError):
        print(n, "done")
print(eval("-(-(-(-(1))))"), eval("(-(-1)) ** 2"), eval("--1.5"), eval("-~-~5"))
