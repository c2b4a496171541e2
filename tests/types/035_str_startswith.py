# startswith and endswith with tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(".tar", 0, 12))
print(s.startswith(("x", "f")), s.startswith(""), "".endswith(""))
print(s.startswith("file", -100), s.endswith("gz", 5, 100))
