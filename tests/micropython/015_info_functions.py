# the micropython module's introspection functions exist
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
print(callable(micropython.mem_info))
print(callable(micropython.qstr_info))
print(callable(micropython.heap_lock), callable(micropython.heap_unlock))
