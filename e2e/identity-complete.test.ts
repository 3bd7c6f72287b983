// The rest of Keystone's admin objects on the real service: policies, unified limits, domain
// configs, federation objects and project tags. Everything made here is undone after the
// tests, whatever failed on the way. Trusts, tokens, a user's own password and access rules
// are identity-users.test.ts.
import { Connection, type identity, NotFoundError } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, ONE_REGION, uniqueName } from "./support/cloud.js";
import { undoLater } from "./support/undo-later.js";

const conn = new Connection(admin);
const system = new Connection({
  authUrl: AUTH_URL,
  username: admin.username,
  password: admin.password,
  systemScope: "all",
  ...ONE_REGION,
});
const later = undoLater();

let domain: identity.Domain;

beforeAll(async () => {
  domain = await conn.identity.createDomain({ name: uniqueName("domain"), description: "identity-complete e2e" });
  later(`domain ${domain.id}`, async () => {
    await conn.identity.updateDomain(domain, { enabled: false });
    await conn.identity.deleteDomain(domain);
  });
});

describe("policies", () => {
  it("creates, lists by type, gets, updates and deletes a policy, its blob an opaque string", async () => {
    const type = `application/x-${uniqueName("policy")}`;
    const blob = JSON.stringify({ "compute:start": "role:member" });
    const policy = await conn.identity.createPolicy({ blob, type });
    later(`policy ${policy.id}`, () => conn.identity.deletePolicy(policy));
    expect(policy).toMatchObject({ blob, type });
    expect((await conn.identity.listPolicies({ type })).map((p) => p.id)).toEqual([policy.id]);
    expect((await conn.identity.getPolicy(policy.id)).blob).toBe(blob);
    const changed = JSON.stringify({ "compute:start": "role:admin" });
    expect((await conn.identity.updatePolicy(policy, { blob: changed })).blob).toBe(changed);
    await conn.identity.deletePolicy(policy);
    expect(await conn.identity.findPolicy(policy.id)).toBeNull();
  });
});

describe("unified limits", () => {
  it("registers limits for the identity service in RegionOne, then sets, changes and removes a project's limits", async () => {
    const keystone = await conn.identity.findService("keystone", { ignoreMissing: false });
    const base = { service_id: keystone.id, region_id: "RegionOne" };
    const [first, second, third] = ["a", "b", "c"].map((x) => uniqueName(`limit-${x}`));

    // Many at once: Keystone's own list shape, both ways.
    const batch = (await conn.identity.createRegisteredLimits({
      registered_limits: [
        { ...base, resource_name: first!, default_limit: 10 },
        { ...base, resource_name: second!, default_limit: 20, description: "e2e" },
      ],
    })) as { registered_limits: { id: string; resource_name: string; default_limit: number }[] };
    for (const made of batch.registered_limits)
      later(`registered limit ${made.id}`, () => conn.identity.deleteRegisteredLimit(made.id));
    expect(batch.registered_limits.map((r) => [r.resource_name, r.default_limit]).sort()).toEqual([
      [first, 10],
      [second, 20],
    ]);
    // One at a time: a list of one, unwrapped.
    const single = await conn.identity.createRegisteredLimit({ ...base, resource_name: third!, default_limit: 30 });
    later(`registered limit ${single.id}`, () => conn.identity.deleteRegisteredLimit(single));
    expect(single).toMatchObject({ resource_name: third, default_limit: 30, region_id: "RegionOne" });

    const listed = await conn.identity.listRegisteredLimits({ service_id: keystone.id, resource_name: first! });
    expect(listed.map((r) => r.default_limit)).toEqual([10]);
    expect(
      (await conn.identity.updateRegisteredLimit(single, { default_limit: 31, description: "changed" })).default_limit,
    ).toBe(31);
    expect((await conn.identity.getRegisteredLimit(single.id)).description).toBe("changed");

    const project = await conn.identity.createProject({ name: uniqueName("limits"), domain_id: "default" });
    later(`project ${project.id}`, () => conn.identity.deleteProject(project));
    const limit = await conn.identity.createLimit({
      ...base,
      project_id: project.id,
      resource_name: first!,
      resource_limit: 5,
    });
    later(`limit ${limit.id}`, () => conn.identity.deleteLimit(limit));
    const more = (await conn.identity.createLimits({
      limits: [{ ...base, project_id: project.id, resource_name: second!, resource_limit: 7 }],
    })) as { limits: { id: string }[] };
    for (const made of more.limits) later(`limit ${made.id}`, () => conn.identity.deleteLimit(made.id));

    // Keystone lists to a project-scoped token only its own project's limits, whatever the
    // filter says: an operator looks at another project's limits with a system-scoped token.
    expect(await conn.identity.listLimits({ project_id: project.id })).toEqual([]);
    expect(
      (await system.identity.listLimits({ project_id: project.id }))
        .map((l) => [l.resource_name, l.resource_limit])
        .sort(),
    ).toEqual([
      [first, 5],
      [second, 7],
    ]);
    expect((await conn.identity.updateLimit(limit, { resource_limit: 6, description: "e2e" })).resource_limit).toBe(6);
    expect((await conn.identity.getLimit(limit.id)).description).toBe("e2e");
    expect(await conn.identity.getLimitModel()).toMatchObject({ model: { name: "flat" } });

    await conn.identity.deleteLimit(limit);
    expect((await system.identity.listLimits({ project_id: project.id })).map((l) => l.resource_name)).toEqual([
      second,
    ]);
  });
});

describe("domain configs", () => {
  it("stores a domain's LDAP settings by domain, group and option, and reads the defaults", async () => {
    const ldap = { url: "ldap://ldap.e2e.invalid", user_tree_dn: "ou=Users,dc=e2e,dc=invalid" };
    const created = await conn.identity.createDomainConfig({ domain, config: { ldap } });
    later(`config of domain ${domain.id}`, () =>
      conn.identity
        .deleteDomainConfig({ domain })
        .catch((e: unknown) => (e instanceof NotFoundError ? undefined : Promise.reject(e))),
    );
    expect(created).toEqual({ config: { ldap } });
    expect(await conn.identity.getDomainConfig({ domain })).toEqual({ config: { ldap } });
    expect(await conn.identity.getDomainConfigGroup({ domain, group: "ldap" })).toEqual({ config: { ldap } });
    expect(await conn.identity.getDomainConfigOption({ domain, group: "ldap", option: "url" })).toEqual({
      config: { url: ldap.url },
    });

    const url = "ldap://other.e2e.invalid";
    expect(await conn.identity.updateDomainConfigGroup({ domain, group: "ldap", options: { url } })).toEqual({
      config: { ldap: { ...ldap, url } },
    });
    const tree = "ou=People,dc=e2e,dc=invalid";
    expect(
      await conn.identity.updateDomainConfigOption({ domain, group: "ldap", option: "user_tree_dn", value: tree }),
    ).toEqual({ config: { ldap: { url, user_tree_dn: tree } } });
    expect(await conn.identity.updateDomainConfig({ domain, config: { identity: { list_limit: 50 } } })).toEqual({
      config: { identity: { list_limit: 50 }, ldap: { url, user_tree_dn: tree } },
    });
    await conn.identity.deleteDomainConfigOption({ domain, group: "ldap", option: "user_tree_dn" });
    await conn.identity.deleteDomainConfigGroup({ domain, group: "identity" });
    expect(await conn.identity.getDomainConfig({ domain })).toEqual({ config: { ldap: { url } } });

    const defaults = (await conn.identity.getDefaultDomainConfig()) as {
      config: { identity: Record<string, unknown>; ldap: Record<string, unknown> };
    };
    expect(defaults.config.identity["driver"]).toBe("sql");
    expect(await conn.identity.getDefaultDomainConfigGroup({ group: "identity" })).toEqual({
      config: { identity: defaults.config.identity },
    });
    expect(await conn.identity.getDefaultDomainConfigOption({ group: "ldap", option: "url" })).toEqual({
      config: { url: defaults.config.ldap["url"] },
    });

    await conn.identity.deleteDomainConfig({ domain });
    await expect(conn.identity.getDomainConfig({ domain })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("federation", () => {
  it("creates, reads, updates and deletes a mapping, an identity provider and its protocol", async () => {
    const rules = [{ local: [{ user: { name: "{0}" } }], remote: [{ type: "REMOTE_USER" }] }];
    const mapping = await conn.identity.createMapping({ id: uniqueName("mapping"), rules });
    later(`mapping ${mapping.id}`, () => conn.identity.deleteMapping(mapping));
    const other = await conn.identity.createMapping({
      id: uniqueName("mapping"),
      rules: [{ local: [{ user: { name: "{0}" } }], remote: [{ type: "OIDC-sub" }] }],
    });
    later(`mapping ${other.id}`, () => conn.identity.deleteMapping(other));
    expect(mapping.rules).toEqual(rules);

    const remoteId = `https://${uniqueName("idp")}.invalid/saml`;
    const idp = await conn.identity.createIdentityProvider({
      id: uniqueName("idp"),
      domain_id: domain.id,
      remote_ids: [remoteId],
      enabled: false,
      description: "e2e",
    });
    later(`identity provider ${idp.id}`, () => conn.identity.deleteIdentityProvider(idp));
    expect(idp).toMatchObject({ domain_id: domain.id, remote_ids: [remoteId], enabled: false });

    const protocol = await conn.identity.createFederationProtocol({ idp_id: idp, id: "saml2", mapping_id: mapping.id });
    later(`protocol saml2 of ${idp.id}`, () => conn.identity.deleteFederationProtocol("saml2", { idp_id: idp }));
    expect(protocol).toMatchObject({ id: "saml2", mapping_id: mapping.id });

    expect((await conn.identity.listIdentityProviders({ id: idp.id })).map((p) => p.id)).toEqual([idp.id]);
    expect((await conn.identity.findIdentityProvider(idp.id))?.remote_ids).toEqual([remoteId]);
    expect((await conn.identity.listMappings()).map((m) => m.id)).toEqual(
      expect.arrayContaining([mapping.id, other.id]),
    );
    expect((await conn.identity.getMapping(mapping.id)).rules).toEqual(rules);
    expect((await conn.identity.listFederationProtocols({ idp_id: idp.id })).map((p) => p.id)).toEqual(["saml2"]);
    expect((await conn.identity.getFederationProtocol("saml2", { idp_id: idp })).mapping_id).toBe(mapping.id);

    const moreIds = [remoteId, `${remoteId}/2`];
    expect(
      await conn.identity.updateIdentityProvider(idp, { remote_ids: moreIds, enabled: true, description: "changed" }),
    ).toMatchObject({ remote_ids: moreIds, enabled: true });
    const newRules = [
      { local: [{ user: { name: "{0}" } }, { group: { id: "0cd5e9" } }], remote: [{ type: "REMOTE_USER" }] },
    ];
    expect((await conn.identity.updateMapping(mapping, { rules: newRules })).rules).toEqual(newRules);
    expect(
      (await conn.identity.updateFederationProtocol("saml2", { mapping_id: other.id }, { idp_id: idp })).mapping_id,
    ).toBe(other.id);

    await conn.identity.deleteFederationProtocol("saml2", { idp_id: idp });
    expect(await conn.identity.listFederationProtocols({ idp_id: idp })).toEqual([]);
    await conn.identity.deleteIdentityProvider(idp);
    expect(await conn.identity.findIdentityProvider(idp.id)).toBeNull();
    await conn.identity.deleteMapping(other);
    await expect(conn.identity.getMapping(other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("project tags", () => {
  it("replaces, lists, adds, checks and removes a project's tags", async () => {
    const project = await conn.identity.createProject({ name: uniqueName("tags"), domain_id: "default" });
    later(`project ${project.id}`, () => conn.identity.deleteProject(project));
    const marker = uniqueName("tag");
    expect(await conn.identity.setProjectTags({ project, tags: ["e2e", marker] })).toMatchObject({
      tags: ["e2e", marker],
    });
    expect(await conn.identity.getProjectTags({ project })).toEqual(["e2e", marker]);
    await conn.identity.addProjectTag({ project, tag: "extra tag" });
    expect(await conn.identity.checkProjectTag({ project, tag: "extra tag" })).toBe(true);
    expect(await conn.identity.checkProjectTag({ project, tag: "absent" })).toBe(false);
    expect((await conn.identity.getProject(project.id)).tags).toEqual(["e2e", marker, "extra tag"]);
    expect((await conn.identity.listProjects({ tags: ["e2e", marker] })).map((p) => p.id)).toEqual([project.id]);
    await conn.identity.removeProjectTag({ project, tag: "e2e" });
    expect(await conn.identity.getProjectTags({ project })).toEqual([marker, "extra tag"]);
    await conn.identity.removeAllProjectTags({ project });
    expect(await conn.identity.getProjectTags({ project })).toEqual([]);
  });
});
