# kbd_intr can disable and restore the Ctrl-C character
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
print(micropython.kbd_intr(-1))
print(micropython.kbd_intr(3))
