import * as v from "valibot";
import { ConfigError, InvalidArgumentError } from "../errors/sdk-errors.js";
import { pathParams } from "../http/path.js";
import type { ServiceDescriptor } from "../service/service-descriptor.js";
import type { ResourceSpec } from "./resource-spec.js";

/**
 * The request headers a call's options ask for, by the names the service declares
 * (`callHeaders`: Designate's `allProjects` → `X-Auth-All-Projects`), each value checked
 * against its schema before any request. `undefined` when the service declares none or the
 * call gives none: a service without call headers pays one property read. The options stay
 * as they are; the caller refuses any name that is neither a header option nor its own.
 */
export function callHeadersOf(
  service: ServiceDescriptor,
  what: string,
  options: object | undefined,
): Record<string, string> | undefined {
  const declared = service.callHeaders;
  if (declared === undefined || options === undefined) return undefined;
  let headers: Record<string, string> | undefined;
  for (const [name, { header, value: schema }] of Object.entries(declared)) {
    const given = (options as Readonly<Record<string, unknown>>)[name];
    if (given === undefined) continue;
    const result = v.safeParse(schema, given);
    if (!result.success) {
      const issue = result.issues[0];
      const expected = issue.kind === "schema" ? (issue.expected ?? "something else") : issue.message;
      throw new InvalidArgumentError(`${what} option '${name}' must be ${expected}, got ${JSON.stringify(given)}`);
    }
    (headers ??= {})[header] = String(result.output);
  }
  return headers;
}

/** The names of the service's header options, for the lists of known options in refusals. */
export function callHeaderNames(service: ServiceDescriptor): readonly string[] {
  return service.callHeaders === undefined ? NONE : Object.keys(service.callHeaders);
}

const NONE: readonly string[] = [];

/**
 * Refuses, by name, an option that is neither one of `known` nor a header option of the
 * service, listing both. Reads the keys without building a list: it runs on every list call.
 */
export function refuseUnknownOptions(
  service: ServiceDescriptor,
  what: string,
  options: object,
  known: readonly string[],
): void {
  for (const key in options) {
    if (
      Object.hasOwn(options, key) &&
      !known.includes(key) &&
      !(service.callHeaders && Object.hasOwn(service.callHeaders, key))
    ) {
      const all = [...known, ...callHeaderNames(service)];
      throw new InvalidArgumentError(`${what} has no option '${key}'; it takes: ${all.join(", ") || "none"}`);
    }
  }
}

/**
 * The service's header options among `options`, and the other options: find and update
 * hand the first on to the calls they make, find's list takes the others as its query.
 */
export function splitCallHeaders(
  service: ServiceDescriptor,
  options: Readonly<Record<string, unknown>>,
): { headerOptions: Readonly<Record<string, unknown>>; rest: Readonly<Record<string, unknown>> } {
  if (service.callHeaders === undefined) return { headerOptions: {}, rest: options };
  const headerOptions: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options))
    (Object.hasOwn(service.callHeaders, key) ? headerOptions : rest)[key] = value;
  return { headerOptions, rest };
}

/** Options some verb takes besides a resource's own names: a header option cannot be one of them. */
const VERB_OPTIONS = [
  "signal",
  "ignoreMissing",
  "limit",
  "marker",
  "maxItems",
  "onInvalidItem",
  "status",
  "failures",
  "interval",
  "maxInterval",
  "timeout",
  "onProgress",
  "onUploadProgress",
  "onDownloadProgress",
];

/**
 * A header option named like one of a resource's own options (a parent id, a filter, a
 * `getQuery` parameter, a verb's option) would be read as both: a declaration bug. Not
 * checked at run time (every app would carry the check): a service with header options
 * runs this over its resources in its tests.
 */
export function checkCallHeaderNames(spec: ResourceSpec): void {
  const own = [
    ...VERB_OPTIONS,
    ...pathParams(spec.path),
    ...(spec.query ?? []),
    ...[spec.filters, spec.getQuery, spec.deleteQuery, spec.updateQuery].flatMap((q) => Object.keys(q ?? {})),
  ];
  const clash = callHeaderNames(spec.service).filter((name) => own.includes(name));
  if (clash.length > 0)
    throw new ConfigError(
      `${spec.plural}: the ${spec.service.type} header option(s) ${clash.join(", ")} are also options of the resource`,
    );
}
