# isnan, isinf, isfinite, isclose
import math
for v in (1.0, math.inf, -math.inf, math.nan, 0.0):
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
