// smpwork.c with two environments: two independent CPU-bound environments,
// the "2 CPUs" scaling case (bench/smp-scaling).
#define SMPWORK_ENVS 2
#include "smpwork.c"
