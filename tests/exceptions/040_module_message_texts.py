# Messages of modules that reach the user through helpers (%s arguments,
# index checks, the struct error helper): a board build stores them
# compressed, so each must read exactly as CPython's.

def show(f):
    try:
        f()
    except Exception as e:
        print(e)

import array
a = array.array("i", [1, 2])
show(lambda: a[5])

def store():
    a[5] = 1
show(store)

import json
show(lambda: json.loads(""))
show(lambda: json.loads('"abc'))
show(lambda: json.loads("[1] x"))
show(lambda: json.loads('{1: 2}'))

import struct
show(lambda: struct.pack("B", 300))
show(lambda: struct.pack("b", 200))
show(lambda: struct.pack("h", 70000))
show(lambda: struct.pack("H", -1))
show(lambda: struct.pack("3"))
show(lambda: struct.pack("y", 1))
show(lambda: struct.pack("i", 1.5))
