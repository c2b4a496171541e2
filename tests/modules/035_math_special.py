# factorial, gamma, lgamma, erf, erfc
import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
def p(*vals):
    print(*["%.8f" % v for v in vals])
p(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10))
p(math.erf(0), math.erf(1), math.erfc(1))
try:
    math.factorial(-1)
except ValueError:
    print("ValueError")
