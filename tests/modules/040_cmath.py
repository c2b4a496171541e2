# cmath functions on complex numbers
import cmath
def p(z):
    print("(%.6f, %.6f)" % (z.real, z.imag))
p(cmath.sqrt(-1))
p(cmath.sqrt(3 + 4j))
p(cmath.exp(1j * cmath.pi))
p(cmath.log(1j))
p(cmath.cos(1j))
p(cmath.sin(1 + 1j))
print("%.6f" % cmath.phase(-1), "%.6f" % cmath.phase(1j))
r, phi = cmath.polar(1 + 1j)
print("%.6f %.6f" % (r, phi))
p(cmath.rect(2, cmath.pi / 2))
print("%.6f %.6f" % (cmath.pi, cmath.e))
