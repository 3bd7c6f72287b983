// Every response sample of Manila's API reference for a resource or call this package
// declares, and the call that reads it, by concept (the samples no call reads, and why:
// untried.ts). Where the files come from: SOURCE.md.
import { groupCases } from "./group-cases.js";
import { networkCases } from "./network-cases.js";
import { operatorCases } from "./operator-cases.js";
import type { ResponseCase } from "./sample-cases.js";
import { shareCases } from "./share-cases.js";

export const responseCases: ResponseCase[] = [...shareCases, ...networkCases, ...groupCases, ...operatorCases];
