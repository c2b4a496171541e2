# N-queens: count all solutions by backtracking, once with bitmasks and once
# with explicit column/diagonal lists. Stresses recursion, bit operations
# and list mutation.

def count_bits(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return place(0, 0, 0)


def count_lists(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                total += place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
        return total
    return place(0)


def main():
    print(count_bits(12), count_bits(11), count_lists(11), count_lists(10))


main()
