import { defineConfig } from "vitest/config";

// The docs package's own tests (the root config's unit project covers packages/ and apps/).
export default defineConfig({ test: { include: ["examples/*.test.ts"], environment: "node" } });
