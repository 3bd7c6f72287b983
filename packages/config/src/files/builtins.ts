/**
 * Node's built-ins for the file loader, fetched on first use rather than imported. An ESM
 * `import` of a built-in makes Node build its whole export list at start-up (node:fs loads
 * its streams, node:process its diagnostic report): ~5 ms of every import of the façade,
 * mostly for programs that never read a config file (bench/cold-start). Node ≥ 20.16, Deno
 * and Bun all have `process.getBuiltinModule`.
 */
export const fs = () => process.getBuiltinModule("node:fs");
export const fsPromises = () => process.getBuiltinModule("node:fs/promises");
export const os = () => process.getBuiltinModule("node:os");
export const nodeModule = () => process.getBuiltinModule("node:module");
