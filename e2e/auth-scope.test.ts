// Choosing a scope after a login (issue 15), on the real Keystone: a user with no default
// project logs in by password with no project (an unscoped token), lists what it may scope
// to, and re-scopes by its token to a project, a domain, the system and a trust, with no
// password asked again; where it has no role, Keystone's 401 is a ScopeRefusedError. Each
// result is compared with keystoneauth's (v3.Token from the same unscoped token) and the
// lists with keystoneclient's auth.projects()/domains()/systems() on the same cloud.
import { spawnSync } from "node:child_process";
import { inspect } from "node:util";
import { Connection, type ConnectionOptions, ScopeRefusedError } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, ONE_REGION, recordingFetch, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const later = undoLater();
const name = uniqueName("scope");
const password = `scope-password-${Math.random().toString(36).slice(2)}`;
let userId = "";
let demoId = "";
let adminProjectId = "";
let trustId = "";

const unscoped = (options: Partial<ConnectionOptions> = {}) =>
  new Connection({
    authUrl: AUTH_URL,
    ...ONE_REGION,
    username: name,
    userDomainName: "Default",
    password,
    ...options,
  } as ConnectionOptions);

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("the call succeeded");
    },
    (error: unknown) => error,
  );

beforeAll(async () => {
  const demo = await conn.identity.findProject("demo", { ignoreMissing: false });
  demoId = demo.id;
  adminProjectId = (await conn.currentProjectId)!;
  // No default project: Keystone would otherwise scope a login without a project to it.
  const user = await conn.identity.createUser({ name, password });
  userId = user.id;
  later(`user ${name}`, () => conn.identity.deleteUser(user));
  const member = await conn.identity.findRole("member", { ignoreMissing: false });
  const reader = await conn.identity.findRole("reader", { ignoreMissing: false });
  await conn.identity.assignProjectRoleToUser({ project: demo, user, role: member });
  await conn.identity.assignDomainRoleToUser({ domain: "default", user, role: reader });
  // The identity package has no system grants yet: the documented PUT, with admin's token.
  const system = `${AUTH_URL}/system/users/${user.id}/roles/${reader.id}`;
  await conn.session.request(system, { method: "put", context: { authenticated: true } });
  later(`system role of ${name}`, () =>
    conn.session.request(system, { method: "delete", context: { authenticated: true } }).then(() => undefined),
  );
  // admin (trustor) delegates its member role on the admin project to the new user.
  const trust = await conn.identity.createTrust({
    trustor_user_id: (await conn.currentUserId)!,
    trustee_user_id: user.id,
    impersonation: false,
    project_id: adminProjectId,
    roles: [{ name: "member" }],
  });
  trustId = trust.id;
  later(`trust ${trust.id}`, () => conn.identity.deleteTrust(trust));
}, 120_000);

describe("an unscoped password login", () => {
  it("has no project, and lists the projects, domains and system it may scope to", async () => {
    const login = unscoped();
    const access = await login.session.access();
    expect(access.user?.id).toBe(userId);
    expect(access.project).toBeUndefined();
    expect(access.catalog ?? []).toEqual([]);
    const scopes = await login.availableScopes();
    expect(scopes.projects.map((p) => p.id)).toEqual([demoId]);
    expect(scopes.projects[0]).toMatchObject({ name: "demo", domain_id: "default", enabled: true });
    expect(scopes.domains.map((d) => d.id)).toEqual(["default"]);
    expect(scopes.system).toBe(true);
    // As keystoneclient lists them from the same user's unscoped token.
    expect(python("lists")).toEqual({
      projects: scopes.projects.map((p) => p.id),
      domains: scopes.domains.map((d) => d.id),
      systems: [{ all: true }],
    });
  });

  it("re-scopes to the project by its token, with no password sent again, and calls a service there", async () => {
    const recorder = recordingFetch();
    const login = unscoped({ fetch: recorder.fetch });
    const project = login.connectAsProject(demoId);
    const access = await project.session.access();
    expect(access.user?.id).toBe(userId);
    expect(access.project?.id).toBe(demoId);
    expect(access.roles?.map((r) => r.name)).toContain("member");
    expect(await project.identity.getProject(demoId)).toMatchObject({ name: "demo" });
    // One password login (the unscoped one), then one token exchange.
    const bodies = recorder.requests.filter((r) => r.method === "POST" && /auth\/tokens$/.test(r.url));
    expect(bodies).toHaveLength(2);
    expect(await login.currentProjectId).toBeUndefined();
    // By name too, in the project's domain.
    const byName = login.connectAs({ projectName: "demo", projectDomainName: "Default" });
    expect(await byName.currentProjectId).toBe(demoId);
  });

  it("re-scopes to the domain, the system and the trust", async () => {
    const login = unscoped();
    const domain = await login.connectAs({ domainName: "Default" }).session.access();
    expect(domain.domain?.id).toBe("default");
    expect(domain.project).toBeUndefined();
    const system = await login.connectAs({ systemScope: "all" }).session.access();
    expect(system.system).toEqual({ all: true });
    const trust = await login.connectAs({ trustId }).session.access();
    expect(trust.project?.id).toBe(adminProjectId);
    expect(trust.user?.id).toBe(userId);
    // member, and the reader it implies.
    expect(trust.roles?.map((r) => r.name).sort()).toEqual(["member", "reader"]);
  });

  it("gives the same user, scope and roles as keystoneauth's v3.Token from the same kind of login", async () => {
    const login = unscoped();
    const summary = async (target: Parameters<Connection["connectAs"]>[0]) => {
      const access = await login.connectAs(target).session.access();
      return {
        user_id: access.user?.id,
        project_id: access.project?.id ?? null,
        domain_id: access.domain?.id ?? null,
        system: access.system ?? null,
        roles: (access.roles ?? []).map((role) => role.name).sort(),
      };
    };
    const ours = {
      project: await summary({ projectId: demoId }),
      domain: await summary({ domainId: "default" }),
      system: await summary({ systemScope: "all" }),
      trust: await summary({ trustId }),
    };
    expect(python("rescope")).toEqual(ours);
  });

  it("ends a scope where the user has no role in ScopeRefusedError, with Keystone's message and no token", async () => {
    const recorder = recordingFetch();
    const login = unscoped({ fetch: recorder.fetch });
    const token = await login.authorize();
    const error = await rejection(login.connectAsProject(adminProjectId).authorize());
    expect(error).toBeInstanceOf(ScopeRefusedError);
    const refused = error as ScopeRefusedError;
    expect(refused.status).toBe(401);
    expect(refused.scope).toBe(`project id ${adminProjectId}`);
    expect(refused.serverMessage).toBe("The request you have made requires authentication.");
    expect(refused.message).toContain(`to project id ${adminProjectId}`);
    for (const form of [String(error), JSON.stringify(error), inspect(error, { showHidden: true, depth: 5 })]) {
      expect(form).not.toContain(token);
      expect(form).not.toContain(password);
    }
    const domain = await rejection(login.connectAs({ domainName: "heat" }).authorize());
    expect(domain).toBeInstanceOf(ScopeRefusedError);
    expect((domain as ScopeRefusedError).scope).toBe("domain name heat");
  });

  it("renews a re-scoped token through the unscoped login when Keystone refuses it", async () => {
    const recorder = recordingFetch();
    const login = unscoped({ fetch: recorder.fetch });
    const project = login.connectAsProject(demoId);
    const first = await project.authorize();
    await conn.identity.deleteToken(first);
    // The revoked token's 401 makes the session log in again: a new exchange of the unscoped token.
    expect(await project.identity.getProject(demoId)).toMatchObject({ id: demoId });
    expect(await project.authorize()).not.toBe(first);
  });
});

/** keystoneauth/keystoneclient in Debian's Python, from an unscoped password login of the same user. */
function python(what: "lists" | "rescope"): unknown {
  const script = `
import json, sys
from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client
a = json.load(sys.stdin)
unscoped = v3.Password(auth_url=a["auth_url"], username=a["username"], password=a["password"], user_domain_name="Default", unscoped=True)
token = unscoped.get_auth_ref(session.Session()).auth_token
if a["what"] == "lists":
    ks = client.Client(session=session.Session(auth=v3.Token(auth_url=a["auth_url"], token=token, unscoped=True)), endpoint_override=a["auth_url"])
    print(json.dumps({"projects": [p.id for p in ks.auth.projects()], "domains": [d.id for d in ks.auth.domains()], "systems": [s.to_dict() for s in ks.auth.systems()]}))
    sys.exit(0)
out = {}
for kind, scope in [("project", {"project_id": a["demo"]}), ("domain", {"domain_id": "default"}), ("system", {"system_scope": "all"}), ("trust", {"trust_id": a["trust"]})]:
    access = v3.Token(auth_url=a["auth_url"], token=token, **scope).get_access(session.Session())
    out[kind] = {"user_id": access.user_id, "project_id": access.project_id, "domain_id": access.domain_id, "system": access.system or None, "roles": sorted(access.role_names)}
print(json.dumps(out))
`;
  const input = { what, auth_url: AUTH_URL, username: name, password, demo: demoId, trust: trustId };
  const run = spawnSync("/usr/bin/python3", ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    env: { PATH: "/usr/bin:/bin", LANG: "C.UTF-8" },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`keystoneauth failed: ${run.stderr.slice(-800)}`);
  return JSON.parse(run.stdout);
}
