#!/usr/bin/python3
"""Runs a command and reports what it cost, as the kernel counted it: wall time from fork to
reaping, and the child's user and system CPU from wait4(2) (what /usr/bin/time reads, at
microsecond resolution instead of /usr/bin/time's hundredths). The child's stdout and stderr
pass through; the report is the last line on stderr, `RUSAGE {json}`."""
import json
import os
import sys
import time

argv = sys.argv[1:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
report = {
    "wallMs": wall * 1000,
    "userMs": usage.ru_utime * 1000,
    "sysMs": usage.ru_stime * 1000,
    "maxRssKb": usage.ru_maxrss,
    "exitCode": os.waitstatus_to_exitcode(status),
}
sys.stderr.write("RUSAGE " + json.dumps(report) + "\n")
sys.exit(0)
