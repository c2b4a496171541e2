# sys.argv holds the script name first
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].endswith("010_sys_argv.py"))
print(all(isinstance(a, str) for a in sys.argv))
