// BBC micro:bit v1 (nRF51822, 16 KB of RAM): the minimal level, no float,
// no big ints and none of the optional modules. Read by src/config.h before
// its defaults (the build passes -DMINNOW_BOARD_CONFIG='"config_board.h"').
#pragma once

#define MINNOW_LEVEL MINNOW_LEVEL_MINIMAL
// The machine module: ports/common defines the port's machine functions.
#define MINNOW_MACHINE 1
// sys.implementation._machine
#define MINNOW_MACHINE_NAME "micro:bit with nRF51822"
// Bytes of the UART receive buffer (ports/common/board.h).
#define MINNOW_BOARD_RX_BUFFER 128
// 1.9 KB of VM stack (about 20 nested Python calls): the rest of the RAM
// goes to the GC heap, which keeps at least 8 KB usable.
#define MINNOW_VM_STACK_WORDS 480
// No file system: open() raises OSError, and io has no file objects.
#define MINNOW_FILES 0
