# Compile-time error messages that reach the user through helpers (tables,
# message pieces joined around a name): a board build stores them
# compressed, so each must read exactly as CPython's.

def compile_error(src):
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# what an assignment target is called
compile_error("f() = 1\n")
compile_error("a if b else c = 1\n")
compile_error("del f()\n")
compile_error("(a := 1) = 2\n")
compile_error("{1: 2} = 3\n")
compile_error("{1, 2} = 3\n")
compile_error("lambda: 1 = 2\n")
compile_error("a < b = 3\n")
compile_error("f() += 1\n")
compile_error("(x for x in y) = 1\n")
compile_error("[x for x in y] = 1\n")
compile_error("f'{a}' = 1\n")
compile_error("... = 1\n")
compile_error("await x = 1\n")
compile_error("yield = 1\n")
# the lexer on bad UTF-8 (outside string literals and comments, where
# CPython's own messages are the decoder's)
compile_error(b"x\xff = 1\n")
compile_error(b"x\xc3")
