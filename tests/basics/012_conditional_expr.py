# x if c else y
for n in range(4):
    print("even" if n % 2 == 0 else "odd")
x = 1 if False else 2 if False else 3
print(x)
def side(v):
    print("eval", v)
    return v
print(side(1) if side(True) else side(2))
