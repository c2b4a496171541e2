# helper: without __all__, names starting with _ are not exported
public = "public"
_private = "private"
def helper():
    return "helper"
