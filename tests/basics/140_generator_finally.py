# try/finally inside generators
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
print(list(g()))
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("end", i)
for v in h():
    print("got", v)
