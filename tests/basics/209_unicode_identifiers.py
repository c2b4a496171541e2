# non-ascii identifiers
café = "coffee"
print(café)
π = 3.14
print(π * 2)
def größe(x):
    return x * 2
print(größe(21))
class Über:
    ñ = 1
print(Über.ñ)
变量 = "chinese"
print(变量)
