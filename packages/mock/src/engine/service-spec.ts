import type { CollectionName } from "../cloud/state.js";
import type { CollectionSpec } from "./collection.js";
import type { ErrorStyle } from "./error-styles.js";
import type { MicroversionRange } from "./microversion.js";
import type { Cloud, Ctx, Route, Row, ServiceType } from "./types.js";

/** A fake service: where it lives, how it fails, its microversions, and its routes. */
export interface ServiceSpec {
  readonly type: ServiceType;
  /** Path under the cloud's base URL, `""` for Keystone at the root, else e.g. `compute`. */
  readonly prefix: string;
  readonly errors: ErrorStyle;
  readonly microversion?: MicroversionRange;
  /** Swift names requests `tx…` and sends X-Trans-Id too; Nova adds X-Compute-Request-Id. */
  readonly requestIds?: "swift" | "nova";
  /** Its collections declared as data; the engine gives each its CRUD routes and seeding. */
  readonly collections?: readonly CollectionSpec[];
  /** Routes beside the collections' (actions, version documents); matched first. */
  routes(cloud: Cloud): Route[];
  /** How seed records of state arrays that are no collection (Swift's objects) are stored. */
  readonly seeders?: Partial<Record<CollectionName, (input: Row, ctx: Ctx) => void>>;
}
