import type * as v from "valibot";
import type { IdType, PathParams, Ref } from "../http/path.js";
import type { ServiceClient } from "../service/service-client.js";
import type { CallHeader, ServiceDescriptor } from "../service/service-descriptor.js";
import type { Session } from "../session/session.js";
import type { ResponseValidationError } from "../errors/response-validation-error.js";
import type { ListResult } from "./list-result.js";
import type { AcceptedMark } from "./accepted.js";
import type { PartialMark } from "./partial.js";
import type { ActionSpec, Filters, ResourceSchema, ResourceSpec, Verb } from "./resource-spec.js";

/** What every verb runs against: a session, or a client of the resource's service. */
export type SessionOrClient = Session | ServiceClient;

type Names<L> = L extends readonly (infer K)[] ? K & string : never;
type Entries<D extends ResourceSpec> = D["schema"]["entries"];

type IdField<D extends ResourceSpec> = D["idField"] extends string ? D["idField"] : "id";

/** An id of the type a resource's URL takes: a string, or also a number where the API has integer ids (`idType`). */
type IdValue<T extends { readonly idType?: IdType }> = T["idType"] extends "integer" | "either"
  ? string | number
  : string;

/** An item by its id (or other identifying field), or the item itself. */
export type RefOf<D extends ResourceSpec> =
  | IdValue<D>
  | ({ readonly [K in IdField<D>]: IdValue<D> } & { readonly [field: string]: unknown });

/** Any field of the user's naming, where the resource allows them (`extraFields`). */
type Extra<D extends ResourceSpec> = D["extraFields"] extends true ? { readonly [field: string]: unknown } : {};

/** The declared fields of a resource, as the schema types them (and any other, with `extraFields`). */
export type Item<D extends ResourceSpec> = v.InferOutput<v.ObjectSchema<Entries<D>, undefined>> & Extra<D>;

type Declared<D extends ResourceSpec> = v.InferOutput<v.ObjectSchema<Entries<D>, undefined>>;

type PartialFields<S extends ResourceSchema> = v.InferOutput<v.ObjectSchema<S["entries"], undefined>>;

/**
 * A partial record of a resource that declares one (`partial`: Nova's servers and services
 * in a down cell); `never` for any other resource. The item's other fields are typed absent,
 * so `server.name ?? "…"` reads either kind; `isPartial` tells the two apart.
 */
export type PartialItem<D extends ResourceSpec> = D["partial"] extends ResourceSchema
  ? PartialFields<D["partial"]> & {
      readonly [K in Exclude<keyof Declared<D>, keyof PartialFields<D["partial"]>>]?: undefined;
    } & PartialMark
  : never;

/** What `list`, `get` and `find` return: an item, or, where the resource declares one, a partial record. */
export type ItemOrPartial<D extends ResourceSpec> = Item<D> | PartialItem<D>;

/** Ids of the parents in the resource's path (`{user_id}` → `user_id`), each an id or a resource. */
export type ParentParams<D extends ResourceSpec> = { [K in PathParams<D["path"]>]: Ref };

export type QueryValue = string | number | boolean | readonly (string | number)[];

/** The declared non-field filters, each a value of its schema or a list of them (sent repeated; tags comma-separated). */
type FilterArgs<D extends ResourceSpec> = D["filters"] extends Filters
  ? { [K in keyof D["filters"]]?: v.InferInput<D["filters"][K]> | readonly v.InferInput<D["filters"][K]>[] }
  : {};

/**
 * Paging in the query, where openstacksdk's users write it (`listNetworks({ limit: 100 })`),
 * for every list: `limit` is the page size (the same as the `limit` option; giving both,
 * they must agree), `marker` the id (or other marker field) of the item to start after.
 */
export interface PageQuery {
  limit?: number;
  marker?: string | number;
}

/** Filters of the list call, by wire name (fields, and the declared `filters`), the parent ids, and paging. */
export type ListQuery<D extends ResourceSpec> = { [K in Names<D["query"]>]?: QueryValue } & FilterArgs<D> &
  ParentParams<D> &
  PageQuery;

type Writable<D extends ResourceSpec> = Exclude<keyof Declared<D>, Names<D["readOnly"]>>;

/** A create body: the required fields, any other writable field, and the parent ids. */
export type CreateBody<D extends ResourceSpec> = {
  [K in Names<D["required"]> & keyof Declared<D>]-?: Declared<D>[K];
} & {
  [K in Exclude<Writable<D>, Names<D["required"]>>]?: Declared<D>[K];
} & ParentParams<D> &
  Extra<D>;

/**
 * What a create of a resource with bodiless creates (`bodilessCreateFrom`) returns from a
 * 202/204: the fields it sent (parent ids aside), marked for `isAccepted`; the fields only
 * the server sets are typed absent, so `attachment.device ?? …` reads either kind.
 */
export type AcceptedItem<D extends ResourceSpec> = Omit<CreateBody<D>, keyof ParentParams<D>> & {
  readonly [K in Exclude<keyof Declared<D>, Writable<D>>]?: undefined;
} & AcceptedMark;

/** What create returns: the item, or where the API may answer without a body, that or an {@link AcceptedItem}. */
export type CreateResult<D extends ResourceSpec> = D["bodilessCreateFrom"] extends string
  ? Item<D> | AcceptedItem<D>
  : Item<D>;

/** An update: any field that can still change. */
export type UpdateBody<D extends ResourceSpec> = {
  [K in Exclude<Writable<D>, Names<D["createOnly"]>>]?: Declared<D>[K];
} & Extra<D>;

export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/**
 * The header options a service declares (`callHeaders`), each a value of its schema:
 * Designate's `{ allProjects?: boolean; sudoProjectId?: string }`; none for most services.
 */
export type HeaderOptions<S extends ServiceDescriptor> =
  S["callHeaders"] extends Readonly<Record<string, CallHeader>>
    ? { [K in keyof S["callHeaders"]]?: v.InferInput<S["callHeaders"][K]["value"]> }
    : {};

/** A call's options on a resource: a signal, and its service's header options. */
export type CallOptionsOf<D extends ResourceSpec> = CallOptions & HeaderOptions<D["service"]>;

export interface ListOptions extends CallOptions {
  /** Page size asked of the server (or `limit` in the query; giving both, they must agree). */
  limit?: number;
  /** Stop after this many items in all. */
  maxItems?: number;
  /**
   * Hears of each item that does not match the resource's schema. A list never fails
   * because of one item: such an item is returned as the server sent it (no field dropped,
   * but its fields may not have their declared types), and a warning naming the item's
   * index in its page, the field and the page's URL goes to the session's logger. Collect
   * the errors here, or throw one (that error then ends the walk: a strict list).
   * `raw` is the item as the list returns it.
   */
  onInvalidItem?: (error: ResponseValidationError, raw: unknown) => void;
}

/** Parent ids, when `ref` is a bare id and cannot carry them. */
export type ItemOptions<D extends ResourceSpec> = CallOptionsOf<D> & Partial<ParentParams<D>>;

/** The declared query parameters of a call on one item (`getQuery`, …), each a value of its schema or a list of them (sent repeated). */
type ItemQueryArgs<Q> = Q extends Filters
  ? { [K in keyof Q]?: v.InferInput<Q[K]> | readonly v.InferInput<Q[K]>[] }
  : {};

/** Options of a get: parent ids, and the declared query parameters of a GET of one item. */
export type GetOptions<D extends ResourceSpec> = ItemOptions<D> & ItemQueryArgs<D["getQuery"]>;

/** Options of an update: parent ids, and the declared query parameters of an update (`updateQuery`). */
export type UpdateOptions<D extends ResourceSpec> = ItemOptions<D> & ItemQueryArgs<D["updateQuery"]>;

/** get, with `target` first or not: where the GET selects fields (Neutron's `fields`), an item with those only. */
export type GetFunction<D extends ResourceSpec, Target extends unknown[] = []> = "fields" extends keyof D["getQuery"]
  ? {
      (
        ...args: [...Target, ref: RefOf<D>, options: GetOptions<D> & { fields: string | readonly string[] }]
      ): Promise<Partial<Item<D>>>;
      (...args: [...Target, ref: RefOf<D>, options?: GetOptions<D>]): Promise<ItemOrPartial<D>>;
    }
  : (...args: [...Target, ref: RefOf<D>, options?: GetOptions<D>]) => Promise<ItemOrPartial<D>>;

export type FindOptions<D extends ResourceSpec> = ListQuery<D> &
  CallOptionsOf<D> & {
    /** Default true: no match gives `null`. False: no match throws `NotFoundError`. */
    ignoreMissing?: boolean;
  };

/** Options of a delete: parent ids, the declared query parameters of a DELETE (`deleteQuery`), and ignoreMissing. */
export type DeleteOptions<D extends ResourceSpec> = ItemOptions<D> &
  ItemQueryArgs<D["deleteQuery"]> & {
    /** Default true: deleting what is already gone is not an error. */
    ignoreMissing?: boolean;
  };

export interface WaitOptions<T> extends CallOptions {
  /** The state(s) to wait for. */
  status: string | readonly string[];
  /** States that end the wait with `ResourceFailureError`. Default: the resource's own (ERROR, …). */
  failures?: readonly string[];
  /** First poll interval in ms, growing 1.5× up to `maxInterval`. Default 2 000. */
  interval?: number;
  maxInterval?: number;
  /** Give up after this many ms with `ResourceTimeoutError`. Default 300 000. */
  timeout?: number;
  /** Called with every state seen. */
  onProgress?: (item: T) => void;
}

export type WaitForDeleteOptions = Omit<WaitOptions<never>, "status" | "failures" | "onProgress">;

type ArgsOf<F> = F extends (args: infer B) => unknown ? B : unknown;

/** What fills one of an action's path placeholders: an id, or an item carrying it (in `idField`, where the action names one). */
type PathArg<A extends ActionSpec> = A["idField"] extends string
  ? IdValue<A> | { readonly [K in A["idField"]]: IdValue<A> }
  : A["idType"] extends "integer" | "either"
    ? IdValue<A> | { readonly id: IdValue<A>; readonly [field: string]: unknown }
    : Ref;

/** Arguments of an action: its path's ids, plus what its body, headers and query read. */
export type ActionArgs<A extends ActionSpec> = { [K in PathParams<A["path"]>]: PathArg<A> } & ArgsOf<A["body"]> &
  ArgsOf<A["rawBody"]> &
  ArgsOf<A["headers"]> &
  ArgsOf<A["query"]> &
  ArgsOf<A["requires"]>;

export type ActionResult<A extends ActionSpec> = A["returns"] extends "exists"
  ? boolean
  : A["returns"] extends "json"
    ? A["schema"] extends v.GenericSchema
      ? v.InferOutput<A["schema"]>
      : unknown
    : A["returns"] extends "response"
      ? Response
      : // biome-ignore lint/suspicious/noConfusingVoidType: an action that answers nothing resolves to void, as a method would
        void;

/** Options every action takes: a signal, and progress callbacks for uploads and downloads. */
export interface ActionOptions extends CallOptions {
  onUploadProgress?: (progress: { percent: number; transferredBytes: number; totalBytes: number }) => void;
  onDownloadProgress?: (progress: { percent: number; transferredBytes: number; totalBytes: number }) => void;
}

type NeedsNothing<T> = {} extends T ? true : false;

/** `(args?, options?)` when nothing is required, else `(args, options?)`. */
type ArgsThen<A, R, O = CallOptions> =
  NeedsNothing<A> extends true ? (args?: A, options?: O) => R : (args: A, options?: O) => R;

/** A declared action as a function of a target: `getResourceProviderTraits(session, { resource_provider_uuid })`. */
export type ActionFunction<A extends ActionSpec, S extends ServiceDescriptor = ServiceDescriptor> =
  NeedsNothing<ActionArgs<A>> extends true
    ? (
        target: SessionOrClient,
        args?: ActionArgs<A>,
        options?: ActionOptions & HeaderOptions<S>,
      ) => Promise<ActionResult<A>>
    : (
        target: SessionOrClient,
        args: ActionArgs<A>,
        options?: ActionOptions & HeaderOptions<S>,
      ) => Promise<ActionResult<A>>;

/** The method each verb becomes on a service façade. */
export interface VerbMethods<D extends ResourceSpec> {
  list: ArgsThen<ListQuery<D>, ListResult<ItemOrPartial<D>>, ListOptions & HeaderOptions<D["service"]>>;
  get: GetFunction<D>;
  find: {
    (nameOrId: string, options: FindOptions<D> & { ignoreMissing: false }): Promise<ItemOrPartial<D>>;
    (nameOrId: string, options?: FindOptions<D>): Promise<ItemOrPartial<D> | null>;
  };
  create: (body: CreateBody<D>, options?: CallOptionsOf<D>) => Promise<CreateResult<D>>;
  update: (ref: RefOf<D>, patch: UpdateBody<D>, options?: UpdateOptions<D>) => Promise<Item<D>>;
  delete: (ref: RefOf<D>, options?: DeleteOptions<D>) => Promise<void>;
  // onProgress hears every state, a partial record's too; the item that reaches `status` is a full one.
  waitFor: (ref: RefOf<D>, options: WaitOptions<ItemOrPartial<D>> & ItemOptions<D>) => Promise<Item<D>>;
}

/** `list` → `listNetworks`; any other verb → `<verb>Network`. */
export type MethodName<D extends ResourceSpec, V extends Verb> = V extends "list"
  ? `list${D["plural"]}`
  : `${V}${D["singular"]}`;

type ActionMethods<D extends ResourceSpec> =
  D["actions"] extends Readonly<Record<string, ActionSpec>>
    ? {
        [K in keyof D["actions"] & string]: ArgsThen<
          ActionArgs<D["actions"][K]>,
          Promise<ActionResult<D["actions"][K]>>,
          ActionOptions & HeaderOptions<D["service"]>
        >;
      }
    : {};

/** `waitForDeleteServer`: for anything that can be deleted, a wait until GET answers 404. */
type DeleteWaiter<D extends ResourceSpec> =
  "delete" extends Names<D["verbs"]> ? (D["deleteWait"] extends false ? {} : DeleteWaiterMethod<D>) : {};

type DeleteWaiterMethod<D extends ResourceSpec> =
  "delete" extends Names<D["verbs"]>
    ? {
        [K in `waitForDelete${D["singular"]}`]: (
          ref: RefOf<D>,
          options?: WaitForDeleteOptions & ItemOptions<D>,
        ) => Promise<void>;
      }
    : {};

/** Every façade method one resource contributes: its verbs under their derived names, and its actions. */
export type ResourceMethods<D extends ResourceSpec> = {
  [V in Names<D["verbs"]> as MethodName<D, V>]: VerbMethods<D>[V];
} & DeleteWaiter<D> &
  ActionMethods<D>;
