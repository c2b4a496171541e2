# open() in binary mode
path = "_open_test_tmp.bin"  # in the test's folder: runs at once do not meet
with open(path, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"\xff")
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:3], data[-1])
with open(path, "rb") as f:
    print(f.read(4), f.read(2), f.read())
try:
    open("/tmp/minnow_no_such_dir/x.txt")
except OSError as e:
    print("OSError", isinstance(e, OSError), e.errno)
import os
os.remove(path)
