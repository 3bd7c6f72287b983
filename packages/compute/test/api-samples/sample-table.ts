// Which call reads (or sends) each of Nova's samples. Keyed by `<api>/<file>` as in Nova's
// doc/api_samples, without the version folder: every version of a sample is read by the same
// call, at the microversion of its folder (2.1 for the unversioned one). A response's entry
// names the request sample of the same folder the call sends, when there is one; an entry
// keyed by a request sample is a call that answers nothing to compare.
import * as v from "valibot";
import { Aggregate } from "../../src/aggregates/aggregate.js";
import { Service } from "../../src/compute-services/compute-service.js";
import { FlavorAccess } from "../../src/flavor-access/flavor-access.js";
import { FlavorExtraSpecs } from "../../src/flavors/flavor-extra-specs.js";
import { Limits } from "../../src/limits/limits.js";
import { QuotaSet, QuotaUsage } from "../../src/quota-sets/quota-set.js";
import {
  action,
  create,
  get,
  list,
  onlyKey,
  prefixed,
  sends,
  update,
  type Body,
  type SampleCall,
} from "./sample-calls.js";
import { serverSamples } from "./sample-table-servers.js";

const flavor = { flavor: "sample-flavor" };
const aggregate = { aggregate: "1" };
const service = { service: "sample-service" };
const project = { project: "sample-project" };

const keypairs = list("listKeypairs", "keypairs", undefined, "keypair");
const serverGroupCreate = create("createServerGroup", "server_group", "server-groups-post-req.json");
/**
 * Nova's samples force with the string "True"; the SDK takes and sends a boolean, which
 * Nova's schema reads the same (parameter_types.boolean).
 */
const forcedAsBoolean = (fields: Body): Body =>
  "force" in fields ? { ...fields, force: fields["force"] === "True" } : fields;
const quotaUpdate = (request: string): SampleCall => {
  const call = update("updateQuotaSet", "quota_set", request);
  return {
    ...call,
    args: (body) => call.args(body && { quota_set: forcedAsBoolean(body["quota_set"]) }),
    sentAs: (body) => ({ quota_set: forcedAsBoolean(body["quota_set"]) }),
  };
};
const quotaSets = {
  "quotas-show-get-resp.json": get("getQuotaSet", "quota_set"),
  // The same view for one user of the project (`?user_id=`).
  "user-quotas-show-get-resp.json": get("getQuotaSet", "quota_set"),
  "quotas-show-defaults-get-resp.json": action("getQuotaSetDefaults", () => project, undefined, {
    schema: QuotaSet,
    key: "quota_set",
  }),
  "quotas-show-detail-get-resp.json": action("getQuotaSetDetail", () => project, undefined, {
    schema: v.objectWithRest({ id: v.string() }, QuotaUsage),
    key: "quota_set",
  }),
  "quotas-update-post-resp.json": quotaUpdate("quotas-update-post-req.json"),
  "quotas-update-force-post-resp.json": quotaUpdate("quotas-update-force-post-req.json"),
  "user-quotas-update-post-resp.json": quotaUpdate("user-quotas-update-post-req.json"),
};

/**
 * Corpus samples no call of this table reads: down-cell answers (2.69), partial records that
 * the list behaviour test reads. SOURCE.md lists them too.
 */
export const readElsewhere: ReadonlySet<string> = new Set([
  "os-services/v2.69/services-list-get-resp.json",
  "servers/v2.69/server-get-resp.json",
  "servers/v2.69/servers-details-resp.json",
  "servers/v2.69/servers-list-resp.json",
  "servers/v2.71/server-get-down-cell-resp.json",
]);

export const sampleTable: Readonly<Record<string, SampleCall>> = {
  // Flavors
  "flavors/flavor-get-resp.json": get("getFlavor", "flavor"),
  "flavors/flavors-detail-resp.json": list("listFlavors", "flavors"),
  "flavor-manage/flavor-create-post-resp.json": create("createFlavor", "flavor", "flavor-create-post-req.json"),
  "flavor-manage/flavor-update-resp.json": update("updateFlavor", "flavor", "flavor-update-req.json"),
  "flavor-access/flavor-create-req.json": {
    ...sends("createFlavor", (body) => body["flavor"]),
    answers: "flavor-manage/flavor-create-post-resp.json",
  },
  "flavor-access/flavor-access-list-resp.json": list("listFlavorAccess", "flavor_access", flavor),
  "flavor-access/flavor-access-add-tenant-resp.json": action(
    "flavorAddTenantAccess",
    (body) => ({ ...flavor, tenant: body?.["addTenantAccess"].tenant }),
    "flavor-access-add-tenant-req.json",
    { schema: v.array(FlavorAccess), key: "flavor_access" },
  ),
  "flavor-access/flavor-access-remove-tenant-resp.json": action(
    "flavorRemoveTenantAccess",
    (body) => ({ ...flavor, tenant: body?.["removeTenantAccess"].tenant }),
    "flavor-access-remove-tenant-req.json",
    { schema: v.array(FlavorAccess), key: "flavor_access" },
  ),
  "flavor-extra-specs/flavor-extra-specs-list-resp.json": action("fetchFlavorExtraSpecs", () => flavor, undefined, {
    schema: FlavorExtraSpecs,
  }),
  "flavor-extra-specs/flavor-extra-specs-create-resp.json": action(
    "createFlavorExtraSpecs",
    (body) => ({ ...flavor, extra_specs: body?.["extra_specs"] }),
    "flavor-extra-specs-create-req.json",
    { schema: FlavorExtraSpecs },
  ),
  "flavor-extra-specs/flavor-extra-specs-get-resp.json": action("getFlavorExtraSpecsProperty", () => ({
    ...flavor,
    key: "hw:numa_nodes",
  })),
  "flavor-extra-specs/flavor-extra-specs-update-resp.json": action(
    "updateFlavorExtraSpecsProperty",
    (body) => ({ ...flavor, key: onlyKey(body!), value: body![onlyKey(body!)] }),
    "flavor-extra-specs-update-req.json",
  ),

  ...serverSamples,

  // Keypairs, server groups
  "os-keypairs/keypairs-get-resp.json": get("getKeypair", "keypair"),
  "os-keypairs/keypairs-list-resp.json": keypairs,
  "os-keypairs/keypairs-list-user1-resp.json": keypairs,
  "os-keypairs/keypairs-list-user2-resp.json": keypairs,
  "os-keypairs/keypairs-post-resp.json": create("createKeypair", "keypair", "keypairs-post-req.json"),
  "os-keypairs/keypairs-import-post-resp.json": create("createKeypair", "keypair", "keypairs-import-post-req.json"),
  "os-server-groups/server-groups-get-resp.json": get("getServerGroup", "server_group"),
  "os-server-groups/server-groups-list-resp.json": list("listServerGroups", "server_groups"),
  "os-server-groups/server-groups-post-resp.json": serverGroupCreate,

  // Admin: hosts, zones, aggregates, services, migrations
  "os-availability-zone/availability-zone-list-resp.json": list("listAvailabilityZones", "availabilityZoneInfo"),
  "os-availability-zone/availability-zone-detail-resp.json": list(
    "listAvailabilityZoneDetails",
    "availabilityZoneInfo",
  ),
  "os-hypervisors/hypervisors-detail-resp.json": list("listHypervisors", "hypervisors"),
  "os-hypervisors/hypervisors-detail-with-servers-resp.json": list("listHypervisors", "hypervisors", {
    with_servers: true,
  }),
  "os-hypervisors/hypervisors-show-resp.json": get("getHypervisor", "hypervisor"),
  "os-hypervisors/hypervisors-show-with-servers-resp.json": get("getHypervisor", "hypervisor"),
  "os-aggregates/aggregates-get-resp.json": get("getAggregate", "aggregate"),
  "os-aggregates/aggregates-list-get-resp.json": list("listAggregates", "aggregates"),
  "os-aggregates/aggregate-post-resp.json": create("createAggregate", "aggregate", "aggregate-post-req.json"),
  "os-aggregates/aggregate-update-post-resp.json": update(
    "updateAggregate",
    "aggregate",
    "aggregate-update-post-req.json",
  ),
  "os-aggregates/aggregates-add-host-post-resp.json": action(
    "addHostToAggregate",
    (body) => ({ ...aggregate, ...body?.["add_host"] }),
    "aggregate-add-host-post-req.json",
    { schema: Aggregate, key: "aggregate" },
  ),
  "os-aggregates/aggregates-remove-host-post-resp.json": action(
    "removeHostFromAggregate",
    (body) => ({ ...aggregate, ...body?.["remove_host"] }),
    "aggregate-remove-host-post-req.json",
    { schema: Aggregate, key: "aggregate" },
  ),
  "os-aggregates/aggregates-metadata-post-resp.json": action(
    "setAggregateMetadata",
    (body) => ({ ...aggregate, ...body?.["set_metadata"] }),
    "aggregate-metadata-post-req.json",
    { schema: Aggregate, key: "aggregate" },
  ),
  "os-aggregates/aggregate-images-post-req.json": sends("aggregatePrecacheImages", (body) => ({
    ...aggregate,
    images: (body["cache"] as { id: string }[]).map((image) => image.id),
  })),
  "os-services/services-list-get-resp.json": list("listServices", "services"),
  "os-services/service-enable-put-resp.json": action("enableService", () => service, "service-enable-put-req.json", {
    schema: Service,
    key: "service",
  }),
  "os-services/service-disable-put-resp.json": action("disableService", () => service, "service-disable-put-req.json", {
    schema: Service,
    key: "service",
  }),
  "os-services/service-disable-log-put-resp.json": action(
    "disableService",
    (body) => ({ ...service, disabled_reason: body?.["disabled_reason"] }),
    "service-disable-log-put-req.json",
    { schema: Service, key: "service" },
  ),
  "os-services/service-force-down-put-resp.json": action(
    "updateServiceForcedDown",
    (body) => ({ ...service, forced_down: body?.["forced_down"] }),
    "service-force-down-put-req.json",
    { schema: Service, key: "service" },
  ),
  ...prefixed(
    "os-migrations",
    Object.fromEntries(
      [
        "",
        "-with-changes-since",
        "-with-changes-before",
        "-with-limit",
        "-with-marker",
        "-with-user-or-project-id",
      ].map((variant) => [`migrations-get${variant}.json`, list("listMigrations", "migrations")]),
    ),
  ),

  // Limits and quotas
  "limits/limit-get-resp.json": action("getLimits", () => ({}), undefined, { schema: Limits, key: "limits" }),
  ...prefixed("os-quota-sets", quotaSets),
  ...prefixed("os-quota-sets-noop", quotaSets),
};
