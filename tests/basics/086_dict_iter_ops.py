# iterating dicts while building others
prices = {"apple": 3, "pear": 5, "fig": 2}
cheap = {}
for name, p in prices.items():
    if p < 4:
        cheap[name] = p
print(cheap)
inverted = {}
for k in prices:
    inverted.setdefault(prices[k] % 2, []).append(k)
print(inverted)
try:
    for k in prices:
        prices["new"] = 1
except RuntimeError:
    print("RuntimeError changed size")
