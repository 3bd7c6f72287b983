#!/usr/bin/python3
"""The reference: the seed scenario with Python's openstacksdk (Debian's), as a whole process.
Usage: python3 seed/openstacksdk.py <network name>. Prints what it saw as one JSON line."""
import json
import sys

import openstack

name = sys.argv[1]
# The same explicit arguments as the TypeScript seed; no clouds.yaml or OS_* lookups.
conn = openstack.connect(
    auth_url="http://127.0.0.1:5000/v3",
    project_name="admin",
    username="admin",
    password="admin",
    user_domain_name="Default",
    project_domain_name="Default",
    load_yaml_config=False,
    load_envvars=False,
)

projects = list(conn.identity.projects())
network = conn.network.find_network(name)
if network is None:
    network = conn.network.create_network(name=name)
found = conn.network.find_network(name)
conn.network.delete_network(found)
token = conn.authorize()

print(json.dumps({"projects": sorted(p.name for p in projects), "created": network.id, "found": found.id if found else None, "tokenLength": len(token)}))
