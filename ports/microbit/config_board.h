// BBC micro:bit v1 (nRF51822, 16 KB of RAM): the minimal level, no float
// and no big ints. Read by src/config.h before its defaults.
#pragma once

#define MINNOW_LEVEL 0  // MINNOW_LEVEL_MINIMAL
#define MINNOW_MACHINE 1
#define MINNOW_MACHINE_NAME "micro:bit with nRF51822"
#define MINNOW_BOARD_RX_BUFFER 128
