# at optimisation level 1 newly compiled code skips assert and __debug__ is False
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
micropython.opt_level(1)
exec("assert False, 'skipped'\nprint('after assert')")
exec("print(__debug__)")
micropython.opt_level(0)
try:
    exec("assert False, 'raised'")
except AssertionError as e:
    print("AssertionError", e)
exec("print(__debug__)")
