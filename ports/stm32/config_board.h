// Netduino Plus 2 (STM32F405): the standard level, the whole language with
// float and big ints. Read by src/config.h before its defaults.
#pragma once

#define MINNOW_LEVEL 1  // MINNOW_LEVEL_STANDARD
#define MINNOW_MACHINE 1
#define MINNOW_MACHINE_NAME "Netduino Plus 2 with STM32F405RG"
#define MINNOW_BOARD_RX_BUFFER 512
