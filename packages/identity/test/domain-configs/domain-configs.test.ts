import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, identityCloud, noContent, sent } from "../fixtures.js";
import {
  configBody,
  createConfigRequest,
  defaultConfigBody,
  domainId,
  groupBody,
  groupUpdateRequest,
  optionBody,
  updatedConfigBody,
} from "./fixtures.js";

const { server, setup } = identityCloud();
const CONFIG = `${API}/domains/:domain/config`;

describe("domain configs", () => {
  it("creates (PUT), reads, updates (PATCH) and deletes a domain's whole configuration", async () => {
    const { facade, seen } = setup();
    server.use(
      http.put(CONFIG, () => HttpResponse.json(createConfigRequest, { status: 201 })),
      http.get(CONFIG, () => HttpResponse.json(configBody)),
      http.patch(CONFIG, () => HttpResponse.json(updatedConfigBody)),
      http.delete(CONFIG, () => noContent()),
    );
    const domain = { id: domainId, name: "ldap" };
    expect(await facade.createDomainConfig({ domain, config: createConfigRequest.config })).toEqual(
      createConfigRequest,
    );
    expect(await facade.getDomainConfig({ domain: domainId })).toEqual(configBody);
    expect(await facade.updateDomainConfig({ domain, config: groupUpdateRequest.config })).toEqual(updatedConfigBody);
    expect(await facade.deleteDomainConfig({ domain })).toBeUndefined();
    expect(seen.map(sent)).toEqual(
      ["PUT", "GET", "PATCH", "DELETE"].map((method) => `${method} /v3/domains/${domainId}/config`),
    );
    expect(await seen[0]!.json()).toEqual(createConfigRequest);
    expect(await seen[2]!.json()).toEqual(groupUpdateRequest);
  });

  it("reads, updates and deletes one group, its options under the group's name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${CONFIG}/:group`, () => HttpResponse.json(groupBody)),
      http.patch(`${CONFIG}/:group`, () => HttpResponse.json(updatedConfigBody)),
      http.delete(`${CONFIG}/:group`, () => noContent()),
    );
    expect(await facade.getDomainConfigGroup({ domain: domainId, group: "ldap" })).toEqual(groupBody);
    expect(
      await facade.updateDomainConfigGroup({
        domain: domainId,
        group: "ldap",
        options: groupUpdateRequest.config.ldap,
      }),
    ).toEqual(updatedConfigBody);
    await facade.deleteDomainConfigGroup({ domain: domainId, group: "ldap" });
    expect(seen.map(sent)).toEqual(
      ["GET", "PATCH", "DELETE"].map((method) => `${method} /v3/domains/${domainId}/config/ldap`),
    );
    expect(await seen[1]!.json()).toEqual(groupUpdateRequest);
  });

  it("reads, updates and deletes one option, its value under the option's name", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${CONFIG}/:group/:option`, () => HttpResponse.json(optionBody)),
      http.patch(`${CONFIG}/:group/:option`, () => HttpResponse.json(updatedConfigBody)),
      http.delete(`${CONFIG}/:group/:option`, () => noContent()),
    );
    const where = { domain: domainId, group: "ldap", option: "url" };
    expect(await facade.getDomainConfigOption(where)).toEqual(optionBody);
    expect(await facade.updateDomainConfigOption({ ...where, value: "http://myldap/my_other_root" })).toEqual(
      updatedConfigBody,
    );
    await facade.deleteDomainConfigOption(where);
    expect(seen.map(sent)).toEqual(
      ["GET", "PATCH", "DELETE"].map((method) => `${method} /v3/domains/${domainId}/config/ldap/url`),
    );
    expect(await seen[1]!.json()).toEqual({ config: { url: "http://myldap/my_other_root" } });
  });

  it("reads the defaults: all groups, one group, one option", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/domains/config/default`, () => HttpResponse.json(defaultConfigBody)),
      http.get(`${API}/domains/config/:group/default`, () =>
        HttpResponse.json({ config: { ldap: defaultConfigBody.config.ldap } }),
      ),
      http.get(`${API}/domains/config/:group/:option/default`, () => HttpResponse.json({ config: { driver: "ldap" } })),
    );
    expect(await facade.getDefaultDomainConfig()).toEqual(defaultConfigBody);
    expect(await facade.getDefaultDomainConfigGroup({ group: "ldap" })).toEqual({
      config: { ldap: defaultConfigBody.config.ldap },
    });
    expect(await facade.getDefaultDomainConfigOption({ group: "identity", option: "driver" })).toEqual({
      config: { driver: "ldap" },
    });
    expect(seen.map(sent)).toEqual([
      "GET /v3/domains/config/default",
      "GET /v3/domains/config/ldap/default",
      "GET /v3/domains/config/identity/driver/default",
    ]);
  });

  it("needs the domain, and a group and option that stay in their path segment", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: the domain is needed
    await expect(facade.getDomainConfig({})).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(
      facade.getDomainConfigOption({ domain: domainId, group: "ldap", option: "../x" }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: a domain config has no list
    expect(facade.listDomainConfigs).toBeUndefined();
    expect(seen).toHaveLength(0);
  });
});
