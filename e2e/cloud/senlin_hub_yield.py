"""Senlin 14's services with Debian's eventlet, greenlet and oslo.db: no yield from the hub.

Senlin leaves some database connections to the garbage collector. When a collection runs in
eventlet's hub (its main loop), SQLAlchemy returns the connection there, and oslo.db's
check-in listener yields (`time.sleep(0)`), which eventlet forbids in the hub: an
AssertionError inside a weakref callback, on every such connection. Under load the
senlin-engine then died of a greenlet SystemError in the hub's timers (seen on this cloud:
"switch ... returned NULL without setting an exception"), leaving every action READY.

The listener's yield only lets other green threads run between queries; in the hub there
is nothing to yield to. Here it is skipped there and kept everywhere else. Each launcher
below loads this before Senlin creates its database engine.
"""
import eventlet.hubs
import greenlet
from oslo_db.sqlalchemy import engines

_thread_yield = engines._thread_yield


def _yield_unless_in_hub(dbapi_con, con_record):
    if greenlet.getcurrent() is eventlet.hubs.get_hub().greenlet:
        return
    _thread_yield(dbapi_con, con_record)


engines._thread_yield = _yield_unless_in_hub


def api_main():
    from senlin.cmd.api import main
    return main()


def conductor_main():
    from senlin.cmd.conductor import main
    return main()


def engine_main():
    from senlin.cmd.engine import main
    return main()


def health_manager_main():
    from senlin.cmd.health_manager import main
    return main()
