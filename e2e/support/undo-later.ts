import { afterAll } from "vitest";

/** Records something to undo after the file's tests: what it is, and how. */
export type Later = (what: string, undo: () => Promise<unknown>) => void;

/**
 * A test file's list of things to undo: `later(what, undo)` records one, and after all the
 * file's tests every undo runs, newest first, even when one fails; the failures are reported
 * together, so nothing is left behind silently.
 */
export function undoLater(): Later {
  const undos: { what: string; undo: () => Promise<unknown> }[] = [];
  afterAll(async () => {
    const failures: string[] = [];
    for (const { what, undo } of undos.reverse()) {
      await undo().catch((error: unknown) => failures.push(`${what}: ${String(error)}`));
    }
    if (failures.length > 0) throw new Error(`cleanup left things behind:\n${failures.join("\n")}`);
  });
  return (what, undo) => void undos.push({ what, undo });
}
