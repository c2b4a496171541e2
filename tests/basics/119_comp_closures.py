# lambdas made in comprehensions
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def outer(k):
    return [lambda x: x + k + j for j in range(2)]
print([f(100) for f in outer(10)])
