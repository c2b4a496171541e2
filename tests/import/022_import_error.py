# importing a missing module raises ImportError
try:
    import no_such_module_minnow
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from pkg import no_such_submodule
except ImportError:
    print("ImportError submodule")
try:
    import pkg.nothing_here
except ImportError:
    print("ImportError dotted")
print(issubclass(ImportError, Exception))
