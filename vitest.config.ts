import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Unit tests run against the sources: every @openstack-ts/<name> import resolves to
// packages/<name>/src. End-to-end tests import the built packages by name, as users do, so
// Node's export conditions pick each package's Node entry.
const packages = readdirSync(new URL("./packages", import.meta.url), { withFileTypes: true }).filter((e) =>
  e.isDirectory(),
);
const alias = packages.flatMap((e) => [
  // Subpath entries (`@openstack-ts/mock/vitest`) map to the source file of the same name.
  {
    find: new RegExp(`^@openstack-ts/${e.name}/(.+)$`),
    replacement: fileURLToPath(new URL(`./packages/${e.name}/src/$1.ts`, import.meta.url)),
  },
  {
    find: `@openstack-ts/${e.name}`,
    replacement: fileURLToPath(new URL(`./packages/${e.name}/src/index.ts`, import.meta.url)),
  },
]);

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias },
        test: {
          name: "unit",
          // The guides test too: a guide must show its example file as it is.
          include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "docs/examples/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          // The consumer tests have their own project, below, and their own command.
          exclude: [...configDefaults.exclude, "e2e/consumer/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One cloud, shared state: files run one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The fidelity suite: end-to-end files that hold on the real cloud and on the fake one
          // (@openstack-ts/mock's loopback server, started by the globalSetup), the same files.
          name: "e2e-mock",
          include: ["e2e/{seed,auth,network,identity,runtimes}.test.ts", "e2e/mock-*.test.ts"],
          environment: "node",
          env: { OPENSTACK_TS_TARGET: "mock" },
          globalSetup: ["e2e/support/target-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `pnpm test:consumer`: the packed packages installed by npm in a project outside the
          // workspace (e2e/consumer/setup.ts does that once), in every runtime, TypeScript and
          // bundler users have. Its files touch disjoint things, so they run in parallel: one
          // worker each (vitest's default on 2 cores is one worker, which ran them in turn
          // behind the type checks' ~75 s, while the other files mostly wait on the cloud).
          name: "consumer",
          include: ["e2e/consumer/**/*.test.ts"],
          environment: "node",
          globalSetup: ["e2e/consumer/setup.ts"],
          maxWorkers: 3,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
