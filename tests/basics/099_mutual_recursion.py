# functions calling each other
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(10), is_even(7))
def count_down(n, out):
    if n >= 0:
        out.append(n)
        count_up_helper(n - 1, out)
    return out
def count_up_helper(n, out):
    return count_down(n, out)
print(count_down(4, []))
