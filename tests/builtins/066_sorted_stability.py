# sorted() is stable over many equal keys
records = [(i % 4, i) for i in range(20)]
out = sorted(records, key=lambda r: r[0])
print(out)
print(sorted(out, key=lambda r: -r[0])[:5])
