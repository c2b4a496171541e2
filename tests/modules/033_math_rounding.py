# floor, ceil, trunc, fabs, fmod, modf, frexp, ldexp, copysign
import math
for v in (2.5, -2.5, 3.0, -0.1):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), math.fabs(v))
print(type(math.floor(2.5)).__name__)
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.modf(-1.5))
print(math.frexp(8.0), math.frexp(0.3), math.ldexp(0.5, 4))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.floor(10 ** 20 + 0.0) == 10 ** 20)
