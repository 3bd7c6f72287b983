/**
 * The Node and Deno entry (chosen by the `node` and `deno` export conditions): everything the
 * pure entry has, with `loadCloud` and `loadCloudsConfig` that find and read the files.
 */
export * from "./index.js";
export { loadCloud, loadCloudSync, loadCloudsConfig, loadCloudsConfigSync } from "./files/load-files.js";
export { configDirectories, candidateFiles } from "./files/search-path.js";
export { readTlsFiles, type TlsMaterial } from "./files/tls.js";
