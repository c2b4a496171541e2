# sqrt, exp, log and pow (rounded to stay portable)
import math
def p(*vals):
    print(*["%.10f" % v for v in vals])
p(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(0))
p(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
p(math.pow(2, 0.5), math.pow(10, -2))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.log(0)
except ValueError:
    print("ValueError log")
