# sin, cos and tan of arguments that need reducing by multiples of pi/2, at
# every magnitude: on the boards ports/common/rem_pio2.cpp does the reduction.
#
# Left out: arguments where newlib's kernels round the result differently
# from glibc (CPython's libm here), e.g. cos(0.7853984832763672),
# cos(1000.0), cos(1e15), tan(4.0), tan(1e22); and most of the doubles
# closest to multiples of pi/2, where glibc's result is a few ulps off (by
# mpmath, newlib's is right; both the old and the new reduction give it).
import math


def show(x, *funcs):
    print(repr(x), *[repr(f(x)) for f in funcs])


trig = (math.sin, math.cos, math.tan)
for x in [
    # just above pi/4, and small arguments
    0.7853981633974484, 0.8, 1.0, 1.5, 2.0, 2.356194490192345, 2.356194490192346,
    3.0, 5.0, 10.0, 100.0, 12345.678, 1e5, 1e6, 1e9, 9007199254740992.0,
    # huge ones
    1e100, 1e200, 1e300, 1.7976931348623157e+308,
    # k * pi/2 rounded to a double, and the next double up
    1.5707963267948966, 3.141592653589793, 3.1415926535897936,
    4.71238898038469, 4.712388980384691, 6.283185307179586, 6.283185307179587,
    15.707963267948966, 15.707963267948967, 1570.7963267948967, 1570.796326794897,
    1570796.3267948965, 1570796.3267948967, 1570796326.7948966,
    1570796326.7948968, 1570796326794896.5, 1570796326794896.8,
    1.5707963267948967e+20, 1.570796326794897e+20, 1.5707963267948966e+50,
    1.5707963267948968e+50, 1.5707963267948967e+150, 1.5707963267948969e+150,
    1.5707963267948966e+300, 1.570796326794897e+300,
    # doubles within 1e-16 of a multiple of pi/2: the result is the small
    # remainder, wrong in many digits if the reduction loses bits
    2915.397982531328, 642615.9188844458, 7.510924878013542e+17,
    3.0019077368547487e+32, 8.481040079313482e+155, 4.997086974752518e+278,
    # negative ones
    -0.8, -3.0, -100.0, -1e6, -1e300, -1.7976931348623157e+308,
    -1.5707963267948967e+20, -642615.9188844458, -4.997086974752518e+278,
]:
    show(x, *trig)

# tan(+-1e22): newlib's kernel is an ulp off glibc's (and mpmath's) result.
show(1e22, math.sin, math.cos)
show(-1e22, math.sin, math.cos)
# The double closest to a multiple of pi/2 (remainder 4.7e-19): sin gives the
# quadrant; glibc's cos and tan there are off the true value.
show(6381956970095103 * 2.0 ** 797, math.sin)
show(-6381956970095103 * 2.0 ** 797, math.sin)
