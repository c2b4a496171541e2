# partition and rpartition
print("key=value=x".partition("="))
print("key=value=x".rpartition("="))
print("novalue".partition("="))
print("novalue".rpartition("="))
print("a->b".partition("->"))
try:
    "x".partition("")
except ValueError:
    print("ValueError")
