import type { ApiError } from "./api-error.js";
import type { Filter } from "./filters.js";
import type { PagingStyle } from "./paging.js";
import type { Ctx, Row } from "./types.js";
import type { CollectionName } from "../cloud/state.js";

export interface Statuses {
  readonly create?: number;
  readonly update?: number;
  readonly delete?: number;
}

export type CrudVerb = "list" | "get" | "create" | "update" | "delete";

/** Who sees and changes a collection's items. */
export interface Access {
  /** Fields that hold the owning project's id, set on create (the first is the one read). */
  readonly owner?: readonly string[];
  /** Whose the owner field is: the token's project (default), or its user (Nova's keypairs). */
  readonly ownedBy?: "project" | "user";
  /** Besides its project, who sees an item: Neutron's shared and external networks, Glance's public images. */
  readonly sharedWith?: (item: Row, ctx: Ctx) => boolean;
  /**
   * `all`: an admin sees every project's items (Neutron, Keystone, Glance, Placement);
   * `all_tenants`: only when asking with `all_tenants` (Nova, Cinder).
   */
  readonly admin: "all" | "all_tenants";
  /** Only admins may do this: everything (Keystone's default policy) or writes. */
  readonly adminOnly?: "all" | "write";
  /** Decides instead of `adminOnly`: Keystone users reading themselves, credentials only their owner makes. */
  readonly allow?: (ctx: Ctx, verb: CrudVerb) => boolean;
  /** The refusal a non-admin gets, e.g. Keystone's `identity:list_projects`. */
  readonly forbidden?: (verb: CrudVerb) => ApiError;
}

/**
 * A fake collection, declared once as data: where it lives, its envelopes, paging,
 * filters and who sees it. {@link crudRoutes} turns it into list/get/create/update/delete
 * routes; the hooks hold only what is particular to the resource (defaults, checks, views).
 */
export interface CollectionSpec {
  /** The array of `cloud.state` that holds the items. */
  readonly state: CollectionName;
  /** Relative to the service's root, `:param` for parents: `v2.0/networks`, `v3/users/:user_id/application_credentials`. */
  readonly path: string;
  /** One item's envelope (`{"network": …}`); absent for Glance and Placement. */
  readonly key?: string;
  /** The list's envelope (`{"networks": […]}`). */
  readonly pluralKey: string;
  /** Each listed item's own envelope: Nova's keypairs. */
  readonly listItemKey?: string;
  /** Nova and Cinder: `GET <path>` lists id, name and links; `GET <path>/detail` everything. */
  readonly detailList?: boolean;
  /** The field that names an item in its URL. Default `id`. */
  readonly idField?: string;
  /** A path parameter that selects the parent: application credentials under `users/:user_id`. */
  readonly parent?: { readonly param: string; readonly field: string };
  readonly verbs: readonly CrudVerb[];
  readonly paging: PagingStyle;
  /** List filters by wire name. */
  readonly filters?: Readonly<Record<string, Filter>>;
  /**
   * A query parameter that is no filter: `reject` it (Neutron's and Placement's 400), `match`
   * it against the field of that name (Cinder; Glance's custom properties), or `ignore` it.
   */
  readonly unknownFilters: "reject" | "match" | "ignore";
  /** Default order: as created (`insertion`), newest first (Nova, Cinder, Glance), or by a field (Nova's flavors by id). */
  readonly order?: "insertion" | "newest" | { readonly field: string; readonly descending?: boolean };
  readonly updateMethod?: "PUT" | "PATCH";
  /** Neutron also creates several at once: `{"<pluralKey>": [{…}, …]}`. */
  readonly bulk?: boolean;
  /** Status codes where the service differs from 201 / 200 / 204 (per request where the microversion decides). */
  readonly statuses?: Statuses | ((ctx: Ctx) => Statuses);
  readonly access: Access;
  /** The answer for an id that names nothing the caller can see. */
  readonly notFound: (id: string, ctx?: Ctx) => ApiError;
  /** The answer for a `marker` that names no item; default Nova's 400, else `notFound`. */
  readonly badMarker?: (marker: string) => ApiError;
  /** The refusal of a body field the service does not know; without it, unknown fields are kept. */
  readonly unknownField?: (names: string[], verb: "create" | "update") => ApiError;
  /** Fields a create may give (unknown ones are refused when `unknownField` is set). */
  readonly creatable?: readonly string[];
  /** Fields an update may change. */
  readonly updatable?: readonly string[];
  /** A new item from the request body (unwrapped), with every server-set field; throws ApiError on bad input. */
  readonly build: (input: Row, ctx: Ctx) => Row;
  /** Create fields that become something else (Nova's `flavorRef`, a seeded image's `data`): seeds do not store them as given. */
  readonly consumes?: readonly string[];
  /** Checks and applies an update (already filtered to `updatable`); default: assigns the fields. */
  readonly change?: (item: Row, input: Row, ctx: Ctx) => void;
  /** What the API shows of an item; default: the item without `hidden` fields. */
  readonly view?: (item: Row, ctx: Ctx) => Row;
  /** The create's answer where it differs from `view` (an application credential's secret); null for none (old Placement). */
  readonly createdView?: (item: Row, ctx: Ctx) => Row | null;
  /** A list's entries where they differ from `view` (Nova's keypairs). */
  readonly listView?: (item: Row, ctx: Ctx) => Row;
  /** Nova's and Cinder's short list entries. */
  readonly summary?: (item: Row, ctx: Ctx) => Row;
  /** Stored but never shown: passwords, secrets, data. */
  readonly hidden?: readonly string[];
  /** Extra headers of a create's answer (Location). */
  readonly createHeaders?: (item: Row, ctx: Ctx) => Record<string, string>;
  /** Leaves items out of every list unless asked for (Glance's hidden and community images). */
  readonly listedByDefault?: (item: Row, ctx: Ctx) => boolean;
  /** Runs before a list is read (Neutron makes a project's default security group on first sight). */
  readonly beforeList?: (ctx: Ctx) => void;
  /** Runs after a create was stored (a network's subnets list, a server's build). */
  readonly afterCreate?: (item: Row, ctx: Ctx) => void;
  /**
   * Deletes: throws ApiError when the item is in use; answers `later` when the item lingers
   * in a deleting state for the cloud's delay. Runs cleanups of dependents.
   */
  readonly remove?: (item: Row, ctx: Ctx) => "now" | "later";
  /** Stamps an update (Neutron's revision_number, updated_at). */
  readonly touch?: (item: Row, ctx: Ctx) => void;
}
