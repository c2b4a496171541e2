# comparing floats with large and negative ints exactly
big = 2 ** 63
print(float(big) == big, float(big) == big + 1, float(big) < big + 1)
print(1e30 > 10 ** 29, 1e30 < 10 ** 31, 1e30 == 10 ** 30)
print(-1e30 < -(10 ** 29), 0.5 < 1, -0.5 > -1)
print(float("inf") > 10 ** 500, float("-inf") < -(10 ** 500))
print(float("nan") == 10 ** 500)
print(max(1, 1.5, 2 ** 70), min(-1.5, -(2 ** 70)))
