# unbounded recursion raises RecursionError, which can be caught
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(50))
try:
    down(0)
except RuntimeError as e:
    print("also a", type(e).__name__)
