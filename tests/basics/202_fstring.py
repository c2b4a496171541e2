# basic f-strings
name = "world"
n = 42
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{'nested'} {name.upper()}")
print(f"{{literal braces}} {n}")
print(f"{[1, 2][1]} {dict(a=1)['a']}")
print(F"capital F {n}")
print(f"")
print(f"{n}{n}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
