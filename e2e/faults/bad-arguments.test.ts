// Bad arguments are refused before any request, with an InvalidArgumentError naming what was
// wrong, across the façade of every service package; and every id that goes into a path is
// encoded as one segment. Table-driven from the service definitions themselves, so a new
// resource is covered the day it is declared. No cloud: a fetch that must never be called.
import {
  blockStorage,
  compute,
  Connection,
  identity,
  image,
  InvalidArgumentError,
  network,
  NotFoundError,
  objectStore,
  placement,
  type AuthPlugin,
  type ResourceSpec,
  type ServiceDefinition,
} from "@openstack-ts/openstack";
import { afterEach, describe, expect, it } from "vitest";

const definitions: Record<string, ServiceDefinition> = {
  identity: identity.identity,
  compute: compute.compute,
  network: network.network,
  image: image.image,
  blockStorage: blockStorage.blockStorage,
  objectStore: objectStore.objectStore,
  placement: placement.placement,
};
type Method = (...args: unknown[]) => Promise<unknown> | PromiseLike<unknown>;

/** Not ids: empty, blank, a path, a traversal, and things that are not strings at all. */
const BAD_IDS: unknown[] = [
  "",
  "   ",
  "a/b",
  "..",
  ".",
  "../../v3/users",
  null,
  undefined,
  {},
  [],
  true,
  Number.NaN,
  { id: "" },
  { id: "x/y" },
];
const WEIRD = "a b?c#d%e&f=g;h:i@j+k";

const sent: string[] = [];
const silent: AuthPlugin = {
  authUrl: "http://keystone.test/v3",
  authenticate: async () => {
    sent.push("authenticate");
    throw new Error("authenticated: a bad argument got past the checks");
  },
};
const refusing = new Connection({
  authenticator: silent,
  fetch: async (input) => {
    sent.push(String(input instanceof Request ? input.url : input));
    throw new Error("fetch called: a bad argument got past the checks");
  },
});
afterEach(() => {
  const seen = sent.splice(0);
  expect(seen, "requests sent").toEqual([]);
});

/**
 * Where a package departs from core's generic verbs on purpose (each says why); the table
 * skips exactly that check there. Keystone's tokens are named in X-Subject-Token, never in a
 * path; unified limits are created in lists, and their value kinds are left to Keystone.
 */
const TOKEN_IN_HEADER = new Set(["identity Tokens"]);
const KINDS_LEFT_TO_SERVER = new Set(["identity Limits", "identity RegisteredLimits"]);

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const parentsOf = (spec: ResourceSpec) =>
  Object.fromEntries(placeholders(spec.path).map((name) => [name, `${name}-1`]));
const facadeOf = (conn: Connection, service: string) =>
  (conn as unknown as Record<string, Record<string, Method>>)[service]!;

/** Calls `method` and expects an InvalidArgumentError before any request. */
async function refused(call: () => Promise<unknown> | PromiseLike<unknown>, what: string): Promise<void> {
  const error = await Promise.resolve()
    .then(call)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error, what).toBeInstanceOf(InvalidArgumentError);
  expect((error as Error).message.length, what).toBeGreaterThan(10);
}

/** A writable top-level field the schema types as a string, to send a number in. */
function stringField(spec: ResourceSpec): string | undefined {
  const closed = new Set([...(spec.readOnly ?? []), ...placeholders(spec.path)]);
  return Object.entries(spec.schema.entries).find(([name, schema]) => {
    let inner = schema as { type: string; wrapped?: { type: string } };
    while (inner.wrapped) inner = inner.wrapped as typeof inner;
    return inner.type === "string" && !closed.has(name);
  })?.[0];
}

describe.each(Object.keys(definitions))("conn.%s", (service) => {
  const resources = Object.values(definitions[service]!.resources) as ResourceSpec[];

  it.each(resources.map((spec) => [spec.plural, spec] as const))(
    "%s: bad ids, bad parents, bad filters and wrong types send nothing",
    async (_name, spec) => {
      const facade = facadeOf(refusing, service);
      const parents = parentsOf(spec);
      const pathIds = !TOKEN_IN_HEADER.has(`${service} ${spec.plural}`);
      let checked = 0;
      for (const bad of pathIds ? BAD_IDS : []) {
        const label = `${JSON.stringify(bad) ?? String(bad)}`;
        if (spec.verbs.includes("get"))
          await refused(() => facade[`get${spec.singular}`]!(bad, parents), `get${spec.singular}(${label})`);
        if (spec.verbs.includes("delete"))
          await refused(() => facade[`delete${spec.singular}`]!(bad, parents), `delete${spec.singular}(${label})`);
        if (spec.verbs.includes("update"))
          await refused(() => facade[`update${spec.singular}`]!(bad, {}, parents), `update${spec.singular}(${label})`);
        for (const parent of Object.keys(parents)) {
          if (typeof bad !== "string" && bad !== null) continue;
          if (spec.verbs.includes("list"))
            await refused(
              () => facade[`list${spec.plural}`]!({ ...parents, [parent]: bad }),
              `list${spec.plural}({ ${parent}: ${label} })`,
            );
          if (spec.verbs.includes("get"))
            await refused(
              () => facade[`get${spec.singular}`]!("id-1", { ...parents, [parent]: bad }),
              `get${spec.singular}(…, { ${parent}: ${label} })`,
            );
        }
        for (const [action, declared] of Object.entries(spec.actions ?? {})) {
          for (const placeholder of placeholders(declared.path)) {
            const args = {
              ...Object.fromEntries(placeholders(declared.path).map((p) => [p, `${p}-1`])),
              [placeholder]: bad,
            };
            await refused(() => facade[action]!(args), `${action}({ ${placeholder}: ${label} })`);
          }
        }
        checked++;
      }
      if (spec.verbs.includes("list"))
        await refused(
          () => facade[`list${spec.plural}`]!({ ...parents, "no-such-filter": "x" }),
          `list${spec.plural}: unknown filter`,
        );
      if (spec.verbs.includes("create")) {
        await refused(
          () => facade[`create${spec.singular}`]!("not an object"),
          `create${spec.singular}("not an object")`,
        );
        await refused(() => facade[`create${spec.singular}`]!([]), `create${spec.singular}([])`);
        const field = stringField(spec);
        const required = Object.fromEntries((spec.required ?? []).map((name) => [name, "x"]));
        if (field && !KINDS_LEFT_TO_SERVER.has(`${service} ${spec.plural}`))
          await refused(
            () => facade[`create${spec.singular}`]!({ ...parents, ...required, [field]: 12345 }),
            `create${spec.singular}({ ${field}: 12345 })`,
          );
      }
      expect(checked).toBe(pathIds ? BAD_IDS.length : 0);
    },
  );
});

describe("Swift's containers and objects", () => {
  it("refuse bad container names, and object names that no URL can carry, before any request", async () => {
    for (const bad of BAD_IDS)
      await refused(
        () => objectStore.getContainerMetadata(refusing.session, bad as string),
        `objectStore.getContainerMetadata(${JSON.stringify(bad)})`,
      );
    for (const bad of ["", "..", "a/../b", "./a", null, {}, 42]) {
      await refused(
        () => objectStore.getObjectMetadata(refusing.session, "container", bad as string),
        `objectStore.getObjectMetadata(…, ${JSON.stringify(bad)})`,
      );
    }
  });
});

describe("every id in a path", () => {
  // A cloud of one fetch: every service in the catalog, every request answered 404.
  const urls: string[] = [];
  const types = Object.values(definitions).map((d) => d.descriptor.type);
  const cloud = new Connection({
    authenticator: {
      authenticate: async () => ({
        token: "t",
        project: { id: "p1" },
        catalog: types.map((type) => ({ type, endpoints: [{ url: `http://${type}.test/base`, interface: "public" }] })),
      }),
    },
    fetch: async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      if (new URL(url).pathname !== "/base" && new URL(url).pathname !== "/") urls.push(url);
      return Response.json({ error: { message: "not here" } }, { status: 404 });
    },
    retries: false,
  });

  it("is one encoded segment in Swift: a container, and each part of an object name", async () => {
    urls.length = 0;
    await expect(objectStore.getContainerMetadata(cloud.session, WEIRD)).rejects.toBeInstanceOf(NotFoundError);
    await expect(objectStore.getObjectMetadata(cloud.session, WEIRD, `dir/${WEIRD}`)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const paths = urls.map((url) => new URL(url).pathname);
    expect(paths).toEqual([
      `/base/${encodeURIComponent(WEIRD)}`,
      `/base/${encodeURIComponent(WEIRD)}/dir/${encodeURIComponent(WEIRD)}`,
    ]);
  });

  it.each(Object.keys(definitions).filter((s) => s !== "objectStore"))(
    "is one encoded segment: conn.%s",
    async (service) => {
      const facade = facadeOf(cloud, service);
      const resources = (Object.values(definitions[service]!.resources) as ResourceSpec[]).filter(
        (spec) =>
          (spec.verbs.includes("get") || spec.verbs.includes("delete")) &&
          !TOKEN_IN_HEADER.has(`${service} ${spec.plural}`),
      );
      expect(resources.length).toBeGreaterThan(0);
      for (const spec of resources) {
        const verb = spec.verbs.includes("get") ? "get" : "delete";
        const what = `${verb}${spec.singular}`;
        const parents = Object.fromEntries(placeholders(spec.path).map((name) => [name, `${WEIRD}-${name}`]));
        urls.length = 0;
        // Every request is answered 404: a get throws it, a delete takes it as already gone.
        const error = await Promise.resolve(facade[what]!(WEIRD, parents)).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (spec.idType === "integer") {
          // Not an integer id (Nova's aggregates, migrations): refused before any request.
          expect(error, what).toBeInstanceOf(InvalidArgumentError);
          expect(urls, what).toEqual([]);
          continue;
        }
        if (verb === "get") expect(error, what).toBeInstanceOf(NotFoundError);
        else expect(error, what).toBeUndefined();
        const url = new URL(urls.at(-1)!);
        expect(url.search, what).toBe("");
        expect(url.pathname.endsWith(`/${encodeURIComponent(WEIRD)}`), `${what}: ${url.pathname}`).toBe(true);
        for (const name of Object.keys(parents))
          expect(url.pathname, `${what}: ${name}`).toContain(`/${encodeURIComponent(`${WEIRD}-${name}`)}/`);
      }
    },
  );
});
