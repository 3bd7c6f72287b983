import * as entry from "../src/index.js";
import { blockStorage, compute, connectionWith, identity, network, type Item } from "../src/index.js";
import { expectTypeOf } from "vitest";

// Each service package is one namespace of the façade's entry, so one concept in two
// services is two distinct names, neither prefixed: compute's quota sets are Nova's,
// block storage's are Cinder's.
expectTypeOf(compute.quotaSets).not.toEqualTypeOf(blockStorage.quotaSets);
expectTypeOf<Item<typeof compute.quotaSets>>().toHaveProperty("instances");
expectTypeOf<Item<typeof blockStorage.quotaSets>>().toHaveProperty("volumes");
expectTypeOf<Item<typeof compute.quotaSets>>().not.toHaveProperty("volumes");
expectTypeOf<compute.QuotaSet>().not.toEqualTypeOf<blockStorage.QuotaSet>();
expectTypeOf(compute.limits).not.toEqualTypeOf(blockStorage.limits);
expectTypeOf(compute.services).not.toEqualTypeOf(identity.services);
expectTypeOf(network.quotas).not.toEqualTypeOf(compute.quotaSets);

// @ts-expect-error: the prefixed names are gone; the namespace says which service
void compute.computeQuotaSets;
// @ts-expect-error: nor does the entry flatten a service's names any more
void entry.networks;

// connectionWith takes the namespaces as they are, and derives the same façade as from the
// packages' definitions.
const Small = connectionWith({ identity, network });
declare const small: InstanceType<typeof Small>;
expectTypeOf(small.network.findNetwork("x")).resolves.toEqualTypeOf<network.Network | null>();
expectTypeOf(small.identity.listProjects).returns.resolves.toEqualTypeOf<identity.Project[]>();
const FromDefinitions = connectionWith({ identity: identity.identity, network: network.network });
expectTypeOf<InstanceType<typeof FromDefinitions>["network"]>().toEqualTypeOf<InstanceType<typeof Small>["network"]>();
// @ts-expect-error: an object holding no service definition is refused
connectionWith({ network: { networks: network.networks } });
