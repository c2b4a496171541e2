# rf and fr prefixes
x = 5
print(rf"\n{x}")
print(fr"{x}\t")
print(Rf"{x}\\", fR"{x+1}\d")
print(RF"path\{x}")
