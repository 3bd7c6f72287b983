// `pnpm start` (the workspace root's script) runs this: bundle the dashboard from the sources
// (about a second), then serve it and print its URL. Options: `pnpm start -- --help`.
import { fileURLToPath } from "node:url";
import { buildDashboard } from "./build.mjs";

const appRoot = fileURLToPath(new URL(".", import.meta.url));

/** Builds, then starts the dashboard with these arguments; see start.d.mts. */
export async function start(argv = [], env = {}) {
  const buildMs = await buildDashboard();
  const server = await import("./dist/server.mjs");
  const dashboard = await server.startDashboard(appRoot, argv, env);
  return { dashboard, buildMs, banner: dashboard === "help" ? server.USAGE : server.banner(dashboard) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const { dashboard, buildMs, banner } = await start(process.argv.slice(2), process.env);
    if (dashboard !== "help") {
      console.log(`Built in ${buildMs} ms; serving ${Math.round(performance.now() - started)} ms after start.\n`);
      const stop = () => dashboard.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    }
    console.log(banner);
  } catch (error) {
    console.error(`pnpm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
