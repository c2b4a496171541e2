# zip and map are lazy iterators
log = []
def g(n):
    for i in range(n):
        log.append(i)
        yield i
z = zip(g(5), "ab")
print(log)
print(list(z), log)
m = map(lambda v: v * 10, g(2))
print(log[-1], next(m), log[-1])
