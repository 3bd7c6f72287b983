import { describe, expect, it } from "vitest";
import { StateTrail } from "../../src/app/state-trail.js";

describe("StateTrail", () => {
  it("keeps each state once per stretch, in the order seen", () => {
    const trail = new StateTrail();
    expect(trail.add("creating")).toBe(true);
    expect(trail.add("creating")).toBe(false);
    expect(trail.add("available")).toBe(true);
    expect(trail.states).toEqual(["creating", "available"]);
    expect(String(trail)).toBe("creating → available");
  });

  it("keeps a state seen again after another: the path went back", () => {
    const trail = new StateTrail();
    for (const state of ["available", "deploying", "available"]) trail.add(state);
    expect(trail.toString()).toBe("available → deploying → available");
  });
});
