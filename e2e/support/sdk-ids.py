#!/usr/bin/python3
"""openstacksdk's answers, for the SDK parity test: reads {"cloud", "lists": {name: {"service",
"method", "query", "fields"}}} on stdin, where service is a proxy of the connection
(orchestration, load_balancer, dns, key_manager) and method one of its listing calls (stacks,
load_balancers, zones, recordsets, secrets); prints {name: {"items": [{"id", field: value, ...}]}} as JSON, in
the order openstacksdk yields them, or {name: {"error": "<exception type>: <message>"}} when
openstacksdk fails on that list, so that the test can say exactly how."""
import json
import sys

import openstack

request = json.load(sys.stdin)
conn = openstack.connect(cloud=request["cloud"])
answers = {}
for name, ask in request["lists"].items():
    try:
        listing = getattr(getattr(conn, ask["service"]), ask["method"])(**ask.get("query", {}))
        answers[name] = {
            "items": [
                {"id": item.id, **{field: getattr(item, field) for field in ask.get("fields", [])}}
                for item in listing
            ]
        }
    except Exception as error:  # reported to the test, which names the failure
        answers[name] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(answers))
