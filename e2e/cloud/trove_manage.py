"""trove-manage for Python 3.11, and the loopback cloud's datastores in one process.

Trove 18's manage.py reads its commands' arguments with inspect.getargspec, which Python
3.11 removed; getfullargspec answers the same .args and .defaults, lent here under the old
name. `datastores_main` registers the datastores through the same Commands that
trove-manage runs, in one process: seven trove-manage runs cost minutes on a busy machine.
"""
import inspect
import os
import sys

if not hasattr(inspect, 'getargspec'):
    inspect.getargspec = inspect.getfullargspec

# the datastore, its versions (the first is the default) and the manager that runs them
DATASTORE = 'mysql'
VERSIONS = ['5.7.29', '8.0']


def main():
    sys.argv[0] = 'trove-manage'
    from trove.cmd.manage import main as manage_main
    return manage_main()


def datastores_main():
    """usage: trove-datastores --config-file trove.conf  (env TROVE_GUEST_IMAGE: a Glance image id)"""
    image_id = os.environ['TROVE_GUEST_IMAGE']
    from oslo_log import log as logging
    import trove
    from trove.cmd.manage import Commands
    from trove.common import cfg
    from trove.db import get_db_api
    cfg.parse_args(sys.argv)
    logging.setup(cfg.CONF, None)
    get_db_api().configure_db(cfg.CONF)
    rules = os.path.join(os.path.dirname(trove.__file__), 'templates', DATASTORE, 'validation-rules.json')
    commands = Commands()
    commands.datastore_update(DATASTORE, '')
    for version in VERSIONS:
        commands.datastore_version_update(DATASTORE, version, DATASTORE, image_id, '', 1)
        commands.db_load_datastore_config_parameters(DATASTORE, version, rules)
    commands.datastore_update(DATASTORE, VERSIONS[0])
    return 0
