# Recursion: naive doubly-recursive Fibonacci.
# Stresses function call/return overhead, argument passing and small-int
# arithmetic.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(3):
        total += fib(30 + i)
    print(total)


main()
