# sys.print_exception prints an exception that was never raised
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
import sys
import io
sys.print_exception(ValueError("bad value"))
buf = io.StringIO()
sys.print_exception(KeyError("k"), buf)
print("captured" if buf.getvalue() else "empty")
