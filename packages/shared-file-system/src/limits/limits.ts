import { actionFunctions } from "@openstack-ts/core";
import * as v from "valibot";
import { sharedFileSystemService } from "../descriptor.js";
import { MANILA_MAX } from "../shared.js";

/** The project's absolute limits and usage (`maxTotalShares`, `totalSharesUsed`, …) and rate limits. */
export const Limits = v.looseObject({
  rate: v.array(v.unknown()),
  absolute: v.record(v.string(), v.number()),
});
export type Limits = v.InferOutput<typeof Limits>;

/** `getLimits()`: one document (openstacksdk's `limits()` lists it as one item). */
export const { getLimits } = actionFunctions(sharedFileSystemService, {
  getLimits: {
    method: "GET",
    path: "limits",
    returns: "json",
    resultKey: "limits",
    schema: Limits,
    maxMicroversion: MANILA_MAX,
  },
});
