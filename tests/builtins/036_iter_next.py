# iter() and next(), including the two-argument forms
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(list(iter("ab")), list(iter((1,))), list(iter({"k": 0})))
try:
    iter(5)
except TypeError:
    print("TypeError")
