# single inheritance and method overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return self.name + " says " + self.speak()
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in (Animal("x"), Dog("rex"), Puppy("bit")):
    print(a.intro())
print(issubclass(Puppy, Animal), isinstance(Dog("d"), Puppy))
