# helper: sees the partly initialised _circ_a
print("start _circ_b")
import _circ_a
B_VALUE = "b value"
SEEN_EARLY = hasattr(_circ_a, "A_EARLY")
SEEN_LATE = hasattr(_circ_a, "A_LATE")
print("end _circ_b")
