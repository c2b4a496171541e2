# sys.stdin, stdout and stderr exist; print(file=) uses them
import sys
print(sys.stdout is not None, sys.stdin is not None, sys.stderr is not None)
print("via file=", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("end")
