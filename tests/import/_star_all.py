# helper: from-import * honours __all__
__all__ = ["exported", "_also_exported"]
exported = "yes"
_also_exported = "underscore but listed"
not_listed = "no"
