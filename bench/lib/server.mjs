// Starts servers/list-server.mjs as a separate process and stops it (by its own pid).
import { spawn } from "node:child_process";
import { BENCH } from "./paths.mjs";

export function startListServer(total) {
  const child = spawn(process.execPath, [`${BENCH}servers/list-server.mjs`, String(total)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`list server exited with ${code}`)));
    child.stdout.on("data", (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve({ base: `http://127.0.0.1:${match[1]}`, stop: () => child.kill() });
    });
  });
}
