# nested replacement fields and alignment fills
data = [("apple", 1.5), ("kiwi", 0.25), ("watermelon", 12.0)]
for name, price in data:
    print("{:<12}|{:>8.2f}|".format(name, price))
w = 10
for align in "<^>":
    print("[{:{fill}{a}{w}}]".format("mid", fill="*", a=align, w=w))
print("{0:{1}}|{2:{3}.{4}f}|".format("x", 4, 3.14159, 8, 3))
print("{:=^20}".format(" title "))
try:
    "{0} {}".format(1, 2)
except ValueError:
    print("ValueError")
