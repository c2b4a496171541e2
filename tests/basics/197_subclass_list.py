# subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s, len(s), s.peek())
print(s.pop(), s)
print(isinstance(s, list), type(s).__name__)
class Loud(list):
    def append(self, v):
        print("append", v)
        super().append(v)
l = Loud([1])
l.append(2)
print(l + [3], type(l + [3]).__name__)
print(Stack("abc"))
