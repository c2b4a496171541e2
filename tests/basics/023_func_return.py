# return values, early returns, multiple values
def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1
print(sign(-5), sign(0), sign(9))
def pair():
    return 1, 2
print(pair())
a, b = pair()
print(a + b)
def bare():
    return
print(bare())
