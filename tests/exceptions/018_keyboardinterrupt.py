# KeyboardInterrupt and SystemExit are not caught by except Exception
print(KeyboardInterrupt.__name__, issubclass(KeyboardInterrupt, BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrong")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("wrong")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
