# json.loads and json.load (and dump to a stream), with error messages
import json
print(json.loads('{"a": [1, 2.5, -3, 1e3, -0.5E-2, true, false, null], "b": {"c": "d\\n\\u00e9\\ud83d\\ude00"}}'))
print(json.loads(" [ ] "), json.loads("{}"), json.loads('"x"'), json.loads("12345678901234567890123"), json.loads(b'[1]'))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads('"\\/"'))
for bad in ["", "[1,]", "{'a': 1}", "[1 2]", "tru", '"abc', "1 2", '{"a" 1}', "[", "-", '"\\x"', "01"]:
    try:
        json.loads(bad)
        print("ok?", bad)
    except ValueError as e:
        print("ValueError", e)
import io
s = io.StringIO()
json.dump({"x": [1, 2]}, s)
print(s.getvalue())
s.seek(0)
print(json.load(s))
print(json.loads(json.dumps({"round": ["trip", 1, 2.0, None]})))
from collections import namedtuple, OrderedDict
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
