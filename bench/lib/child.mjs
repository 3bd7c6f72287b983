// Runs a contestant as its own process and returns what it cost (lib/rusage.py measures
// it with wait4) and what it printed.
import { spawn } from "node:child_process";
import { PYTHON, RUSAGE } from "./paths.mjs";

export function runMeasured(command, args, { cwd, env, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [RUSAGE, command, ...args], {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", () => {
      clearTimeout(timer);
      const line = stderr.trimEnd().split("\n").pop() ?? "";
      if (!line.startsWith("RUSAGE "))
        return reject(new Error(`${command} ${args.join(" ")}: no measurement\n${stderr}`));
      const usage = JSON.parse(line.slice("RUSAGE ".length));
      const output = stderr.slice(0, stderr.lastIndexOf("RUSAGE "));
      if (usage.exitCode !== 0)
        return reject(new Error(`${command} ${args.join(" ")} exited with ${usage.exitCode}\n${output}${stdout}`));
      resolve({ ...usage, cpuMs: usage.userMs + usage.sysMs, stdout, stderr: output });
    });
  });
}

/** The last line a contestant printed, as JSON: what it saw, for the runner to check. */
export const lastJson = (stdout) => JSON.parse(stdout.trim().split("\n").pop());
