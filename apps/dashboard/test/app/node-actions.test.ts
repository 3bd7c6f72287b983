import { describe, expect, it } from "vitest";
import { powerActionsFor, provisionActionsFor } from "../../src/app/node-actions.js";

const targets = (state: string) => provisionActionsFor(state).map((a) => a.target);

describe("provisionActionsFor", () => {
  it("offers the next step of Ironic's path from each stable state", () => {
    expect(targets("enroll")).toEqual(["manage"]);
    expect(targets("manageable")).toEqual(["provide"]);
    expect(targets("available")).toEqual(["active", "manage"]);
    expect(targets("active")).toEqual(["deleted"]);
  });

  it("offers a way out of a failed step", () => {
    expect(targets("deploy failed")).toEqual(["deleted", "active"]);
    expect(targets("clean failed")).toEqual(["manage"]);
    expect(targets("inspect failed")).toEqual(["manage"]);
    expect(targets("error")).toEqual(["deleted"]);
  });

  it("offers nothing while the conductor moves the node", () => {
    for (const state of ["deploying", "cleaning", "wait call-back", "verifying", "deleting", "inspecting"])
      expect(targets(state), state).toEqual([]);
  });

  it("names each action as a person would", () => {
    expect(provisionActionsFor("available").map((a) => a.label)).toEqual(["Deploy", "Manage"]);
    expect(provisionActionsFor("active").map((a) => a.label)).toEqual(["Undeploy"]);
  });
});

describe("powerActionsFor", () => {
  const power = (power_state: string | null, target_power_state: string | null = null) =>
    powerActionsFor({ power_state, target_power_state }).map((a) => a.target);

  it("offers the change: off when on, on when off", () => {
    expect(power("power on")).toEqual(["power off"]);
    expect(power("power off")).toEqual(["power on"]);
  });

  it("offers both while the power state is not known yet, none while it changes", () => {
    expect(power(null)).toEqual(["power on", "power off"]);
    expect(power("power off", "power on")).toEqual([]);
  });
});
