# break and continue passing through finally
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def f():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
print(f())
while True:
    try:
        break
    finally:
        print("while finally")
def swallow():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(swallow())
