#!/usr/bin/env python3
"""Size report and sanity checks of a board's firmware.elf.

Prints text/data/bss, the flash and RAM the image takes, the GC heap and
the stack the linker script left, and fails (exit 1) when the image does not
fit the chip, outgrows the flash target a board enforces
(BOARD_ENFORCE_FLASH_TARGET), or links something a board must not have:
malloc or the C++ exception unwinder. A target that is not enforced is an
aim: the report shows how far the image is from it.
"""

import argparse
import subprocess
import sys

# Symbols whose presence means the image pulled the heap allocator of the C
# library or the C++ unwinder.
FORBIDDEN = ("malloc", "_malloc_r", "free", "_free_r", "calloc", "realloc", "_sbrk",
             "__gxx_personality_v0", "__cxa_begin_catch", "__cxa_throw",
             "__aeabi_unwind_cpp_pr0", "__aeabi_unwind_cpp_pr1", "_Unwind_Resume",
             "__gnu_unwind_frame", "_Unwind_RaiseException")


def symbols(elf):
    out = subprocess.run(["arm-none-eabi-nm", elf], check=True, capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            table[parts[2]] = (parts[1], int(parts[0], 16))
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("--board", required=True)
    ap.add_argument("--flash", type=int, required=True, help="bytes of flash on the chip")
    ap.add_argument("--ram", type=int, required=True, help="bytes of RAM the image may use")
    ap.add_argument("--flash-target", type=int, default=0, help="bytes of flash the image should stay within")
    ap.add_argument("--enforce-target", action="store_true",
                    help="fail when the image outgrows the target (else only report it)")
    opts = ap.parse_args()

    out = subprocess.run(["arm-none-eabi-size", "-B", opts.elf], check=True, capture_output=True, text=True).stdout
    text, data, bss = (int(x) for x in out.splitlines()[1].split()[:3])
    syms = symbols(opts.elf)
    addr = lambda name: syms[name][1] if name in syms else 0
    stack = addr("_stack_top") - addr("_ram_start")
    heap = addr("_heap_end") - addr("_heap_start")
    # bss from `size` counts the NOLOAD stack and heap sections too.
    static_bss = addr("_ebss") - addr("_sbss")
    flash = text + data

    problems = []
    if flash > opts.flash:
        problems.append(f"the image ({flash} bytes) does not fit the {opts.flash} bytes of flash")
    if stack + data + static_bss > opts.ram:
        problems.append(f"static RAM ({stack + data + static_bss} bytes) does not fit the {opts.ram} bytes of RAM")
    found = sorted(s for s in FORBIDDEN if s in syms and syms[s][0] not in "Uuw")
    if found:
        problems.append("linked what a board must not have: " + ", ".join(found))

    target = ""
    if opts.flash_target:
        # The distance to the target, in KB (1024 bytes) with one decimal.
        gap = flash - opts.flash_target
        state = f"{gap / 1024:.1f} KB over" if gap > 0 else f"{-gap / 1024:.1f} KB to spare"
        kind = "target" if opts.enforce_target else "aim"
        target = f", {kind} {opts.flash_target // 1024} KB: {state}"
        if gap > 0 and opts.enforce_target:
            problems.append(f"the image ({flash} bytes) outgrows its flash target ({opts.flash_target} bytes)")
    print(f"size {opts.board}: text {text} data {data} bss {static_bss} | "
          f"flash {flash} of {opts.flash} ({100 * flash / opts.flash:.1f}%{target}) | "
          f"RAM {opts.ram}: stack {stack}, data+bss {data + static_bss}, GC heap {heap}")
    for p in problems:
        print(f"error: {opts.board}: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
