"""Octavia 11 with Debian's oslo.log: logging's locks stay native in processes of native threads.

Octavia's services never monkey-patch: its worker runs oslo.messaging's threading executor
and taskflow's thread pool, real OS threads. Yet eventlet is imported along the way
(oslo.concurrency and oslo.service import it), and oslo.log's setup() takes that alone as
"this process runs on eventlet": it swaps logging's module lock for eventlet's green RLock.
When two OS threads then meet on that lock, eventlet's semaphore hands it to a greenlet of
the other thread, which greenlet forbids: "greenlet.error: cannot switch to a different
thread", and the waiting thread never wakes. Seen in CI here (2026-12-07): the worker took
its first load balancer and stalled, every later one left PENDING_CREATE. Reproduced with
four threads taking logging's lock after oslo.log's setup: all four stuck.

Here the swap is made only where it is meant for, a process whose threads eventlet patched.
Each launcher below loads this before Octavia's command module sets up logging.
"""
import importlib

import eventlet.patcher
from oslo_log import log

_swap_for_green_locks = log._fix_eventlet_logging


def _only_under_patched_threads():
    if eventlet.patcher.is_monkey_patched("thread"):
        _swap_for_green_locks()


log._fix_eventlet_logging = _only_under_patched_threads


def _run(module):
    return importlib.import_module(module).main()


def api_main():
    return _run("octavia.cmd.api")


def worker_main():
    return _run("octavia.cmd.octavia_worker")


def health_manager_main():
    return _run("octavia.cmd.health_manager")


def housekeeping_main():
    return _run("octavia.cmd.house_keeping")
