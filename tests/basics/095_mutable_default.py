# a default value is evaluated once when the function is defined
def f(item, acc=[]):
    acc.append(item)
    return acc
print(f(1))
print(f(2))
print(f(3, []))
n = 5
def g(x=n):
    return x
n = 6
print(g())
