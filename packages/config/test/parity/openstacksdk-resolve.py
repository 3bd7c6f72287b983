"""Resolve parity cases with Python's openstacksdk (the reference implementation).

Reads a JSON list of cases on stdin and prints a JSON list of results. Each case names
files already written to disk, the environment to resolve in, the cloud and the argparse
options; the result holds what openstack-ts compares: auth, region, interface and each
service's endpoint, versions, interface and region. Run with Debian's /usr/bin/python3,
which has python3-openstacksdk.

Case: {"config_files": [...], "secure_files": [...], "vendor_files": [...],
       "env": {...}, "cloud": str|null, "options": {...}}
"""

import argparse
import json
import os
import sys
import warnings

from openstack.config import loader

SERVICES = [
    "identity", "compute", "network", "image", "block-storage", "object-store",
    "placement", "dns", "load-balancer", "orchestration", "key-manager",
    "baremetal", "shared-file-system", "database",
]


def microversion_of(region, service_type):
    # The microversion openstacksdk sends by default: default_microversion, or
    # one implied by a dotted api_version. Conflicts raise, as when used.
    try:
        return {"value": region._get_version_request(service_type, None).default_microversion}
    except Exception as error:  # noqa: BLE001 - reported, not hidden
        return {"error": type(error).__name__}


def resolve(case):
    os.environ.clear()
    os.environ.update(case.get("env", {}))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        config = loader.OpenStackConfig(
            config_files=list(case.get("config_files", [])),
            secure_files=list(case.get("secure_files", [])),
            vendor_files=list(case.get("vendor_files", [])),
        )
        namespace = argparse.Namespace(**case.get("options", {}))
        region = config.get_one(cloud=case.get("cloud"), argparse=namespace)
    verify, cert = region.get_requests_verify_args()
    services = {}
    for service_type in SERVICES:
        services[service_type] = {
            "endpoint_override": region.get_endpoint(service_type),
            "api_version": region.get_api_version(service_type),
            "microversion": microversion_of(region, service_type),
            "interface": region.get_interface(service_type),
            "region_name": region.get_region_name(service_type),
        }
    return {
        "name": region.name,
        "region_name": region.region_name,
        "auth_type": region.config.get("auth_type"),
        "auth": region.config.get("auth", {}),
        "interface": region.get_interface(),
        "verify": verify,
        "cert": cert,
        "api_timeout": region.config.get("api_timeout"),
        "services": services,
        "warnings": [str(w.message) for w in caught],
    }


def main():
    results = []
    for case in json.load(sys.stdin):
        try:
            results.append({"ok": True, "result": resolve(case)})
        except Exception as error:  # noqa: BLE001 - the comparison wants the failure
            results.append({"ok": False, "error": "%s: %s" % (type(error).__name__, error)})
    json.dump(results, sys.stdout, default=str)


if __name__ == "__main__":
    main()
