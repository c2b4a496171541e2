# Netduino Plus 2 (STM32F405RG, Cortex-M4F), QEMU machine netduinoplus2.
# Read by ports/common/CMakeLists.txt.
set(BOARD_NAME netduinoplus2)
set(BOARD_CPU_FLAGS -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16)
set(BOARD_SOURCES ${CMAKE_CURRENT_LIST_DIR}/board.cpp)
set(BOARD_FLASH_BYTES 1048576)   # the chip
set(BOARD_RAM_BYTES 131072)      # SRAM1 + SRAM2
set(BOARD_FLASH_TARGET 262144)   # what the image should stay within (README: 256 KB)
# Enforced: an image that outgrows 256 KB fails the build.
set(BOARD_ENFORCE_FLASH_TARGET ON)
set(BOARD_QEMU_MACHINE netduinoplus2)
set(BOARD_LTO ON)                # link-time optimisation (ports/common/CMakeLists.txt)
