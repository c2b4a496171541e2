# Deeply nested source is rejected with an exception (SyntaxError, or
# RecursionError / MemoryError where the limit is the stack or the heap),
# never a crash of the parser or the compiler.
def check(name, src, mode="exec"):
    try:
        compile(src, "<deep>", mode)
        print(name, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(name, type(e).__name__)


N = 100000
check("parens", "(" * N + ")" * N)
check("brackets", "[" * N + "]" * N)
check("braces", "{" * N + "}" * N)
check("mixed", "([{" * (N // 3) + "}])" * (N // 3))
check("unclosed", "(" * N)
check("eval parens", "(" * N + "1" + ")" * N, "eval")
check("calls", "f" + "(" * N + ")" * N)
check("subscripts", "x" + "[" * N + "0" + "]" * N)
check("200 parens", "(" * 200 + "1" + ")" * 200)
check("50 parens", "x = " + "(" * 50 + "1" + ")" * 50)
check("50 lists", "x = " + "[" * 50 + "]" * 50)
