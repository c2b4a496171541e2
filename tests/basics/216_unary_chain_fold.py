# Chains of unary operators: constants are folded from the inside out for as
# long as each step is certain; the rest runs at run time.
x = 5
f = 2.5
print(-~-1, ~-1, ~+~-7, -+-+-3.25, --1j, -(-(2**70)), ~~(2**70), ~-(2**65))
print(- - x, -~x, ~-x, not -1, not not 0, -(not 0), ~(not 1), -~True)
print(-0.0, - -0.0, -(0), +-0.0, (-1, -~2, (- -3,)), [not 1, - - -f])
for src in ("~1.5", "~-1.5", "-~-~2.0", "-'a'", "- - ~'a'", "~ - -1j"):
    try:
        print(src, eval(src))
    except TypeError:
        print(src, "TypeError")
# Long chains fold (or run) to the same values whatever their kind.
for n in (50, 51, 200):
    print(n, eval("-" * n + "x"), eval("- ~" * n + "x"), eval("not " * n + "x"),
          eval("-" * n + "~" * n + "1"), eval("~" * n + "-" * n + "2"),
          eval("+" * n + "-x"), eval("- " * n + "(2**70)"))
def g(v):
    return - - - ~ ~ -v, -~-~-~7
print(g(3))
