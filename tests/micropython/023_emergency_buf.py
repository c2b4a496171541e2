# reserving memory for exceptions raised in interrupt handlers
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
print(micropython.alloc_emergency_exception_buf(100))
print("ok")
