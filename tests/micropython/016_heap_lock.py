# allocating while the heap is locked raises MemoryError
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
result = "no error"
micropython.heap_lock()
try:
    big = [0] * 1000
except MemoryError:
    result = "MemoryError"
micropython.heap_unlock()
print(result)
print(len([0] * 1000))
