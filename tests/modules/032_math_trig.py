# trigonometric and hyperbolic functions
import math
def p(*vals):
    print(*["%.9f" % v for v in vals])
p(math.sin(0), math.sin(math.pi / 2), math.cos(0), math.cos(math.pi))
p(math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1))
p(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
p(math.sinh(1), math.cosh(1), math.tanh(0.5))
p(math.asinh(1), math.acosh(2), math.atanh(0.5))
p(math.degrees(math.pi), math.radians(180))
