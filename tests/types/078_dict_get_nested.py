# nested dict access and counting patterns
inventory = {}
for item, qty in [("apple", 3), ("pear", 1), ("apple", 2)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
groups = {}
for w in ["ant", "bee", "ape", "bat", "cat"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
tree = {}
for path in ["a/b", "a/c", "d"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
