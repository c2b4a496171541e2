# micropython.opt_level reads and sets the optimisation level
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())
