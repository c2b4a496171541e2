# OSError with errno (CPython may pick a subclass, so test with isinstance)
e = OSError(2, "No such file")
print(e.errno, e.args[0], isinstance(e, OSError))
try:
    open("/tmp/minnow_missing_dir_qq/none.txt")
except OSError as e:
    print("OSError", e.errno)
e = OSError("just a message")
print(e.errno, e.args)
e = OSError(13, "denied")
print(e.errno, e.strerror, isinstance(e, Exception))
try:
    raise OSError(5, "io")
except OSError as e:
    print(e.errno, e.args)
