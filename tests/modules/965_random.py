# random: determinism under seed() and ranges (values differ from CPython)
# (shuffle: 966_random_shuffle)
import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0.0 <= x < 1.0 for x in a))
random.seed(7)
vals = [random.randint(1, 6) for _ in range(600)]
print(min(vals), max(vals), sorted(set(vals)))
counts = [vals.count(i) for i in range(1, 7)]
print(all(60 < c < 140 for c in counts))
print(all(0 <= random.getrandbits(8) < 256 for _ in range(100)), random.getrandbits(0))
big = random.getrandbits(100)
print(0 <= big < 2**100, big.bit_length() > 80 or big.bit_length() <= 80)
r = [random.randrange(10, 20, 3) for _ in range(200)]
print(sorted(set(r)))
r = [random.randrange(20, 10, -5) for _ in range(100)]
print(sorted(set(r)))
r = [random.randrange(5) for _ in range(200)]
print(sorted(set(r)))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(50)))
print(random.choice("x"), random.choice([7]) , random.choice("abc") in "abc")
for bad in [lambda: random.randrange(0), lambda: random.randrange(3, 3), lambda: random.randrange(1, 5, 0), lambda: random.randint(5, 1), lambda: random.getrandbits(-1)]:
    try:
        bad()
        print("no error")
    except ValueError:
        print("ValueError")
try:
    random.choice([])
except IndexError:
    print("IndexError")
x = random.randrange(10**30, 10**30 + 5)
print(10**30 <= x < 10**30 + 5)
x = random.randrange(2**70)
print(0 <= x < 2**70)
random.seed()
random.seed("abc")
random.seed(2**80 + 1)
print(type(random.random()).__name__)
