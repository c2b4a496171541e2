# cyclic garbage is collected without crashing
import gc
class Node:
    def __init__(self):
        self.other = None
for i in range(200):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    l = [a]
    l.append(l)
gc.collect()
survivor = Node()
survivor.other = survivor
gc.collect()
print(survivor.other is survivor)
