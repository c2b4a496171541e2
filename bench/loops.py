# Integer loops: nested for/while loops doing small-int arithmetic,
# comparisons, modulo and bit operations on locals.

def triangle_sums(n):
    acc = 0
    for i in range(n):
        for j in range(i % 50):
            acc += (i ^ j) & 0xFF
    return acc


def collatz_steps(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n * 1000 + best


def main():
    a = triangle_sums(130000)
    b = collatz_steps(50000)
    print(a, b)


main()
