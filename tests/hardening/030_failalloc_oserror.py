# torture: fail every allocation
# OSError from a failed file operation: when making the exception runs out
# of memory, the MemoryError comes out (not an AttributeError about it).
# tools/torture.sh runs this with every allocation failing in turn.
import os

missing = "_no_such_dir_q/none.txt"
for name, op in (
    ("open r", lambda: open(missing)),
    ("open rb", lambda: open(missing, "rb")),
    ("stat", lambda: os.stat(missing)),
    ("listdir", lambda: os.listdir(missing)),
    ("remove", lambda: os.remove(missing)),
    ("rmdir", lambda: os.rmdir(missing)),
    ("chdir", lambda: os.chdir(missing)),
    ("rename", lambda: os.rename(missing, missing + "2")),
):
    try:
        op()
        print(name, "no error")
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.args[0] == e.errno)
