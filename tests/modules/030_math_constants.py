# math constants
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan != math.nan)
print(math.pi * 2 == math.tau)
