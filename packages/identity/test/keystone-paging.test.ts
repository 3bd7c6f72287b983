// Keystone 2025.1 pages users, groups, projects and domains with `limit`/`marker` and a
// `links.next`. Walked here against the stateful fake cloud of @openstack-ts/mock, whose
// Keystone pages the same way from the API reference, not from these declarations.
import { clientFor, createFacade, PasswordAuth, Session } from "@openstack-ts/core";
import { useMockCloud } from "@openstack-ts/mock/vitest";
import { describe, expect, it } from "vitest";
import { domains } from "../src/domains/domain.js";
import { identityService } from "../src/descriptor.js";
import { groups } from "../src/groups/group.js";
import { projects } from "../src/projects/project.js";
import { identity } from "../src/service-definition.js";
import { users } from "../src/users/user.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const mock = useMockCloud({
  users: range(5).map((i) => ({ name: `paged-user-${i}`, password: "x" })),
  projects: range(5).map((i) => ({ name: `paged-project-${i}` })),
  domains: range(3).map((i) => ({ name: `paged-domain-${i}` })),
  groups: range(5).map((i) => ({ name: `paged-group-${i}` })),
});

/** An admin session on the fake cloud, the warnings it logs, and the paths and queries it asks Keystone for. */
function admin() {
  const warnings: string[] = [];
  const asked: string[] = [];
  mock.server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (request.method === "GET" && /\/v3\/(users|groups|projects|domains)$/.test(url.pathname))
      asked.push(`${url.pathname.replace(/^.*\/v3/, "")}${url.search}`);
  });
  const session = new Session({
    auth: new PasswordAuth({ authUrl: mock.cloud.authUrl, username: "admin", password: "admin", projectName: "admin" }),
    retries: false,
    logger: { warn: (message) => void warnings.push(message) },
  });
  return { session, warnings, asked };
}

const sortedIds = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();

describe("Keystone 2025.1 pagination, against the fake cloud", () => {
  it.each([
    ["users", users],
    ["groups", groups],
    ["projects", projects],
    ["domains", domains],
  ] as const)(
    "walks %s page by page with limit and links.next, every item once, no truncation warning",
    async (name, resource) => {
      const { session, warnings, asked } = admin();
      const stored = sortedIds(mock.cloud.state[name] as { id: string }[]);
      expect(stored.length).toBeGreaterThan(2);
      const walked = (await resource.list(session, {}, { limit: 2 })).map((item) => item.id);
      expect(walked).toEqual(stored);
      // One request a page; a full last page names one more, empty page.
      const full = stored.length % 2 === 0;
      expect(asked).toHaveLength(Math.ceil(stored.length / 2) + (full ? 1 : 0));
      expect(asked[0]).toBe(`/${name}?limit=2`);
      expect(asked[1]).toBe(`/${name}?limit=2&marker=${stored[1]}`);
      expect(warnings).toEqual([]);
    },
  );

  it("streams pages through the façade, filters kept on every page", async () => {
    const { session, asked } = admin();
    const facade = createFacade(clientFor(session, identityService), identity);
    const pages: string[][] = [];
    for await (const page of facade.listUsers({ domain_id: "default" }, { limit: 3 }).pages())
      pages.push(page.map((user) => user.id));
    const stored = sortedIds(mock.cloud.state.users.filter((user) => user["domain_id"] === "default") as never);
    expect(pages.flat()).toEqual(stored);
    expect(pages.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    expect(asked.every((query) => query.startsWith("/users?domain_id=default&limit=3"))).toBe(true);
  });

  it("stops at maxItems without asking for the pages after it", async () => {
    const { session, asked } = admin();
    const first = await projects.list(session, {}, { limit: 2, maxItems: 3 });
    expect(first).toHaveLength(3);
    expect(asked).toHaveLength(2);
  });
});
