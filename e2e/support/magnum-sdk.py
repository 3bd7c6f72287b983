#!/usr/bin/python3
"""The uuids Python's Magnum client lists, for e2e/sdk-parity-container-infra.test.ts.

openstacksdk 0.101 (Debian's) has no container_infrastructure_management proxy yet, so the
reference is python-magnumclient (Debian's 4.0.0), the client the openstack CLI's `coe`
commands use, on openstacksdk's keystone session from clouds.yaml.

stdin: {"cloud": "local", "lists": {name: {"method": "cluster_templates" | "clusters" |
        "nodegroups" | "quotas" | "mservices", "query": {...}}}}
stdout: {name: {"items": [{"id": ..., "name": ...}, ...]} or {"error": "..."}}
"""
import json
import sys

import openstack
from magnumclient.v1 import client as magnum_client

ask = json.load(sys.stdin)
conn = openstack.connect(cloud=ask["cloud"], region_name="RegionOne")
magnum = magnum_client.Client(session=conn.session, region_name="RegionOne", api_version="1.10")

answers = {}
for name, one in ask["lists"].items():
    try:
        manager = getattr(magnum, one["method"])
        rows = manager.list(**one.get("query", {}))
        answers[name] = {
            "items": [
                {"id": getattr(row, "uuid", None) or getattr(row, "id", None), "name": getattr(row, "name", None),
                 "project_id": getattr(row, "project_id", None)}
                for row in rows
            ]
        }
    except Exception as error:  # reported to the test, which fails on it
        answers[name] = {"error": "%s: %s" % (type(error).__name__, error)}
json.dump(answers, sys.stdout)
