# generators run only as far as they are consumed
def noisy():
    for i in range(3):
        print("produce", i)
        yield i
g = noisy()
print("created")
for v in g:
    print("consume", v)
    if v == 1:
        break
print("after break")
print(next(g))
