"""Senlin 14's services with Debian's eventlet, greenlet and oslo.db: no switch in the hub or in a collection.

Senlin leaves some database connections to the garbage collector. When a collection runs in
eventlet's hub (its main loop), SQLAlchemy returns the connection there, and oslo.db's
check-in listener yields (`time.sleep(0)`), which eventlet forbids in the hub: an
AssertionError inside a weakref callback, on every such connection. Under load the
senlin-engine then died of a greenlet SystemError in the hub's timers (seen on this cloud:
"switch ... returned NULL without setting an exception"), leaving every action READY.

The listener's yield only lets other green threads run between queries; in the hub there
is nothing to yield to. Here it is skipped there and kept everywhere else.

The same collection also rolls the connection back before the pool takes it, and psycopg2's
eventlet wait callback waits for that answer by switching to the hub. In the hub that is
the same AssertionError, the rollback half-done and its answer left unread on a pooled
connection. In any other green thread it is a switch in the middle of a garbage collection,
which greenlet does not survive on this Python: later switches back into that thread fail
with "SystemError: ... returned NULL without setting an exception" (in the hub's timers and
poll callbacks), and the thread is gone. Seen in CI twice (2026-12-06): the engine's
scale-out stayed WAITING; locally the conductor stopped answering, every API call a 500
after 60 s. So while a collection runs, or in the hub, nothing here switches: the yield
is skipped and the wait blocks, on the unpatched select (a rollback on the loopback
PostgreSQL takes milliseconds). Everywhere else eventlet's own callback and yield are used.

Each launcher below loads this, then Senlin's command module (whose import monkey-patches,
installing eventlet's callback), then puts this wait in place before Senlin creates its
database engine.
"""
import gc

import eventlet.hubs
import eventlet.patcher
import greenlet
import psycopg2
from eventlet.support.psycopg2_patcher import eventlet_wait_callback
from oslo_db.sqlalchemy import engines
from psycopg2 import extensions

_thread_yield = engines._thread_yield


_collecting = False


def _note_collection(phase, info):
    global _collecting
    _collecting = phase == "start"


gc.callbacks.append(_note_collection)


def _may_not_switch():
    return _collecting or greenlet.getcurrent() is eventlet.hubs.get_hub().greenlet


def _yield_unless_it_may_not(dbapi_con, con_record):
    if _may_not_switch():
        return
    _thread_yield(dbapi_con, con_record)


engines._thread_yield = _yield_unless_it_may_not


# The select that blocks: eventlet's patched one would switch to the hub.
select = eventlet.patcher.original("select").select


def _blocking_wait(conn):
    while True:
        state = conn.poll()
        if state == extensions.POLL_OK:
            return
        if state == extensions.POLL_READ:
            select([conn.fileno()], [], [])
        elif state == extensions.POLL_WRITE:
            select([], [conn.fileno()], [])
        else:
            raise psycopg2.OperationalError("Bad result from poll: %r" % state)


def _wait(conn, timeout=-1):
    if _may_not_switch():
        _blocking_wait(conn)
    else:
        eventlet_wait_callback(conn, timeout)


def _run(module):
    import importlib
    main = importlib.import_module(module).main
    extensions.set_wait_callback(_wait)
    return main()


def api_main():
    return _run("senlin.cmd.api")


def conductor_main():
    return _run("senlin.cmd.conductor")


def engine_main():
    return _run("senlin.cmd.engine")


def health_manager_main():
    return _run("senlin.cmd.health_manager")
