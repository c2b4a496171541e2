# json.dumps: types, separators, escapes, keys, errors (CPython's other
# options are in 952_json_extra)
import json
print(json.dumps([1, 2.5, "a", None, True, False, {"k": [1, {}]}, [], (3, 4)]))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps("héllo\n\"\\\t\x01 \U0001F600"))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(-0.0))
print(json.dumps(10**30), json.dumps(-5))
try:
    json.dumps({(1,): 2})
except TypeError:
    print("TypeError")
try:
    json.dumps(object())
except TypeError:
    print("TypeError")
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
