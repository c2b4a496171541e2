# Compile-time error messages that reach the user through helpers (tables,
# message pieces joined around a name): a board build stores them
# compressed, so each must read exactly as CPython's.

def compile_error(src):
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# scope analysis
compile_error("def f(a):\n    global a\n")
compile_error("def f(a):\n    nonlocal a\n")
compile_error("def f():\n    x = 1\n    global x\n")
compile_error("def f():\n    print(x)\n    global x\n")
compile_error("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n")
compile_error("def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n")
compile_error("def f(a, a): pass\n")
compile_error("[(yield x) for x in y]\n")
compile_error("{(yield x) for x in y}\n")
compile_error("{x: (yield x) for x in y}\n")
compile_error("((yield x) for x in y)\n")
compile_error("from __future__ import braces_please\n")
