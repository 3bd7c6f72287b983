// The reference login: keystoneauth in Debian's Python, on the same cloud, for the auth
// suites to hold our logins beside (what its token says, or the auth methods it is missing).
import { spawnSync } from "node:child_process";

/** One keystoneauth login in Debian's Python, on the same cloud: what its token says. */
export function keystoneauth(auth: Record<string, unknown>): unknown {
  const script = `
import json, sys
from keystoneauth1 import loading, session, exceptions
args = json.load(sys.stdin)
kind = args.pop("auth_type", "v3multifactor")
plugin = loading.get_plugin_loader(kind).load_from_options(**args)
try:
    access = plugin.get_access(session.Session())
except exceptions.MissingAuthMethods as e:
    print(json.dumps({"missing_auth_methods": {"methods": e.methods, "required": [sorted(r) for r in e.required_auth_methods]}}))
    sys.exit(0)
print(json.dumps({"user_id": access.user_id, "project_id": access.project_id, "roles": sorted(access.role_names), "methods": sorted(access._data["token"]["methods"])}))
`;
  const run = spawnSync("/usr/bin/python3", ["-c", script], {
    input: JSON.stringify(auth),
    encoding: "utf8",
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`keystoneauth failed: ${run.stderr.slice(-500)}`);
  return JSON.parse(run.stdout);
}
