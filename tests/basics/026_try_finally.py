# finally always runs
def f():
    try:
        print("try")
        raise ValueError("v")
    finally:
        print("finally")
try:
    f()
except ValueError:
    print("caught after finally")
def g():
    try:
        return "from try"
    finally:
        print("finally before return")
print(g())
for i in range(2):
    try:
        print("loop", i)
    finally:
        print("fin", i)
