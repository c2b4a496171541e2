# open() for writing and reading a temporary file
path = "_open_test_tmp.txt"  # in the test's folder: runs at once do not meet
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for line in f:
        print("iter:", line.rstrip())
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines()[-1])
import os
os.remove(path)
