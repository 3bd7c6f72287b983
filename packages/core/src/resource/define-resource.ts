import { InvalidArgumentError } from "../errors/sdk-errors.js";
import type { Ref } from "../http/path.js";
import type { ListResult } from "./list-result.js";
import { find, get, list } from "./read.js";
import { waitForDelete, waitForStatus } from "./wait.js";
import type { CheckedNames, MicroversionBound, ResourceSpec, Verb } from "./resource-spec.js";
import type {
  CallOptionsOf,
  CreateBody,
  CreateResult,
  DeleteOptions,
  FindOptions,
  GetFunction,
  HeaderOptions,
  Item,
  ItemOptions,
  ItemOrPartial,
  ListOptions,
  ListQuery,
  RefOf,
  SessionOrClient,
  UpdateBody,
  UpdateOptions,
  WaitForDeleteOptions,
  WaitOptions,
} from "./types.js";

type Args = Record<string, unknown>;

/** The verbs as functions of a target: what tree-shaking users call, `networks.find(session, "x")`. */
export interface ResourceFunctions<D extends ResourceSpec> {
  list(
    target: SessionOrClient,
    query?: ListQuery<D>,
    options?: ListOptions & HeaderOptions<D["service"]>,
  ): ListResult<ItemOrPartial<D>>;
  get: GetFunction<D, [target: SessionOrClient]>;
  find(
    target: SessionOrClient,
    nameOrId: string,
    options: FindOptions<D> & { ignoreMissing: false },
  ): Promise<ItemOrPartial<D>>;
  find(target: SessionOrClient, nameOrId: string, options?: FindOptions<D>): Promise<ItemOrPartial<D> | null>;
  create(target: SessionOrClient, body: CreateBody<D>, options?: CallOptionsOf<D>): Promise<CreateResult<D>>;
  update(target: SessionOrClient, ref: RefOf<D>, patch: UpdateBody<D>, options?: UpdateOptions<D>): Promise<Item<D>>;
  delete(target: SessionOrClient, ref: RefOf<D>, options?: DeleteOptions<D>): Promise<void>;
  waitFor(
    target: SessionOrClient,
    ref: RefOf<D>,
    options: WaitOptions<ItemOrPartial<D>> & ItemOptions<D>,
  ): Promise<Item<D>>;
  waitForDelete(target: SessionOrClient, ref: RefOf<D>, options?: WaitForDeleteOptions & ItemOptions<D>): Promise<void>;
}

type DeclaredVerbs<D extends ResourceSpec> =
  | D["verbs"][number]
  | ("delete" extends D["verbs"][number] ? "waitForDelete" : never);

/** A resource definition: its data, plus the verbs it declares as functions. */
export type Resource<D extends ResourceSpec> = D &
  Pick<ResourceFunctions<D>, DeclaredVerbs<D> & keyof ResourceFunctions<D>>;

function allowed(spec: ResourceSpec, verb: Verb): ResourceSpec {
  if (!spec.verbs.includes(verb)) throw new InvalidArgumentError(`${spec.plural} cannot ${verb}`);
  return spec;
}

/**
 * Writing is loaded on its first call (each verb is already async): an app that only reads
 * does not download it (issue 17's budgets); waiting does the same in ./wait.ts. The verb's
 * own refusal (`allowed`) stays synchronous, as before.
 */
const writes = () => import("./write.js");

// One shared prototype: a resource object carries only its own data.
const verbs = {
  list(this: ResourceSpec, target: SessionOrClient, query?: Args, options?: ListOptions) {
    return list(allowed(this, "list"), target, query, options);
  },
  get(this: ResourceSpec, target: SessionOrClient, ref: Ref, options?: Args) {
    return get(allowed(this, "get"), target, ref, options);
  },
  find(this: ResourceSpec, target: SessionOrClient, nameOrId: string, options?: Args) {
    return find(allowed(this, "find"), target, nameOrId, options);
  },
  create(this: ResourceSpec, target: SessionOrClient, body: Args, options?: Args) {
    const spec = allowed(this, "create");
    return writes().then((m) => m.create(spec, target, body, options));
  },
  update(this: ResourceSpec, target: SessionOrClient, ref: Ref, patch: Args, options?: Args) {
    const spec = allowed(this, "update");
    return writes().then((m) => m.update(spec, target, ref, patch, options));
  },
  delete(this: ResourceSpec, target: SessionOrClient, ref: Ref, options?: Args) {
    const spec = allowed(this, "delete");
    return writes().then((m) => m.remove(spec, target, ref, options));
  },
  waitFor(this: ResourceSpec, target: SessionOrClient, ref: Ref, options: WaitOptions<unknown> & Args) {
    return waitForStatus(allowed(this, "waitFor"), target, ref, options);
  },
  waitForDelete(this: ResourceSpec, target: SessionOrClient, ref: Ref, options?: WaitForDeleteOptions & Args) {
    return waitForDelete(allowed(this, "delete"), target, ref, options);
  },
};

/** The declared query parameters that are not fields: list filters and item queries. */
type QueryNames<D extends ResourceSpec> = (
  | keyof D["filters"]
  | keyof D["getQuery"]
  | keyof D["deleteQuery"]
  | keyof D["updateQuery"]
) &
  string;

/** A bound on a name the spec does not declare fails tsc on that name (a mapped type alone lets it through beside a good one). */
type OnlyDeclaredBounds<D extends ResourceSpec> = {
  readonly microversionBounds?: {
    readonly [K in keyof D["microversionBounds"]]: K extends keyof D["schema"]["entries"] | QueryNames<D>
      ? MicroversionBound
      : never;
  };
};

/**
 * Declares a resource. The spec is plain data; the verbs come from one generic implementation.
 * The constraint holds every name the spec lists to its own schema's fields (flags: to its
 * declared filters), so a misspelt name fails tsc, on the misspelt entry.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineResource<
  const D extends ResourceSpec &
    CheckedNames<keyof D["schema"]["entries"] & string, QueryNames<D>> &
    OnlyDeclaredBounds<D>,
>(spec: D): Resource<D> {
  return Object.assign(Object.create(verbs) as object, spec) as Resource<D>;
}
