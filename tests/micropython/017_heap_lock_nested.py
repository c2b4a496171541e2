# heap_lock nests; heap_unlock returns the remaining depth
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
micropython.heap_lock()
micropython.heap_lock()
a = micropython.heap_unlock()
b = micropython.heap_unlock()
print(a, b)
x = [1, 2, 3]
print(x)
