# Big integers: factorial by repeated multiplication, digits of pi with an
# unbounded spigot (Gibbons' streaming algorithm), and a digit-sum of a large
# power. Stresses arbitrary-precision multiply, add, floor-division and
# small int-to-string conversion.

def factorial(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r


def pi_digits(count):
    # State of the linear fractional transformation (q, r, t) plus k.
    q, r, t, k = 1, 0, 1, 1
    n, l = 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


def digit_sum(x):
    # Peel off 9 decimal digits at a time with big-int divmod (keeps every
    # str() call small, so no int-to-str digit limit applies).
    s = 0
    base = 1000000000
    while x:
        x, low = divmod(x, base)
        for ch in str(low):
            s += ord(ch) - 48
    return s


def main():
    f = factorial(6000)
    digits = pi_digits(3200)
    p = 7 ** 40000
    checksum = 0
    for d in digits:
        checksum = (checksum * 31 + d) % 1000000007
    print(digit_sum(f), f % 1000000007, checksum, digit_sum(p))


main()
