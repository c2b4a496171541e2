# raw strings keep backslashes
print(r"a\nb")
print(R"\t\\")
print(len(r"\n"))
print(r'\'')
print(r"C:\path\to")
