// Running a program in the consumer project, and the cloud that checks what it did.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { inject } from "vitest";

const execFileAsync = promisify(execFile);

/** The installed consumer project that setup.ts made. */
export const project = (): string => inject("consumerProject");

/** A tool of the workspace's own devDependencies (bun, deno, tsc6, …). */
export const workspaceBin = (name: string): string =>
  fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

/**
 * Runs `command` in the consumer project and resolves with its stdout; a failure rejects with
 * the command line, its exit code and its output, which is what a failed test must show.
 */
export async function runIn(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      cwd,
      env: { ...process.env, OS_CLOUD: "", OS_CLIENT_CONFIG_FILE: "", NO_COLOR: "1", ...env },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    throw new Error(
      `${[command, ...args].join(" ")} failed (${String(failed.code)}):\n${failed.stdout ?? ""}${failed.stderr ?? ""}`,
    );
  }
}
