# Sieve of Eratosthenes on a list of booleans (with a twin-prime count) and
# an odd-numbers-only sieve on a bytearray. Stresses list/bytearray indexing
# and tight while loops.

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def odd_sieve_count(n):
    # Slot k stands for the odd number 2k+1; slot 0 (the number 1) is unused.
    size = (n - 1) // 2 + 1
    flags = bytearray(size)
    count = 1  # the prime 2
    k = 1
    while k < size:
        if not flags[k]:
            count += 1
            p = 2 * k + 1
            j = (p * p) // 2
            while j < size:
                flags[j] = 1
                j += p
        k += 1
    return count


def main():
    total = 0
    twins = 0
    for r in range(10):
        flags = sieve(300000)
        prev = -10
        for k in range(len(flags)):
            if flags[k]:
                total += 1
                if k - prev == 2:
                    twins += 1
                prev = k
    print(total, twins, odd_sieve_count(2000000))


main()
