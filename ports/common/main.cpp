// The main loop of a bare-metal board: bring the board up, give the VM the
// RAM the linker left over as its heap, and run the REPL on the UART for
// ever. Leaving the REPL (Ctrl-D, sys.exit(), machine.soft_reset()) is a
// soft reset: the user's state goes, the interpreter and the heap stay.
#include "board.h"
#include "obj/list.h"
#include "port/port.h"
#include "repl/repl.h"
#include "vm/state.h"

extern "C" char _heap_start[], _heap_end[];

using namespace minnow;

[[noreturn]] void board_main() {
  board::init();
  vm_init(_heap_start, static_cast<size_t>(_heap_end - _heap_start));
  list_append(ts.sys_path.as<List>(), str_new("", 0));
  for (;;) {
    int status = 0;
    ReplEnd end = repl_run(&status);
    if (end != ReplEnd::SoftReset) port::write("MPY: soft reboot\n", 17);
    vm_soft_reset();
  }
}
