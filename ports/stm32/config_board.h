// Netduino Plus 2 (STM32F405): the standard level, the whole language with
// float and big ints. Read by src/config.h before its defaults (the build
// passes -DMINNOW_BOARD_CONFIG='"config_board.h"').
#pragma once

#define MINNOW_LEVEL MINNOW_LEVEL_STANDARD
// The machine module: ports/common defines the port's machine functions.
#define MINNOW_MACHINE 1
// sys.implementation._machine
#define MINNOW_MACHINE_NAME "Netduino Plus 2 with STM32F405RG"
// Bytes of the UART receive buffer (ports/common/board.h).
#define MINNOW_BOARD_RX_BUFFER 512
// 8 KB of VM stack: about 100 nested Python calls (128 KB of RAM can spare it).
#define MINNOW_VM_STACK_WORDS 2048
// No file system: open() raises OSError, and io has no file objects.
#define MINNOW_FILES 0
// One-character strings come from the heap (100 KB here), not a 2 KB table
// in flash.
#define MINNOW_ASCII_CHAR_STRS 0
