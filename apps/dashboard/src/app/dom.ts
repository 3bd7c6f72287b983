/** Children `h` accepts: nodes, text, and nothing (skipped), so conditions can sit inline. */
export type Child = Node | string | number | null | undefined | false;

type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/**
 * Creates an element: `h("button", { type: "submit", onclick }, "Save")`. Attributes named
 * `on…` become listeners, `true` sets a boolean attribute, `false`/`undefined` leave it off.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(...nodes(children));
  return element;
}

/** Replaces everything inside `parent`. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...nodes(children));
}

function nodes(children: Child[]): (Node | string)[] {
  return children
    .filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === "number" ? String(c) : c));
}

/** A table of rows, one column per heading; `data-…` attributes on rows help tests find them. */
export function table<T>(
  rows: readonly T[],
  columns: readonly [heading: string, cell: (row: T) => Child][],
  rowAttributes?: (row: T) => Attributes,
): HTMLElement {
  if (rows.length === 0) return h("p", { class: "empty" }, "Nothing here yet.");
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, ...columns.map(([heading]) => h("th", {}, heading)))),
    h(
      "tbody",
      {},
      ...rows.map((row) => h("tr", rowAttributes?.(row) ?? {}, ...columns.map(([, cell]) => h("td", {}, cell(row))))),
    ),
  );
}

/** A labelled form field. */
export function field(label: string, input: HTMLElement): HTMLElement {
  return h("label", {}, h("span", {}, label), input);
}
