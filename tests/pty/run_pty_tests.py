#!/usr/bin/env python3
"""REPL tests: runs `minnow` under a real pseudo-terminal, types keys and
checks what reaches the screen.

    python3 tests/pty/run_pty_tests.py [path/to/minnow]   (default build/minnow)

Covers the friendly REPL (banner, prompts, `_`, auto-indent, line editing,
history, tab completion, Ctrl-C, Ctrl-D, paste mode), the raw REPL and
raw-paste mode byte for byte as MicroPython documents them, and that the
terminal's modes are restored when minnow leaves. Prints one line per
failing case and ends with "N passed, N failed"; exits 1 on failure.
"""
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TIMEOUT = 3.0  # seconds to wait for each expected output

UP, DOWN, RIGHT, LEFT = b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D"
HOME, END, DELETE = b"\x1b[H", b"\x1b[F", b"\x1b[3~"
BS = b"\x7f"
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


class Fail(Exception):
    pass


class Session:
    """minnow on the slave side of a new pty; we hold the master (and keep
    the slave open to read its modes after minnow exits)."""

    def __init__(self, exe, args=()):
        self.master, self.slave = os.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.modes_before = termios.tcgetattr(self.slave)
        self.out = b""
        self.mark = 0
        slave = self.slave

        def make_controlling_terminal():
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        env = dict(os.environ, TERM="xterm")
        self.proc = subprocess.Popen([exe, *args], stdin=slave, stdout=slave, stderr=slave,
                                     start_new_session=True, preexec_fn=make_controlling_terminal,
                                     env=env, close_fds=True)

    def _read(self, timeout):
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return False
        self.out += data
        return bool(data)

    def send(self, data):
        os.write(self.master, data)

    def expect(self, pattern, timeout=TIMEOUT):
        """Waits until pattern (bytes, or a compiled bytes regex) appears
        after the previous match; returns the output up to its end."""
        end = time.time() + timeout
        while True:
            if isinstance(pattern, bytes):
                i = self.out.find(pattern, self.mark)
                found = None if i < 0 else (i, i + len(pattern))
            else:
                m = pattern.search(self.out, self.mark)
                found = None if not m else (m.start(), m.end())
            if found:
                chunk = self.out[self.mark:found[1]]
                self.mark = found[1]
                return chunk
            left = end - time.time()
            if left <= 0:
                raise Fail(f"waited for {pattern!r}, got {self.out[self.mark:][-300:]!r}")
            self._read(left)

    def settle(self, quiet=0.15):
        """Reads until the output has been quiet for a moment."""
        while self._read(quiet):
            pass

    def prompt(self):
        self.expect(b">>> ")

    def typed(self, keys, answer):
        """Types keys and checks that `answer` comes back before the next prompt."""
        self.send(keys)
        chunk = self.expect(b">>> ")
        if answer not in chunk:
            raise Fail(f"typed {keys!r}: wanted {answer!r} in {chunk!r}")
        return chunk

    def screen_line(self):
        """The line the cursor is on, as a terminal would show it."""
        return render(self.out)[-1]

    def wait_exit(self, timeout=TIMEOUT):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Fail("minnow did not exit")

    def modes_restored(self):
        now = termios.tcgetattr(self.slave)
        # iflag, oflag, cflag, lflag and the control characters.
        return now[0:4] == self.modes_before[0:4] and now[6] == self.modes_before[6]

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)
        os.close(self.slave)


def render(data):
    """Plays bytes on a tiny terminal (printable text, CR, LF, BS, and
    ESC [ n C / D / K); returns its lines."""
    text = data.decode("utf-8", "replace")
    lines = [[]]
    row = col = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\x1b":
            m = re.match(r"\x1b\[(\d*)([A-Za-z])", text[i:])
            if m:
                n = int(m.group(1) or 1)
                cmd = m.group(2)
                if cmd == "D":
                    col = max(0, col - n)
                elif cmd == "C":
                    col += n
                elif cmd == "K":
                    del lines[row][col:]
                i += m.end()
                continue
        elif ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            if row == len(lines):
                lines.append([])
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch >= " ":
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
        i += 1
    return ["".join(l) for l in lines]


# --- Cases ----------------------------------------------------------------------

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def started(exe, args=()):
    s = Session(exe, args)
    s.prompt()
    return s


@case
def banner_and_prompt(s):
    head = s.out.split(b">>> ")[0]
    if not re.search(rb"^Minnow \d+\.\d+\.\d+ on linux", head):
        raise Fail(f"banner: {head!r}")
    if b'Type "help()" for more information.\r\n' not in head:
        raise Fail(f"banner lacks the help line: {head!r}")


@case
def expression_result_and_underscore(s):
    s.typed(b"1+2\r", b"1+2\r\n3\r\n")
    s.typed(b"_*2\r", b"\r\n6\r\n")
    if s.typed(b"None\r", b"") != b"None\r\n>>> ":
        raise Fail("None printed something")
    s.typed(b"_\r", b"\r\n6\r\n")
    s.typed(b"'a'+'b'\r", b"'ab'")


@case
def statement_prints_nothing(s):
    chunk = s.typed(b"x = 5\r", b"")
    if chunk != b"x = 5\r\n>>> ":
        raise Fail(f"{chunk!r}")
    s.typed(b"x\r", b"\r\n5\r\n")


@case
def sys_ps1_ps2(s):
    s.send(b"import sys; sys.ps1 = 'M> '; sys.ps2 = 'm. '\r")
    s.expect(b"\r\nM> ")
    s.send(b"if 1:\r")
    s.expect(b"\r\nm.     ")
    s.send(BS + b"\r")
    s.expect(b"M> ")


@case
def traceback_keeps_session(s):
    chunk = s.typed(b"1/0\r", b"ZeroDivisionError")
    if b"Traceback (most recent call last):\r\n" not in chunk:
        raise Fail(f"{chunk!r}")
    s.typed(b"2+2\r", b"4")
    s.typed(b"undefined_name\r", b"NameError")
    s.typed(b"x = = 1\r", b"SyntaxError")
    s.typed(b"raise ValueError('x')\r", b"ValueError: x")
    s.typed(b"7\r", b"7")


@case
def auto_indent_as_documented(s):
    # MicroPython's docs/reference/repl.rst walk-through.
    s.send(b"for i in range(30):\r")
    s.expect(b"\r\n...     ")
    s.send(b"if i > 3:\r")
    s.expect(b"\r\n...         ")
    s.send(b"break\r")
    s.expect(b"\r\n...         ")
    s.send(BS)
    s.settle()
    if s.screen_line() != "...     ":
        raise Fail(f"backspace did not remove one level: {s.screen_line()!r}")
    s.send(b"print(i)\r")
    s.expect(b"\r\n...     ")
    s.send(BS + b"\r")
    chunk = s.expect(b">>> ")
    if b"0\r\n1\r\n2\r\n3\r\n" not in chunk:
        raise Fail(f"{chunk!r}")


@case
def blank_lines_end_a_block(s):
    s.send(b"def f():\r")
    s.expect(b"...     ")
    s.send(b"return 7\r")
    s.expect(b"...     ")
    s.send(b"\r")  # a line of auto-indent spaces: the block goes on
    s.expect(b"...     ")
    s.send(b"\r")  # two blank lines: no more auto-indent
    s.expect(b"\r\n... ")
    s.settle()
    if s.screen_line() != "... ":
        raise Fail(f"third line is indented: {s.screen_line()!r}")
    s.send(b"\r")
    s.prompt()
    s.typed(b"f()\r", b"\r\n7\r\n")


@case
def brackets_continue(s):
    s.send(b"(1 +\r")
    s.expect(b"\r\n... ")
    s.typed(b"2)\r", b"\r\n3\r\n")
    s.send(b"'''a\r")
    s.expect(b"... ")
    s.typed(b"b'''\r", b"'a\\nb'")


@case
def ctrl_d_runs_a_continued_input(s):
    s.send(b"for i in range(2):\r")
    s.expect(b"...     ")
    s.send(b"print(i * 10)\r")
    s.expect(b"...     ")
    s.send(b"\x04")
    chunk = s.expect(b">>> ")
    if b"0\r\n10\r\n" not in chunk:
        raise Fail(f"{chunk!r}")


@case
def left_right(s):
    s.typed(b"12" + LEFT + b"3\r", b"\r\n132\r\n")
    s.typed(b"15" + LEFT + LEFT + RIGHT + b"4\r", b"\r\n145\r\n")
    s.typed(b"89\x02\x027\x06\x066\r", b"\r\n7896\r\n")  # Ctrl-B, Ctrl-F


@case
def home_end(s):
    for home, end in [(HOME, END), (b"\x1b[1~", b"\x1b[4~"), (b"\x1bOH", b"\x1bOF"),
                      (b"\x1b[7~", b"\x1b[8~"), (b"\x01", b"\x05")]:
        s.typed(b"23" + home + b"1" + end + b"4\r", b"\r\n1234\r\n")


@case
def backspace_and_delete(s):
    s.typed(b"1234" + LEFT + LEFT + BS + b"\r", b"\r\n134\r\n")
    s.typed(b"1234" + b"\x08" + b"\r", b"\r\n123\r\n")
    s.typed(b"1234" + HOME + DELETE + b"\r", b"\r\n234\r\n")
    s.typed(b"1234" + HOME + b"\x04\r", b"\r\n234\r\n")  # Ctrl-D on a non-empty line
    s.typed(b"1234" + DELETE + b"\r", b"\r\n1234\r\n")  # nothing under the cursor


@case
def kill_keys(s):
    s.typed(b"12345" + LEFT + LEFT + b"\x0b\r", b"\r\n123\r\n")  # Ctrl-K
    s.typed(b"x=99+1" + LEFT + b"\x15\r", b"\r\n1\r\n")  # Ctrl-U
    s.typed(b"12 + 34\x175\r", b"\r\n17\r\n")  # Ctrl-W


@case
def screen_follows_the_edits(s):
    s.send(b"abcdef" + LEFT + LEFT + LEFT + BS + b"XY" + HOME + b"(" + END + b")")
    s.settle()
    if s.screen_line() != ">>> (abXYdef)":
        raise Fail(f"screen shows {s.screen_line()!r}")
    s.send(LEFT + LEFT + b"\x0b")
    s.settle()
    if s.screen_line() != ">>> (abXYde":
        raise Fail(f"after Ctrl-K the screen shows {s.screen_line()!r}")
    s.send(b"\x03")
    s.prompt()


@case
def utf8_editing(s):
    s.typed("'aé'".encode() + LEFT + LEFT + BS + b"\r", "'é'".encode())
    s.send("'ñü'".encode() + LEFT + LEFT + LEFT + b"x")
    s.settle()
    if s.screen_line() != ">>> 'xñü'":
        raise Fail(f"screen shows {s.screen_line()!r}")
    s.typed(b"\r", "'xñü'".encode())


@case
def history(s):
    s.typed(b"11\r", b"11")
    s.typed(b"22\r", b"22")
    s.typed(UP + UP + b"\r", b"\r\n11\r\n")
    s.typed(UP + b"\r", b"\r\n11\r\n")
    s.typed(UP + UP + b"0\r", b"\r\n220\r\n")
    s.send(UP + DOWN)
    s.settle()
    if s.screen_line() != ">>> ":
        raise Fail(f"down past the newest: {s.screen_line()!r}")
    s.typed(b"\x10\x10\x10\x0e\r", b"\r\n11\r\n")  # Ctrl-P, Ctrl-N


@case
def history_keeps_recent_lines(s):
    for i in range(150):
        s.typed(f"v{i} = {i}\r".encode(), b"")
    s.typed(UP + UP + UP + b"\r", b"")
    s.typed(b"v147\r", b"147")
    s.send(UP + UP)
    s.settle()
    if s.screen_line() != ">>> v147 = 147":
        raise Fail(f"history shows {s.screen_line()!r}")
    s.send(b"\x03")
    s.prompt()


@case
def tab_completes_one_candidate(s):
    s.typed(b"impo\t sys\r", b"")
    s.send(b"sys.exi\t")
    s.settle()
    if s.screen_line() != ">>> sys.exit":
        raise Fail(f"attribute: screen shows {s.screen_line()!r}")
    s.send(b"\x03")
    s.prompt()
    s.typed(b"pri\t('ok')\r", b"\r\nok\r\n")
    s.typed(b"my_variable = 42\r", b"")
    s.typed(b"my_v\t\r", b"\r\n42\r\n")
    s.send(b"whi\t")
    s.settle()
    if s.screen_line() != ">>> while":
        raise Fail(f"keyword: screen shows {s.screen_line()!r}")
    s.send(b"\x03")
    s.prompt()


@case
def tab_lists_several_candidates(s):
    s.typed(b"import sys\r", b"")
    s.send(b"sys.ex\t")
    chunk = s.expect(b">>> sys.ex")
    listing = chunk.split(b"\r\n")
    if len(listing) < 3 or b"exit" not in listing[1] or b"exc_info" not in listing[1]:
        raise Fail(f"listing: {chunk!r}")
    s.send(b"it(\x03")
    s.prompt()
    s.typed(b"abcd1 = 1; abcd2 = 2\r", b"")
    s.send(b"abc\t")
    s.settle()
    if s.screen_line() != ">>> abcd":
        raise Fail(f"common prefix: screen shows {s.screen_line()!r}")
    s.send(b"\t")
    chunk = s.expect(b">>> abcd")
    if b"abcd1" not in chunk or b"abcd2" not in chunk:
        raise Fail(f"second tab: {chunk!r}")
    s.typed(b"2\r", b"\r\n2\r\n")
    s.send(b"zzzq\t")  # nothing matches: nothing happens
    s.settle()
    if s.screen_line() != ">>> zzzq":
        raise Fail(f"no candidate: {s.screen_line()!r}")
    s.send(b"\x03")
    s.prompt()


@case
def tab_indents_at_line_start(s):
    s.send(b"if 1:\r")
    s.expect(b"...     ")
    s.send(BS + b"\t")
    s.settle()
    if s.screen_line() != "...     ":
        raise Fail(f"{s.screen_line()!r}")
    s.send(b"x = 3\r" + BS + b"\r")
    s.prompt()
    s.typed(b"x\r", b"3")


@case
def ctrl_c_cancels_the_line(s):
    s.send(b"print('no')\x03")
    chunk = s.expect(b">>> ")
    if b"no\r\n" in chunk[10:]:
        raise Fail(f"the line ran: {chunk!r}")
    s.send(b"if 1:\r")
    s.expect(b"...     ")
    s.send(b"print('no')\r")
    s.expect(b"...     ")
    s.send(b"\x03")
    chunk = s.expect(b">>> ")
    if b"no\r\n" in chunk:
        raise Fail(f"the block ran: {chunk!r}")
    s.typed(b"4\r", b"\r\n4\r\n")


@case
def ctrl_c_interrupts_running_code(s):
    s.send(b"while True: pass\r")
    s.expect(b"... ")
    s.send(b"\r")
    s.settle(0.3)
    s.send(b"\x03")
    chunk = s.expect(b">>> ")
    if b"KeyboardInterrupt" not in chunk:
        raise Fail(f"{chunk!r}")
    s.typed(b"1+1\r", b"\r\n2\r\n")
    s.send(b"import time\r")
    s.prompt()
    s.send(b"time.sleep(30)\r")
    s.settle(0.3)
    s.send(b"\x03")
    chunk = s.expect(b">>> ")
    if b"KeyboardInterrupt" not in chunk:
        raise Fail(f"sleep: {chunk!r}")


@case
def input_while_running(s):
    s.send(b"x = input('? ')\r")
    # The prompt itself, not the "? " inside the echoed line.
    s.expect(b"\n? ")
    s.send(b"hello\r")
    s.prompt()
    s.typed(b"x\r", b"'hello'")


@case
def ctrl_c_interrupts_input(s):
    s.send(b"y = input('? ')\r")
    s.expect(b"\n? ")
    s.send(b"half")
    s.settle(0.2)
    s.send(b"\x03")
    chunk = s.expect(b">>> ")
    if b"KeyboardInterrupt" not in chunk:
        raise Fail(f"{chunk!r}")
    s.typed(b"2*3\r", b"\r\n6\r\n")
    s.send(b"import sys; z = sys.stdin.readline()\r")
    s.settle(0.3)
    s.send(b"\x03")
    chunk = s.expect(b">>> ")
    if b"KeyboardInterrupt" not in chunk:
        raise Fail(f"readline: {chunk!r}")
    s.send(b"z = input('? ')\r")
    s.expect(b"\n? ")
    s.send(b"ok\r")
    s.prompt()
    s.typed(b"z\r", b"'ok'")


@case
def help_works(s):
    s.typed(b"help()\r", b"help(")
    s.typed(b"help(len)\r", b"object")
    s.typed(b"import sys\r", b"")
    s.typed(b"help(sys)\r", b"argv")


@case
def ctrl_b_reprints_banner(s):
    s.send(b"\x02")
    chunk = s.expect(b">>> ")
    if b"Minnow" not in chunk:
        raise Fail(f"{chunk!r}")


@case
def ctrl_d_exits_and_restores_terminal(s):
    s.settle()
    modes = termios.tcgetattr(s.slave)
    if modes[3] & (termios.ICANON | termios.ECHO):
        raise Fail("the terminal is not raw at the prompt")
    if not modes[1] & termios.OPOST:
        raise Fail("output processing is off at the prompt")
    s.send(b"\x04")
    status = s.wait_exit()
    if status != 0:
        raise Fail(f"exit status {status}")
    if not s.modes_restored():
        raise Fail("terminal modes not restored after Ctrl-D")


@case
def flush_reaches_a_pipe(s):
    # stdout to a pipe is buffered: print(flush=True) and sys.stdout.flush()
    # must still send the text at once (a host tool waits for it).
    exe = s.proc.args[0]
    prog = ("import sys, time\nprint('one', flush=True)\ntime.sleep(2)\n"
            "print('two', end='')\nsys.stdout.flush()\ntime.sleep(2)\n")
    p = subprocess.Popen([exe, "-c", prog], stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    try:
        got = b""
        for want in (b"one\n", b"one\ntwo"):
            deadline = time.monotonic() + 3.0  # the program ends (and flushes) at 4 s
            while got != want and time.monotonic() < deadline:
                r, _, _ = select.select([p.stdout], [], [], 0.1)
                if r:
                    got += os.read(p.stdout.fileno(), 100)
            if got != want:
                raise Fail(f"after flushing: {got!r}, want {want!r}")
    finally:
        p.kill()
        p.wait()


@case
def sys_exit_status_and_terminal(s):
    s.send(b"import sys; sys.exit(3)\r")
    status = s.wait_exit()
    if status != 3:
        raise Fail(f"exit status {status}")
    if not s.modes_restored():
        raise Fail("terminal modes not restored after sys.exit")


@case
def sigterm_restores_terminal(s):
    s.settle()
    s.proc.send_signal(signal.SIGTERM)
    status = s.wait_exit()
    if status != -signal.SIGTERM:
        raise Fail(f"status {status}")
    if not s.modes_restored():
        raise Fail("terminal modes not restored after SIGTERM")


@case
def sighup_restores_terminal(s):
    s.send(b"\x01")
    s.expect(RAW_BANNER)
    s.settle()
    s.proc.send_signal(signal.SIGHUP)
    s.wait_exit()
    if not s.modes_restored():
        raise Fail("terminal modes not restored after SIGHUP in raw mode")


@case
def paste_mode(s):
    s.send(b"\x05")
    s.expect(b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
    s.send(b"def foo():\r    return 41\r\rprint(foo() + 1)\r")
    s.expect(b"print(foo() + 1)\r\n=== ")
    lines = render(s.out)
    if "===     return 41" not in lines or "=== " not in lines:
        raise Fail(f"paste mode indented or dropped lines: {lines[-5:]!r}")
    s.send(b"\x04")
    chunk = s.expect(b">>> ")
    if b"42\r\n" not in chunk:
        raise Fail(f"{chunk!r}")
    s.typed(b"foo()\r", b"41")


@case
def paste_mode_cancel(s):
    s.send(b"\x05")
    s.expect(b"=== ")
    s.send(b"print('no')\r\x03")
    chunk = s.expect(b">>> ")
    if b"no\r\n" in chunk.replace(b"print('no')", b""):
        raise Fail(f"cancelled paste ran: {chunk!r}")
    s.typed(b"5\r", b"\r\n5\r\n")


@case
def paste_mode_error(s):
    s.send(b"\x05")
    s.expect(b"=== ")
    s.send(b"x = 1\r1/0\r\x04")
    chunk = s.expect(b">>> ")
    if b"ZeroDivisionError" not in chunk or b'line 2' not in chunk:
        raise Fail(f"{chunk!r}")
    s.typed(b"x\r", b"\r\n1\r\n")


def enter_raw(s):
    s.send(b"\r\x01")
    s.expect(b"\r\n" + RAW_BANNER)


@case
def raw_repl_transcript(s):
    s.send(b"\x01")
    got = s.expect(RAW_BANNER)
    if not got.endswith(b"\r\n" + RAW_BANNER):
        raise Fail(f"entering: {got!r}")
    s.send(b"print(1)\nprint('two')\x04")
    got = s.expect(b"\x04>")
    if got != b"OK1\r\ntwo\r\n\x04\x04>":
        raise Fail(f"run: {got!r}")
    s.send(b"1/0\x04")
    got = s.expect(b"\x04>")
    want = (b'OK\x04Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
            b"ZeroDivisionError: division by zero\r\n\x04>")
    if got != want:
        raise Fail(f"error: {got!r}")
    s.send(b"def (\x04")
    got = s.expect(b"\x04>")
    if not got.startswith(b"OK\x04") or b"SyntaxError" not in got:
        raise Fail(f"syntax error: {got!r}")
    s.send(b"x = 5\x04")
    if s.expect(b"\x04>") != b"OK\x04\x04>":
        raise Fail("assignment")
    s.send(b"print(x)\x04")
    if s.expect(b"\x04>") != b"OK5\r\n\x04\x04>":
        raise Fail("state kept between runs")


@case
def raw_repl_ctrl_keys(s):
    enter_raw(s)
    s.send(b"print(9)\x03print(8)\x04")  # Ctrl-C drops the line
    got = s.expect(b"\x04>")
    if got != b"OK8\r\n\x04\x04>":
        raise Fail(f"Ctrl-C: {got!r}")
    s.send(b"print(7)\r\x01")  # Ctrl-A starts again
    s.expect(RAW_BANNER)
    s.send(b"import sys\nprint(sys.stdout.write('ab'))\x04")
    got = s.expect(b"\x04>")
    if got != b"OKab2\r\n\x04\x04>":
        raise Fail(f"write: {got!r}")
    s.send(b"import sys; sys.exit(4)\x04")  # SystemExit ends the run, not the REPL
    got = s.expect(b"\x04>")
    if got != b"OK\x04\x04>":
        raise Fail(f"SystemExit: {got!r}")
    s.send(b"\x02")
    got = s.expect(b">>> ")
    if not got.startswith(b"\r\nMinnow"):
        raise Fail(f"Ctrl-B: {got!r}")
    s.typed(b"x = 1\r", b"")
    s.typed(b"x\r", b"\r\n1\r\n")


@case
def raw_repl_soft_reset(s):
    enter_raw(s)
    s.send(b"import json\nx = [1] * 1000\nf = open('/dev/null')\x04")
    s.expect(b"\x04>")
    s.send(b"\x04")
    got = s.expect(RAW_BANNER)
    if got != b"soft reboot\r\n" + RAW_BANNER:
        raise Fail(f"soft reset: {got!r}")
    s.send(b"print('x' in globals())\x04")
    if s.expect(b"\x04>") != b"OKFalse\r\n\x04\x04>":
        raise Fail("globals survived the soft reset")
    s.send(b"import sys\nprint(sorted(sys.modules))\x04")
    got = s.expect(b"\x04>")
    if b"json" in got:
        raise Fail(f"sys.modules survived the soft reset: {got!r}")
    # Repeated soft resets leave the heap where it was.
    used = []
    for _ in range(4):
        s.send(b"l = [str(i) for i in range(2000)]; d = {i: i for i in range(500)}\x04")
        s.expect(b"\x04>")
        s.send(b"\x04")
        s.expect(RAW_BANNER)
        s.send(b"import gc; gc.collect(); print(gc.mem_alloc())\x04")
        got = s.expect(b"\x04>")
        m = re.match(rb"OK(\d+)\r\n", got)
        if not m:
            raise Fail(f"mem_alloc: {got!r}")
        used.append(int(m.group(1)))
    if used[-1] > used[1]:
        raise Fail(f"soft resets leak: heap in use {used}")
    s.send(b"\x02")
    s.prompt()


@case
def raw_repl_interrupt(s):
    enter_raw(s)
    s.send(b"while True: pass\x04")
    s.expect(b"OK")
    s.settle(0.3)
    s.send(b"\x03")
    got = s.expect(b"\x04>")
    if b"\x04Traceback" not in got or b"KeyboardInterrupt" not in got:
        raise Fail(f"{got!r}")
    s.send(b"print(3)\x04")
    if s.expect(b"\x04>") != b"OK3\r\n\x04\x04>":
        raise Fail("after the interrupt")


@case
def raw_repl_exact_bytes(s):
    enter_raw(s)
    # Control bytes a cooked terminal would act on (erase, kill, suspend,
    # quit, XON/XOFF), CR LF line ends and 8-bit bytes reach the compiler as sent.
    s.send(b"s = 'a\x7fb\x15c\x1a\x1c\x11\x13\x08'\r\nprint(repr(s), len(s))\nprint(repr('\xc3\xa9'))\x04")
    got = s.expect(b"\x04>")
    if got != b"OK'a\\x7fb\\x15c\\x1a\\x1c\\x11\\x13\\x08' 10\r\n'\xc3\xa9'\r\n\x04\x04>":
        raise Fail(f"{got!r}")


def raw_paste_send(s, code, window):
    """The host side of raw-paste, as MicroPython documents it; returns the
    number of window grants received while sending."""
    remaining = window
    grants = 0
    i = 0
    while i < len(code):
        while remaining == 0 or select.select([s.master], [], [], 0)[0]:
            b = os.read(s.master, 1)
            if b == b"\x01":
                remaining += window
                grants += 1
            elif b == b"\x04":
                os.write(s.master, b"\x04")
                raise Fail("device ended the data early")
            else:
                raise Fail(f"unexpected byte during raw-paste: {b!r}")
        n = min(remaining, len(code) - i)
        os.write(s.master, code[i:i + n])
        i += n
        remaining -= n
    os.write(s.master, b"\x04")
    # Read to the end-of-data acknowledgement, counting late grants.
    while True:
        b = os.read(s.master, 1)
        if b == b"\x01":
            grants += 1
        elif b == b"\x04":
            break
        else:
            raise Fail(f"unexpected byte before the end of data: {b!r}")
    s.out = b""
    s.mark = 0
    return grants


def enter_raw_paste(s):
    s.send(b"\x05A\x01")
    got = s.expect(re.compile(b"R[\x00\x01]"))
    if got != b"R\x01":
        raise Fail(f"raw-paste refused: {got!r}")
    # Read the window size and the first grant exactly, byte by byte.
    rest = s.out[s.mark:]
    while len(rest) < 3:
        rest += os.read(s.master, 3 - len(rest))
    if len(rest) > 3 or rest[2:3] != b"\x01":
        raise Fail(f"raw-paste header: {rest!r}")
    s.out = b""
    s.mark = 0
    return struct.unpack("<H", rest[:2])[0]


@case
def raw_paste_documented_example(s):
    s.send(b"\r")
    s.prompt()
    s.settle()
    s.out = b""
    s.mark = 0
    s.send(b"\x01\x05A\x01print(123)\x04")
    got = s.expect(b"\x04\x04>")
    m = re.fullmatch(rb"\r\nraw REPL; CTRL-B to exit\r\n>R\x01(..)\x01\x04123\r\n\x04\x04>", got, re.S)
    if not m:
        raise Fail(f"{got!r}")


@case
def raw_paste_flow_control(s):
    enter_raw(s)
    window = enter_raw_paste(s)
    if window < 16:
        raise Fail(f"window {window}")
    lines = [f"v{i:04d} = {i}  # {'x' * 30}\n".encode() for i in range(150)]
    code = b"".join(lines) + b"print(sum(globals()[k] for k in globals() if k.startswith('v')))\n"
    if len(code) < 4 * window:
        raise Fail("test script too small")
    grants = raw_paste_send(s, code, window)
    if grants != len(code) // window:
        raise Fail(f"{grants} window grants for {len(code)} bytes, window {window}")
    got = s.expect(b"\x04>")
    if got != f"{sum(range(150))}\r\n\x04\x04>".encode():
        raise Fail(f"{got!r}")
    # Raw-paste again, with an error.
    s.out = b""
    s.mark = 0
    window = enter_raw_paste(s)
    raw_paste_send(s, b"x = 1\n[][x]\n", window)
    got = s.expect(b"\x04>")
    if not got.startswith(b"\x04Traceback") or b"IndexError" not in got or b'line 2' not in got:
        raise Fail(f"error: {got!r}")


@case
def raw_paste_abort(s):
    enter_raw(s)
    window = enter_raw_paste(s)
    s.send(b"print('no')\n\x03")
    got = s.expect(b"\x04>")
    if not got.startswith(b"\x04\x04") or b"KeyboardInterrupt" not in got or b"no" in got:
        raise Fail(f"{got!r}")
    s.send(b"print(1)\x04")
    if s.expect(b"\x04>") != b"OK1\r\n\x04\x04>":
        raise Fail("raw REPL after the abort")


@case
def pyboard_style_session(s):
    # What mpremote and pyboard.py send: interrupt, enter raw mode, soft
    # reset, run through raw-paste, leave raw mode.
    s.send(b"\r\x03")
    s.settle()
    s.send(b"\r\x01")
    s.expect(b"raw REPL; CTRL-B to exit\r\n")
    s.expect(b">")
    s.send(b"\x04")
    s.expect(b"soft reboot\r\n")
    s.expect(b"raw REPL; CTRL-B to exit\r\n")
    s.expect(b">")
    s.out = b""
    s.mark = 0
    window = enter_raw_paste(s)
    raw_paste_send(s, b"import sys\nprint(sys.platform)\n", window)
    if s.expect(b"\x04") != b"linux\r\n\x04" or s.expect(b"\x04") != b"\x04":
        raise Fail(f"output {s.out!r}")
    s.expect(b">")
    s.send(b"\r\x02")
    got = s.expect(b">>> ")
    if b"Minnow" not in got:
        raise Fail(f"leaving raw mode: {got!r}")


@case
def inspect_after_script(exe):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("value = 6 * 7\nprint('script ran')\n")
    try:
        s = Session(exe, ["-i", f.name])
        try:
            s.expect(b"script ran\r\n")
            s.prompt()
            s.typed(b"value\r", b"\r\n42\r\n")
        finally:
            s.close()
    finally:
        os.unlink(f.name)


inspect_after_script.own_session = True


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else "build/minnow"
    if not os.path.exists(exe) and (ROOT / exe).exists():
        exe = str(ROOT / exe)
    if not os.path.exists(exe):
        print(f"no minnow at {exe}")
        print("0 passed, 1 failed")
        return 1
    passed = failed = 0
    for fn in CASES:
        name = fn.__name__
        old = signal.signal(signal.SIGALRM, lambda *a: (_ for _ in ()).throw(Fail("case timed out")))
        signal.alarm(20)
        try:
            if getattr(fn, "own_session", False):
                fn(exe)
            else:
                s = started(exe)
                try:
                    fn(s)
                finally:
                    s.close()
            passed += 1
        except Fail as e:
            failed += 1
            print(f"FAIL {name}: {e}")
        except Exception as e:  # a bug in the test itself still counts as a failure
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
