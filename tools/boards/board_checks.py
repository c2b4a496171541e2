#!/usr/bin/env python3
"""Checks of what a board offers beyond the script tests, over its UART in
QEMU, the way a person at a terminal would use it:

- the banner at boot and the friendly REPL (the compiler runs on the board);
- Ctrl-C from the UART's receive interrupt stops `while True: pass`;
- Ctrl-D at the prompt and machine.soft_reset() are soft resets (the
  interpreter's state is gone, the board goes on); machine.reset() boots again;
- the raw REPL and raw-paste mode (with its flow-control window);
- time: sleep, sleep_ms, sleep_us, ticks_ms, ticks_us, ticks_diff, ticks_add;
- machine: freq, unique_id, idle;
- sys.platform and sys.implementation name the board;
- micropython.mem_info() tells the truth: its heap total is what gc says
  and what the linker gave the heap, at least 8 KB on the micro:bit;
- lines typed at the prompt keep no memory once collected.

    tools/boards/board_checks.py [--build-dir build-boards] [--board NAME] [-v]

Ends with "N passed, N failed" over all boards.
"""

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_board_tests as rbt  # noqa: E402  (the Board class: QEMU and its UART)

PROMPT = b">>> "

# What each board must say about itself.
EXPECT = {
    "netduinoplus2": {"platform": "stm32", "machine": "STM32F405", "uid_len": 12, "min_heap": 64 * 1024},
    "microbit": {"platform": "nrf51", "machine": "nRF51822", "uid_len": 8, "min_heap": 8 * 1024},
}


class Checker:
    def __init__(self, name, firmware, verbose):
        self.name = name
        self.board = rbt.Board(name, firmware)
        self.firmware = firmware
        self.verbose = verbose
        self.passed = 0
        self.failed = 0

    def result(self, what, ok, detail=""):
        if ok:
            self.passed += 1
            if self.verbose:
                print(f"{self.name}: ok   {what}")
        else:
            self.failed += 1
            print(f"{self.name}: FAIL {what}: {detail}")

    def line(self, text, timeout=10):
        """Types one line at the friendly prompt; returns what the board
        printed before the next prompt (without the echo)."""
        b = self.board
        b.write(text.encode() + b"\r")
        out = b.read_until(PROMPT, timeout).decode(errors="replace")
        out = out[:-len(PROMPT)]
        echo = text + "\r\n"
        return out[len(echo):] if out.startswith(echo) else out

    def value(self, expr, timeout=10):
        return self.line(expr, timeout).strip()

    def interrupted(self, typed, what):
        """Types code that runs on, sends Ctrl-C half a second later and
        checks for KeyboardInterrupt; False when no prompt came back."""
        b = self.board
        b.write(typed.encode())
        time.sleep(0.5)
        b.write(b"\x03")
        try:
            out = b.read_until(PROMPT, 5).decode(errors="replace")
        except TimeoutError:
            self.result(what, False, "no prompt within 5 s")
            return False
        self.result(what, "KeyboardInterrupt" in out, repr(out))
        return True

    def heap_bytes_from_linker(self):
        """Bytes between _heap_start and _heap_end in the image."""
        out = subprocess.run(["arm-none-eabi-nm", str(self.firmware)], capture_output=True, text=True).stdout
        syms = {p[2]: int(p[0], 16) for p in (l.split() for l in out.splitlines()) if len(p) == 3}
        if "_heap_start" in syms and "_heap_end" in syms:
            return syms["_heap_end"] - syms["_heap_start"]
        return None

    def run(self):
        b = self.board
        exp = EXPECT[self.name]
        try:
            b.start()  # waits for the first prompt
        except (TimeoutError, rbt.BoardDied) as e:
            self.result("boots to the friendly REPL", False, str(e))
            return
        # The banner came before the prompt: look at what start() consumed
        # by soft-resetting, which prints it again.
        b.write(b"\x04")
        boot = b.read_until(PROMPT, 10).decode(errors="replace")
        self.result("Ctrl-D at the prompt: soft reboot and banner",
                    "soft reboot" in boot and "Minnow" in boot and exp["platform"] in boot, repr(boot))

        # Auto-indent: the body line gets its indentation from the REPL, and
        # after two blank (auto-indented) lines a third Enter runs it.
        out = self.value("def sq(n):\rreturn n * n\r\r\r")
        # Python code typed at the prompt, compiled and run on the board.
        self.result("the compiler runs on the board (def at the prompt)",
                    self.value("sq(12) + sum(sq(i) for i in range(4))") == "158", out)

        self.line("import sys, time, machine, micropython, gc")
        self.result("sys.platform", self.value("sys.platform") == repr(exp["platform"]), self.value("sys.platform"))
        impl = self.value("sys.implementation")
        self.result("sys.implementation names the board's chip", exp["machine"] in impl, impl)

        freq = self.value("machine.freq()")
        self.result("machine.freq()", freq.isdigit() and int(freq) > 1000000, freq)
        uid = self.value("len(machine.unique_id()), type(machine.unique_id()).__name__")
        self.result("machine.unique_id()", uid == f"({exp['uid_len']}, 'bytes')", uid)
        self.result("machine.idle()", self.value("machine.idle()") == "", "")

        # time: the tick follows QEMU's clock (virtual time runs with the host).
        got = self.value("t = time.ticks_ms(); time.sleep_ms(200); time.ticks_diff(time.ticks_ms(), t)")
        self.result("time.sleep_ms(200) measured with ticks_ms", got.isdigit() and 195 <= int(got) <= 400, got)
        got = self.value("t = time.ticks_us(); time.sleep_us(50000); time.ticks_diff(time.ticks_us(), t)")
        self.result("time.sleep_us(50000) measured with ticks_us", got.isdigit() and 49000 <= int(got) <= 200000, got)
        got = self.value("t = time.ticks_ms(); time.sleep(1); time.ticks_diff(time.ticks_ms(), t)", 15)
        self.result("time.sleep(1)", got.isdigit() and 990 <= int(got) <= 2000, got)
        got = self.value("time.ticks_diff(time.ticks_add(5, -10), 5), time.ticks_diff(time.ticks_add(0, 1), 0)")
        self.result("ticks_add and ticks_diff wrap around", got == "(-10, 1)", got)
        got = self.value("m = time.ticks_add(0, -1); time.ticks_diff(0, m), m > 0")
        self.result("ticks_add(0, -1) wraps to the tick period", got == "(1, True)", got)

        # Ctrl-C from the UART interrupt stops a busy loop, and a sleep.
        if not self.interrupted("while True: pass\r\r", "Ctrl-C stops `while True: pass`"):
            return
        if not self.interrupted("time.sleep(30)\r", "Ctrl-C stops time.sleep(30)"):
            return

        # mem_info tells the truth: its total is gc's, and the linker's heap.
        self.line("gc.collect()")
        info = self.line("micropython.mem_info()")
        m = re.search(r"GC: total: (\d+), used: (\d+), free: (\d+)", info)
        gc_total = self.value("gc.mem_free() + gc.mem_alloc()")
        ok = m is not None and gc_total.isdigit() and int(m.group(1)) == int(gc_total) and \
            int(m.group(2)) + int(m.group(3)) == int(m.group(1))
        self.result("mem_info() agrees with gc", ok, info.strip() + " / gc: " + gc_total)
        region = self.heap_bytes_from_linker()
        if m:
            total = int(m.group(1))
            self.result(f"GC heap of at least {exp['min_heap']} bytes", total >= exp["min_heap"], str(total))
            if region is not None:
                # Only the allocation tables (4 bits per 16-byte block) and
                # alignment come off the linker's heap region.
                self.result("mem_info()'s total is the linker's heap less its tables",
                            region * 0.95 <= total <= region, f"total {total}, region {region}")
        stack = re.search(r"stack: (\d+) out of (\d+)", info)
        self.result("mem_info() reports the C stack", stack is not None and int(stack.group(1)) < int(stack.group(2)),
                    info.strip())

        # Lines at the prompt leave nothing behind once collected (the first
        # `_` once grew the builtins dict by kilobytes).
        # (A block or two may stay reachable from a stale word on the C stack:
        # the collector scans it conservatively.)
        frees = [self.value("gc.collect(); gc.mem_free()") for _ in range(4)]
        ok = all(f.isdigit() for f in frees) and max(map(int, frees)) - min(map(int, frees)) <= 64
        self.result("REPL lines keep no memory", ok, " ".join(frees))

        # A heap filled at the prompt gives MemoryError, and the REPL goes on.
        out = self.line("x = [bytearray(100) for i in range(1000)]", 20)
        self.result("filling the heap raises MemoryError", "MemoryError" in out, out)
        self.result("the REPL works after MemoryError", self.value("x = None; gc.collect(); 6 * 7") == "42", "")

        # machine.soft_reset(): the state is gone.
        self.line("marker = 1")
        b.write(b"machine.soft_reset()\r")
        out = b.read_until(PROMPT, 10).decode(errors="replace")
        self.result("machine.soft_reset()", "soft reboot" in out, repr(out))
        self.result("soft reset clears the state", "NameError" in self.line("marker"), "")

        # The raw REPL and raw-paste mode.
        b.write(b"\x01")
        b.read_until(b"raw REPL; CTRL-B to exit\r\n>", 5)
        b.write(b"\x05A\x01")
        head = b.read_until(b"\x01", 5, other=b"R\x00")
        ok = head.endswith(b"R\x01")
        if ok:
            deadline = time.monotonic() + 5
            while len(b.buf) < 2 and time.monotonic() < deadline:
                b._pump(deadline)
            window = b.buf[:2]
            b.buf = b.buf[2:]
            self.result("raw-paste mode: window announced", len(window) == 2 and window[0] + window[1] * 256 > 0,
                        repr(window))
            b.write(b"print(sum(range(10)))\x04")
            out = b.read_until(b"\x04>", 10)
            self.result("raw-paste mode runs code", b"45" in out and out.count(b"\x04") >= 2, repr(out))
        else:
            self.result("raw-paste mode: window announced", False, repr(head))
        b.write(b"\x02")
        b.read_until(PROMPT, 5)

        # machine.reset() boots again.
        b.write(b"import machine; machine.reset()\r")
        try:
            out = b.read_until(PROMPT, 10).decode(errors="replace")
            self.result("machine.reset() boots again", "Minnow" in out, repr(out))
        except (TimeoutError, rbt.BoardDied) as e:
            self.result("machine.reset() boots again", False, str(e))

    def close(self):
        self.board.stop()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build-dir", default=str(rbt.REPO / "build-boards"))
    ap.add_argument("--board", action="append", choices=sorted(EXPECT))
    ap.add_argument("-v", "--verbose", action="store_true")
    opts = ap.parse_args()
    passed = failed = 0
    for name in opts.board or sorted(EXPECT):
        firmware = Path(opts.build_dir) / name / "firmware.elf"
        if not firmware.exists():
            sys.exit(f"board_checks.py: no firmware for {name}: {firmware}")
        c = Checker(name, firmware, opts.verbose)
        try:
            c.run()
        except (TimeoutError, rbt.BoardDied) as e:
            c.result("the board answers", False, f"{type(e).__name__}: {e}; last output {c.board.buf[-200:]!r}")
        finally:
            c.close()
        print(f"{name}: {c.passed} passed, {c.failed} failed")
        passed += c.passed
        failed += c.failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
