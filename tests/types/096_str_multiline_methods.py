# processing multi-line text
text = """name: Ann
  age: 31
city:   Oslo
"""
record = {}
for line in text.splitlines():
    k, _, v = line.partition(":")
    record[k.strip()] = v.strip()
print(record)
print([l.lstrip() for l in text.splitlines() if l.startswith(" ")])
print(text.count("\n"), len(text.splitlines()))
