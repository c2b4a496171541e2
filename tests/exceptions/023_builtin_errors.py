# builtin operations raise the right exception class
cases = [
    lambda: 1 / 0, lambda: [][0], lambda: {}["k"], lambda: int("x"),
    lambda: None.attr, lambda: 1 + "s", lambda: undefined_xyz, lambda: (1).__foo__,
    lambda: [].pop(), lambda: "abc".index("z"), lambda: iter(5), lambda: next(iter([])),
    lambda: int(float("nan")), lambda: chr(-5), lambda: 10 ** 1000 * 1.0,
    lambda: "%d" % "s", lambda: b"".decode("utf-8").encode("ascii")[5],
]
for c in cases:
    try:
        c()
        print("no exception")
    except Exception as e:
        print(type(e).__name__)
