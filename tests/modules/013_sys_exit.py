# sys.exit raises SystemExit
import sys
for arg in ((), (0,), (2,), ("text",)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit", e.code)
try:
    sys.exit(5)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("still running")
