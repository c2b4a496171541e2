# BBC micro:bit v1 (nRF51822, Cortex-M0), QEMU machine microbit.
# Read by ports/common/CMakeLists.txt.
set(BOARD_NAME microbit)
set(BOARD_CPU_FLAGS -mcpu=cortex-m0 -mthumb -mfloat-abi=soft)
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.cpp)
set(BOARD_FLASH_BYTES 262144)
set(BOARD_RAM_BYTES 16384)
set(BOARD_FLASH_TARGET 204800)   # an aim (200 KB), not enforced: the chip's 256 KB is
set(BOARD_ENFORCE_FLASH_TARGET OFF)
set(BOARD_QEMU_MACHINE microbit)
