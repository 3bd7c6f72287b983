#!/usr/bin/python3
"""openstacksdk's view of Placement, for the parity test: reads {"cloud", "name"} on stdin and
prints the uuids of every resource provider, of those named `name`, and the resource class names."""
import json
import sys

import openstack

request = json.load(sys.stdin)
conn = openstack.connect(cloud=request["cloud"])
print(json.dumps({
    "providers": [p.id for p in conn.placement.resource_providers()],
    "named": [p.id for p in conn.placement.resource_providers(name=request["name"])],
    "resource_classes": [c.name for c in conn.placement.resource_classes()],
}))
