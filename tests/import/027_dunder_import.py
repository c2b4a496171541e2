# __import__ on dotted names returns the top package
top = __import__("pkg.sub")
print(top.__name__, top.sub.SUB)
m = __import__("_mod_a")
print(m.value)
