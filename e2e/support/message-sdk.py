#!/usr/bin/python3
"""openstacksdk's view of Zaqar, for the message parity test: reads {"cloud", "lists": {name:
{"method", "args", "query", "fields"}}} on stdin, where method is a listing call of
openstacksdk's message proxy (queues, messages, subscriptions) and args its positional
arguments (the queue's name); prints {name: {"items": [{field: value, ...}]}} as JSON, in the
order openstacksdk yields them, or {name: {"error": "<exception type>: <message>"}} when
openstacksdk fails on that list, so that the test can say exactly how."""
import json
import sys

import openstack

request = json.load(sys.stdin)
conn = openstack.connect(cloud=request["cloud"])
answers = {}
for name, ask in request["lists"].items():
    try:
        listing = getattr(conn.message, ask["method"])(*ask.get("args", []), **ask.get("query", {}))
        answers[name] = {"items": [{field: getattr(item, field) for field in ask["fields"]} for item in listing]}
    except Exception as error:  # reported to the test, which names the failure
        answers[name] = {"error": f"{type(error).__name__}: {error}"}
print(json.dumps(answers))
