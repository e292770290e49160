// Native stand-in for JOS's <inc/lib.h>: just what the CPU-bound benchmark
// programs (jos/user/{sieve,crc32,matmul,qsort}.c) use, so that the very
// same C files compile into a static Linux i386 program with no libc.

#ifndef BENCH_NATIVE_LIB_H
#define BENCH_NATIVE_LIB_H 1

typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef uint32_t size_t;

void umain(int argc, char **argv);
int cprintf(const char *fmt, ...);

#endif
