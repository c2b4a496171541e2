# closures created in a loop share the loop variable
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print([g() for g in gs])
def make(i):
    return lambda: i * 10
hs = [make(i) for i in range(3)]
print([h() for h in hs])
