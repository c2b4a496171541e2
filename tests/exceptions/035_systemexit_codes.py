# SystemExit codes
for args in ((), (0,), (1,), ("message",), (None,), (1, 2)):
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, e.code, e.args)
