#!/usr/bin/python3
"""openstacksdk's answers, for the network parity test: reads {"cloud", "lists": {name: query}}
on stdin, where each name is a conn.network proxy method that lists (networks, routers, ...),
and prints {name: [ids in the order openstacksdk yields them]} as JSON."""
import json
import sys

import openstack

request = json.load(sys.stdin)
conn = openstack.connect(cloud=request["cloud"])
answers = {}
for name, query in request["lists"].items():
    method, _, _ = name.partition("#")
    answers[name] = [item.id for item in getattr(conn.network, method)(**query)]
print(json.dumps(answers))
