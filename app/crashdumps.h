#pragma once
// Keeps tokens out of crash output. A token lives in this process's memory (read from the
// keychain or the environment) and in /proc/<pid>/environ when it came from the environment; a
// core file written on a crash would carry it to wherever crash reports go. So before anything
// else runs: no core files (RLIMIT_CORE 0), and on Linux the process is marked not dumpable,
// which also keeps other processes of the same user from reading its memory and environment.
namespace insights::crashdumps {

void disable();

} // namespace insights::crashdumps
