import type * as v from "valibot";
import type { IdType } from "../http/path.js";
import type { HttpMethod } from "../service/service-client.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";

/** The generic operations a resource can offer. */
export type Verb = "list" | "get" | "find" | "create" | "update" | "delete" | "waitFor";

/** A resource's schema: a loose object, so fields a newer cloud adds pass through. */
export type ResourceSchema = v.LooseObjectSchema<v.ObjectEntries, undefined>;

/** Filters that are not fields, by wire name, each with the schema of its value. */
export type Filters = Readonly<Record<string, v.GenericSchema>>;

/**
 * The microversions within which the API knows a field or query parameter: it appeared in
 * `addedIn` (Nova's `with_servers`, 2.53), or `removedIn` no longer takes it (a flavor's
 * `rxtx_factor`, 2.102). Outside them, a server ignores the name or refuses the request.
 */
export interface MicroversionBound {
  readonly addedIn?: string;
  readonly removedIn?: string;
}

/** A call that is not list/get/… : a role grant, a server reboot. Declared as data too. */
export interface ActionSpec {
  readonly method: HttpMethod;
  /** Relative to the service's base URL; `{name}` placeholders come from the arguments. */
  readonly path: string;
  /** The field of an item passed for a placeholder that identifies it (Placement's `uuid`); default `id`. */
  readonly idField?: string;
  /** The ids its placeholders take, where not only strings (Nova's aggregate actions: `integer`). */
  readonly idType?: IdType;
  /** The JSON body, built from the arguments. */
  readonly body?: (args: never) => unknown;
  /** A body sent as it is (bytes, a stream, text), for uploads; with `contentType`. */
  readonly rawBody?: (args: never) => BodyInit;
  readonly contentType?: string;
  /** Headers built from the arguments (Keystone's `X-Subject-Token`, Swift's metadata, …). */
  readonly headers?: (args: never) => Record<string, string>;
  /** Query parameters built from the arguments; undefined values are left out, a list repeats its key. */
  readonly query?: (
    args: never,
  ) => Record<string, string | number | boolean | readonly (string | number)[] | undefined>;
  /** With `returns: "json"`: the schema the answer must match; the result is typed by it. */
  readonly schema?: v.GenericSchema;
  /** The highest microversion whose answer this action understands: min(this, server) is sent. */
  readonly maxMicroversion?: string;
  /** With `returns: "json"`: the envelope key to take the answer out of (`config` of `{"config": …}`). */
  readonly resultKey?: string;
  /** Sent without a token: calls that must work without one (changing an expired password). */
  readonly anonymous?: boolean;
  /**
   * False for a PUT or DELETE that does not leave the same state when sent twice (Neutron's
   * add_router_interface): never retried, like a POST.
   */
  readonly idempotent?: false;
  /**
   * What the call answers: `exists` (2xx → true, 404 → false), `json` (the parsed body),
   * `response` (the Response itself: headers, or a body to stream). Default: nothing.
   */
  readonly returns?: "exists" | "json" | "response";
  /**
   * Lowest microversion the call needs; a function of the arguments where what is sent
   * decides it (Placement's allocations: 1.28, 1.34 with `mappings`, 1.38 with
   * `consumer_type`). Without `maxMicroversion`, exactly this one is asked for.
   */
  readonly requires?: string | ((args: never) => string);
}

/**
 * A resource, declared once as data. Every verb, the façade's method names and their
 * types are derived from this.
 */
export interface ResourceSpec {
  readonly service: ServiceDescriptor;
  /** Collection path relative to the service's base URL; `{name}` for parent ids. */
  readonly path: string;
  /** `Network` → getNetwork, findNetwork, createNetwork, … */
  readonly singular: string;
  /** `Networks` → listNetworks. */
  readonly plural: string;
  /** Envelope key of one item: `{"network": {...}}`. Absent where bodies are the item itself (Glance, Placement). */
  readonly key?: string;
  /** Envelope key of a list: `{"networks": [...]}`. Absent where the body is the list itself (Swift). */
  readonly pluralKey?: string;
  /** The body's next-page links, when not `<pluralKey>_links`: Cinder's types say `volume_type_links`. */
  readonly linksKey?: string;
  /** Where the list is, when not at `path`: Nova's `servers/detail`, Cinder's `volumes/detail`. */
  readonly listPath?: string;
  /** Each list item's own envelope, where there is one: Nova's `{"keypairs": [{"keypair": {...}}]}`. */
  readonly listItemKey?: string;
  /** The field that identifies an item in its URL. Default `id`; `name` (Swift, keypairs), `uuid` (Placement). */
  readonly idField?: string;
  /** The field `find` matches besides the id, and filters by when it is a filter. Default `name`; `floating_ip_address` for floating IPs. */
  readonly nameField?: string;
  /** False where deleting does not make GET answer 404 (a quota set is reset, not removed): no `waitForDelete…`. */
  readonly deleteWait?: false;
  readonly schema: ResourceSchema;
  /**
   * The shape of a partial record, where the API answers some items with only a few of
   * their fields (Nova, from 2.69: a server or compute service in a cell it cannot reach).
   * An item that does not match `schema` but matches this comes back marked partial:
   * `list` and `get` are typed `Item | PartialItem`, and `isPartial` tells them apart.
   */
  readonly partial?: ResourceSchema;
  readonly verbs: readonly Verb[];
  /** Fields the list call filters by, by their wire names: each must be a key of `schema` (checked by defineResource). */
  readonly query?: readonly string[];
  /**
   * Filters the API documents that are not fields (`sort_key`, `tags-any`, `changes-since`,
   * Keystone's `user.id`), each with the schema of its value (a list of values is sent
   * repeated): the list call's type, and the check of what a caller passes.
   */
  readonly filters?: Filters;
  /** Filters that are on when present, whatever their value (Keystone's `effective`): sent bare for true, left out for false. Keys of `filters` or an item query (`getQuery`, …). */
  readonly flags?: readonly string[];
  /**
   * The query parameters the API documents on a GET of one item (Nova's `with_servers`,
   * Neutron's `fields`), each with the schema of its value, as `filters` are for the list:
   * the type of get's options, and the check of what a caller passes, before any request.
   */
  readonly getQuery?: Filters;
  /** The query parameters the API documents on a DELETE of one item (Cinder's `cascade`, Nova's keypair `user_id`), typed like `getQuery`. */
  readonly deleteQuery?: Filters;
  /** The query parameters the API documents on an update of one item (Nova's quota-set `user_id`), typed like `getQuery`. */
  readonly updateQuery?: Filters;
  /**
   * Fields and query parameters (of any verb) the API takes only from or until some
   * microversion, by name: a call that would send one at a microversion outside its bound
   * fails with `MicroversionError` naming it, before the request, instead of being ignored
   * or refused by the server. Names are checked like `query` (fields, filters, item queries).
   */
  readonly microversionBounds?: Readonly<Record<string, MicroversionBound>>;
  /**
   * The microversion from which the API answers a create with 202 or 204 and no body
   * (Nova's volume attachments from 2.101, which attach asynchronously). From it, create
   * returns the fields it sent, marked for `isAccepted`; below it, a bodiless answer is an error.
   */
  readonly bodilessCreateFrom?: string;
  /** The ids its URL takes: `string` (the default), `integer` (Nova's aggregates) or `either` (Nova's hypervisors). */
  readonly idType?: IdType;
  /** Fields a create must give. */
  readonly required?: readonly string[];
  /** Fields only the server sets. */
  readonly readOnly?: readonly string[];
  /** Fields that can be set on create but not changed. */
  readonly createOnly?: readonly string[];
  /** Keystone updates with PATCH; most others with PUT. */
  readonly updateMethod?: "PUT" | "PATCH";
  /**
   * Updates as an RFC 6902 JSON patch with this media type (Glance's
   * `application/openstack-images-v2.1-json-patch`), computed against the current item.
   */
  readonly jsonPatch?: string;
  /**
   * `links` (every link style, the default), `marker` (always page by marker), `offset`
   * (Manila: `offset` moves on by the items read while full pages of `limit` come back; its
   * next links name a `marker` the server does not read, so they are not followed), `none`.
   */
  readonly pagination?: "links" | "marker" | "offset" | "none";
  /**
   * The service's next links leave out the list's filters (Barbican's carry only `limit` and
   * `offset`): each later page gets the first page's filters back, or a filtered walk would
   * go on with other items than those asked for.
   */
  readonly nextLinksDropFilters?: boolean;
  /** The field whose value is the next page's marker. Default `id`. A list: the first an item has (Swift's `subdir` entries have no `name`). */
  readonly markerField?: string | readonly string[];
  /** Query parameters every list request carries (Swift's `format=json`). */
  readonly listQuery?: Readonly<Record<string, string>>;
  /** Highest microversion whose responses the schema understands. */
  readonly maxMicroversion?: string;
  /** Where waitFor reads the state, and which states mean failure. */
  readonly status?: { readonly field?: string; readonly failures?: readonly string[] };
  /**
   * An error answer to GET that means the item is still going away, not that the wait
   * failed: waitForDelete polls on through it until the 404. Its HTTP status and a text the
   * service's message contains (Magnum answers a cluster whose node groups are already gone
   * with 400 `Invalid input for field/attribute master_count`).
   */
  readonly whileDeleting?: { readonly status: number; readonly says: string };
  readonly actions?: Readonly<Record<string, ActionSpec>>;
  /** Items carry fields of the user's own naming (Glance's custom properties): types allow any extra field. */
  readonly extraFields?: boolean;
}

/**
 * What `defineResource` checks beyond `ResourceSpec`: every name a spec lists is one it
 * declares (a field of its schema; for `flags`, a key of its `filters` or an item query; for
 * `microversionBounds`, either), so a misspelt
 * name fails tsc instead of, say, making a read-only field writable.
 */
export interface CheckedNames<Field extends string, Filter extends string> {
  readonly query?: readonly Field[];
  readonly required?: readonly Field[];
  readonly readOnly?: readonly Field[];
  readonly createOnly?: readonly Field[];
  readonly flags?: readonly Filter[];
  readonly microversionBounds?: { readonly [K in Field | Filter]?: MicroversionBound };
}
