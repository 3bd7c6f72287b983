#!/usr/bin/python3
"""openstacksdk's answers, for the parity test: reads {"cloud", "connect": {...}, "queries": [[type, region, interface], ...]}
on stdin and prints the endpoint_for of each query (or the exception's class name) as JSON."""
import json
import sys

import openstack

request = json.load(sys.stdin)
conn = openstack.connect(cloud=request["cloud"], **request.get("connect", {}))
answers = []
for service_type, region, interface in request["queries"]:
    try:
        answers.append(conn.endpoint_for(service_type, interface=interface, region_name=region))
    except Exception as error:  # the test compares failures by class name
        answers.append("error: " + type(error).__name__)
print(json.dumps(answers))
