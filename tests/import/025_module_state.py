# module globals are shared between importers
import _counter
from _counter import bump
print(bump(), bump(), _counter.count)
_counter.count = 100
print(bump())
import _counter as c2
print(c2.count, c2 is _counter)
