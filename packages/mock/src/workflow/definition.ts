import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { fail } from "../engine/api-error.js";
import type { Row } from "../engine/types.js";

/** One task of a direct workflow: its action (`std.echo output="hi"`), what follows it, what it publishes. */
export interface TaskSpec {
  readonly name: string;
  readonly action: string;
  readonly onSuccess: readonly string[];
  readonly onError: readonly string[];
  readonly onComplete: readonly string[];
  readonly publish: Readonly<Record<string, unknown>>;
}

/** One workflow of a definition, as far as the fake runs it. */
export interface WorkflowSpec {
  readonly name: string;
  /** Its inputs in the definition's form: `name` or `{name: default}`. */
  readonly input: readonly (string | Row)[];
  readonly output: Readonly<Record<string, unknown>>;
  readonly tasks: readonly TaskSpec[];
}

/** The names a transition (`on-success: next`, a list of names, or of `{name: condition}`) leads to. */
function targets(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const entries = Array.isArray(value) ? value : [value];
  return entries.flatMap((entry) => (typeof entry === "string" ? [entry.trim()] : Object.keys(entry as Row)));
}

/**
 * The workflows of a Mistral v2 definition (YAML text): each top-level key but `version`
 * and `name` is a workflow with `tasks`. Throws what Mistral answers: a YAML error as
 * "Definition could not be parsed", a wrong shape as "Invalid DSL".
 */
export function parseDefinition(text: string): WorkflowSpec[] {
  let parsed: unknown;
  try {
    parsed = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) fail(400, `Definition could not be parsed: ${error.message}`);
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    fail(400, "Invalid DSL: the definition must be a mapping of workflows");
  const doc = parsed as Row;
  if (String(doc["version"]) !== "2.0") fail(400, `Invalid DSL: Unsupported DSL version: ${String(doc["version"])}`);
  const names = Object.keys(doc).filter((key) => key !== "version" && key !== "name" && key !== "description");
  if (!names.length) fail(400, "Invalid DSL: the definition holds no workflow");
  return names.map((name) => {
    const body = doc[name];
    const tasks = body?.["tasks"];
    if (typeof tasks !== "object" || tasks === null || Array.isArray(tasks))
      fail(400, `Invalid DSL: ${JSON.stringify(tasks ?? null)} is not of type 'object' (workflow ${name}, tasks)`);
    return {
      name,
      input: Array.isArray(body["input"]) ? body["input"] : [],
      output: typeof body["output"] === "object" && body["output"] !== null ? body["output"] : {},
      tasks: Object.entries(tasks as Row).map(([taskName, task]: [string, Row]) => ({
        name: taskName,
        action: String(task?.["action"] ?? task?.["workflow"] ?? "std.noop"),
        onSuccess: targets(task?.["on-success"]),
        onError: targets(task?.["on-error"]),
        onComplete: targets(task?.["on-complete"]),
        publish: task?.["publish"] ?? {},
      })),
    };
  });
}

/** Mistral's `input` string of a workflow: `a, msg="hello"`. */
export function inputText(spec: WorkflowSpec): string {
  return spec.input
    .map((entry) =>
      typeof entry === "string"
        ? entry
        : Object.entries(entry)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(", "),
    )
    .join(", ");
}

/** The defaults of a workflow's inputs. */
export function inputDefaults(spec: WorkflowSpec): Row {
  return Object.assign({}, ...spec.input.filter((entry): entry is Row => typeof entry === "object"));
}

/** The text of a YAQL expression (`<% $.msg %>`), or undefined when the value is none. */
const expression = (value: unknown): string | undefined =>
  typeof value === "string" ? /^\s*<%\s*(.*?)\s*%>\s*$/.exec(value)?.[1] : undefined;

/**
 * The value of what a definition writes, in the little YAQL the fake reads: `$.name` (the
 * execution's context), `task().result` (the task's own result); anything else as written.
 */
export function evaluate(value: unknown, context: Row, result?: unknown): unknown {
  const text = expression(value);
  if (text === undefined) return value;
  if (text === "task().result") return result;
  const variable = /^\$\.([A-Za-z_][\w]*)$/.exec(text);
  return variable ? context[variable[1]!] : value;
}

/** The `output=` argument of `std.echo output=<value>`, unquoted, evaluated. */
export function echoOutput(action: string, context: Row): unknown {
  const raw = /\boutput=(.*)$/.exec(action)?.[1]?.trim();
  if (raw === undefined) return null;
  const unquoted = /^(["'])(.*)\1$/.exec(raw)?.[2] ?? raw;
  return evaluate(unquoted, context);
}
