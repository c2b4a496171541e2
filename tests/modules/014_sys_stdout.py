# writing to sys.stdout directly
import sys
sys.stdout.write("written directly\n")
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
print("print after write")
sys.stdout.write("é€\n")
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
sys.stderr.write("this goes to stderr and is not compared\n")
print("done")
