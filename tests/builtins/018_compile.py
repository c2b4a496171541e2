# compile() with exec and eval modes
code = compile("x = 6 * 7", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["x"])
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e))
code2 = compile("for i in range(3): out.append(i)", "<loop>", "exec")
g = {"out": []}
exec(code2, g)
print(g["out"])
try:
    compile("x = = 1", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError")
