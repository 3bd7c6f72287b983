import { type orchestration, ResourceFailureError } from "@openstack-ts/openstack";
import { describe, expect, it } from "vitest";
import { type ReadStack, watchStack } from "../../src/app/stack-watch.js";

const ID = "6b8d3c2a-7e4f-4a1b-9c0d-5e6f7a8b9c0d";

function stack(stack_status: string, stack_status_reason?: string): orchestration.Stack {
  return { id: ID, stack_name: "web", stack_status, stack_status_reason };
}

/** A Heat that answers each read with the next state of `states` (undefined: no longer listed), then the last again. */
function heat(states: (orchestration.Stack | undefined)[]): ReadStack & { reads: number } {
  const read = Object.assign(
    async (id: string) => {
      expect(id).toBe(ID);
      return states[Math.min(read.reads++, states.length - 1)];
    },
    { reads: 0 },
  );
  return read;
}

const quick = { interval: 0, maxInterval: 0 };

describe("watchStack", () => {
  it("reads until Heat is done, and hears of each state on the way", async () => {
    const read = heat([stack("CREATE_IN_PROGRESS"), stack("CREATE_IN_PROGRESS"), stack("CREATE_COMPLETE")]);
    const seen: string[] = [];
    const done = await watchStack(read, ID, { ...quick, onState: (s) => seen.push(s.stack_status) });
    expect(done?.stack_status).toBe("CREATE_COMPLETE");
    expect(seen).toEqual(["CREATE_IN_PROGRESS", "CREATE_IN_PROGRESS", "CREATE_COMPLETE"]);
    expect(read.reads).toBe(3);
  });

  it("ends with undefined when the stack is no longer listed: a delete ended", async () => {
    const read = heat([stack("DELETE_IN_PROGRESS"), undefined]);
    expect(await watchStack(read, ID, quick)).toBeUndefined();
  });

  it("fails on *_FAILED with Heat's reason", async () => {
    const read = heat([
      stack("CREATE_IN_PROGRESS"),
      stack("CREATE_FAILED", "Resource CREATE failed: StackValidationFailed: length must be at least 1"),
    ]);
    const failure = await watchStack(read, ID, quick).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResourceFailureError);
    expect((failure as Error).message).toBe(
      `Stack web (${ID}) went to CREATE_FAILED: Resource CREATE failed: StackValidationFailed: length must be at least 1`,
    );
  });

  it("stops reading when its signal is aborted (the view was left)", async () => {
    const read = heat([stack("CREATE_IN_PROGRESS")]);
    const left = new AbortController();
    const watching = watchStack(read, ID, {
      interval: 60_000,
      signal: left.signal,
      onState: () => left.abort(new DOMException("The view was left", "AbortError")),
    });
    await expect(watching).rejects.toThrow("The view was left");
    expect(read.reads).toBe(1);
  });
});
