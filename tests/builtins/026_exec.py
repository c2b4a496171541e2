# exec() of statements into namespaces
g = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", g)
print(g["a"], g["b"], g["f"]())
exec("x = 42")
print(x)
l = {}
exec("y = 5", {}, l)
print(l)
src = """
class K:
    v = 3
res = K.v * 2
"""
ns = {}
exec(src, ns)
print(ns["res"])
print(exec("1"))
