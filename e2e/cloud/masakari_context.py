"""Masakari 14 with Debian's oslo.messaging 14.0.3+deb12u1: notifications need read_deleted.

Every write of masakari's API (segments, hosts, notifications) and every flow of its engine
emits a versioned notification. Since the Debian security update of oslo.messaging, the
notifier first strips the request context down to a fixed list of keys and rebuilds it with
RequestContext.from_dict; masakari's from_dict then passes read_deleted=None (the key was
stripped), and masakari's context refuses anything but 'no', 'yes' or 'only': the API answers
500 to every create, update and delete, even with the noop notification driver.

The stripped context only travels with the notification (which the noop driver drops): giving
it masakari's own default, 'no', changes nothing else. Imported by both launchers below,
before masakari builds a context.
"""
import masakari.context

_from_dict = masakari.context.RequestContext.from_dict.__func__


def _from_dict_with_default(cls, values, **kwargs):
    if values.get('read_deleted') is None:
        values = dict(values, read_deleted='no')
    return _from_dict(cls, values, **kwargs)


masakari.context.RequestContext.from_dict = classmethod(_from_dict_with_default)


def api_main():
    """masakari-api with the default above in place."""
    from masakari.cmd.api import main
    return main()


def engine_main():
    """masakari-engine with the default above in place."""
    from masakari.cmd.engine import main
    return main()
