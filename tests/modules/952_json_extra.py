# json.dumps: CPython's indent, sort_keys, ensure_ascii and default options
# (MicroPython's dumps takes only separators)
import json
try:
    json.dumps(1, indent=1)
except TypeError:
    print("SKIP")
    raise SystemExit
print(json.dumps({"b": 1, "a": {"y": 2, "x": [1, 2]}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent="\t"))
print(json.dumps("héllo", ensure_ascii=False))
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps([1, 2], indent=0))
