# gc.mem_free and gc.mem_alloc return ints
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
import gc
gc.collect()
f = gc.mem_free()
a = gc.mem_alloc()
print(type(f).__name__, type(a).__name__, f > 0, a > 0)
