# Long and deep constructs that are not brackets: each compiles and runs,
# or is rejected with an exception, never a crash. Where the limit is the
# C stack or the heap (RecursionError, MemoryError: "limit" below) CPython
# and Minnow draw the line in different places, so each case lists the
# outcomes it accepts and the test prints only whether the outcome was one.
def f(*args):
    return f


def outcome(src, mode):
    try:
        code = compile(src, "<long>", mode)
        exec(code, {"f": f, "x": [[0]], "a": 1, "m": None})
        return "ok"
    except (RecursionError, MemoryError):
        return "limit"
    except SyntaxError as e:
        return type(e).__name__


def check(name, src, allowed=("ok", "limit"), mode="exec"):
    got = outcome(src, mode)
    print(name, "as expected" if got in allowed else "unexpected " + got)


check("sum 300000", "y = " + "1+" * 299999 + "1")
check("sum 3000", "y = " + "1+" * 2999 + "1")
check("sum 100", "y = " + "1+" * 99 + "1", ("ok",))
check("lambdas 20000", "g = " + "lambda: " * 20000 + "1")
check("lambdas 50", "g = " + "lambda: " * 50 + "1", ("ok",))
check("not 50000", "y = " + "not " * 50000 + "1")
check("power 100000", "y = " + "2**" * 100000 + "1")
check("attrs 100000", "y = f" + ".b" * 100000)
check("calls 100000", "y = f" + "()" * 100000)
check("subscripts 100000", "y = x" + "[0]" * 100000)
check("compare 100000", "y = " + "1<" * 100000 + "1")
check("and 50000", "y = " + "a and " * 50000 + "a")
check("ifelse 20000", "y = " + "a if a else " * 20000 + "a")
check("targets 100000", "a" + "=a" * 100000)
check("strings 50000", "y = " + "'a' " * 50000)
check("tuple 100000", "y = " + "1," * 100000)
check("fstring 100", "y = " + "f'{" * 100 + "1" + "}'" * 100, ("SyntaxError", "limit"))
check("decorators 10000", "@f\n" * 10000 + "def g(): pass")
check("dotted import 10000", "if 0: import " + ".".join(["m"] * 10000))
check("walrus 150", "y = " + "(z := " * 150 + "1" + ")" * 150)

nested = ("ok", "IndentationError", "SyntaxError", "limit")
src = ""
for i in range(100):
    src += " " * i + "if a:\n"
src += " " * 100 + "pass\n"
check("blocks 100", src, nested)

src = ""
for i in range(1000):
    src += " " * i + "while a:\n"
src += " " * 1000 + "break\n"
check("blocks 1000", src, nested)

src = ""
for i in range(300):
    src += " " * i + "def g():\n"
src += " " * 300 + "return 1\n"
check("defs 300", src, nested)

src = ""
for i in range(300):
    src += " " * i + "try:\n" + " " * (i + 1) + "pass\n" + " " * i + "finally:\n"
src += " " * 300 + "pass\n"
check("try 300", src, nested)

src = ""
for i in range(300):
    src += " " * i + "class C:\n"
src += " " * 300 + "pass\n"
check("classes 300", src, nested)

src = ""
for i in range(20):
    src += " " * i + "for i in x:\n"
src += " " * 20 + "pass\n"
check("loops 20", src, ("ok",))

check("listcomp 1000", "y = [" + "x for x in [1] " * 1000 + "]", nested)
check("lambda args 10000", "y = lambda " + ",".join("a%d" % i for i in range(10000)) + ": 1")
check("call args 10000", "y = f(" + "a," * 10000 + ")")
check("dict 10000", "y = {" + ",".join("%d: a" % i for i in range(10000)) + "}")
check("after all", "y = 1 + 2", ("ok",))
