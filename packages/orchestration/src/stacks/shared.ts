import * as v from "valibot";

/** A link Heat puts on stacks, resources and events (`self`, `stack`, `resource`). */
export const Link = v.looseObject({ href: v.string(), rel: v.string() });

/** A template or environment: an object, or its YAML or JSON text (Heat parses either). */
export type TemplateBody = Readonly<Record<string, unknown>> | string;
