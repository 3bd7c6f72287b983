#!/usr/bin/python3
"""Fills a Swift container's listing with COUNT rows named item-000000 … (usage:
swift-listing-rows.py STATE ACCOUNT CONTAINER COUNT), and prints the container's object count.

The token-expiry walk needs a listing of 100,000 entries. Made by 100,000 PUTs, that takes
minutes on this machine; this merges the rows into the container's database with Swift's
own ContainerBroker.merge_items, the call Swift's replicator uses to copy rows between
replicas. The listing the SDK then walks is Swift's, served by its container server; only
the objects' bytes do not exist (a GET of one answers 404). Rows already there are kept.
"""
import os
import sys

import swift.common.utils as utils

state, account, container, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
swift_dir = os.path.join(state, 'etc', 'swift')
# Swift reads /etc/swift/swift.conf for the hash prefix and suffix: point it at the cloud's.
utils.SWIFT_CONF_FILE = os.path.join(swift_dir, 'swift.conf')
utils.validate_hash_conf()

from swift.common.ring import Ring  # noqa: E402 (after the conf is set)
from swift.common.utils import Timestamp, hash_path  # noqa: E402
from swift.container.backend import DATADIR, ContainerBroker  # noqa: E402

partition, nodes = Ring(swift_dir, ring_name='container').get_nodes(account, container)
digest = hash_path(account, container)
db = os.path.join(state, 'swift', 'node', nodes[0]['device'], DATADIR, str(partition),
                  digest[-3:], digest, digest + '.db')
if not os.path.exists(db):
    sys.exit('no database for %s/%s at %s: create the container first' % (account, container, db))
broker = ContainerBroker(db, account=account, container=container)
have = broker.get_info()['object_count']
if have < count:
    now = Timestamp.now().internal
    broker.merge_items([
        {'name': 'item-%06d' % i, 'created_at': now, 'size': 0,
         'content_type': 'application/octet-stream',
         'etag': 'd41d8cd98f00b204e9800998ecf8427e', 'deleted': 0, 'storage_policy_index': 0}
        for i in range(count)])
print(broker.get_info()['object_count'])
