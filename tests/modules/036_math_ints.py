# math functions accept ints and big ints
import math
print(math.sqrt(4), math.floor(7), math.ceil(-7), math.fabs(-3))
print(math.sqrt(2 ** 100) == 2.0 ** 50)
print(math.log(2 ** 100, 2) > 99.99)
print("%.6f" % math.exp(True))
print(math.trunc(2 ** 70) == 2 ** 70)
