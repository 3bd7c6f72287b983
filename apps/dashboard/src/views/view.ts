import type { Connection } from "@openstack-ts/openstack";
import type { Account } from "../app/account.js";
import { h, show, type Child } from "../app/dom.js";
import { reportError } from "../app/errors.js";
import { statusTone } from "../app/format.js";
import type { UploadProgress } from "../app/upload-progress.js";

/** What every view gets: the project's connection and the login it came from. */
export interface ViewContext {
  conn: Connection;
  account: Account;
  projectId: string;
  uploads: UploadProgress;
  /** Moves to another project (the header's picker and the projects view use it). */
  switchProject(projectId: string): void;
}

/** A view draws itself into `root`; the shell gives it a fresh element each time. */
export type View = (root: HTMLElement, context: ViewContext) => void | Promise<void>;

/** An error, as the SDK's typed errors tell it: class, server message, and the facts to find it by. */
export function errorPanel(error: unknown, doing?: string): HTMLElement {
  const report = reportError(error);
  return h(
    "div",
    { class: "error", role: "alert" },
    h(
      "p",
      {},
      doing && h("span", { class: "error-doing" }, `${doing}: `),
      h("strong", { class: "error-kind" }, report.kind),
      " ",
      h("span", { class: "error-message" }, report.message),
    ),
    report.details.length > 0 &&
      h(
        "dl",
        {},
        ...report.details.flatMap(([label, value]) => [h("dt", {}, label), h("dd", { "data-detail": label }, value)]),
      ),
  );
}

/**
 * How a view does what the user asked: `doing…` in `notice` meanwhile, then the sentence
 * `work` answers, or the error it threw; `after` (the view's refresh) runs either way.
 */
export function actions(notice: HTMLElement, after: () => Promise<unknown>) {
  return async (doing: string, work: () => Promise<string>): Promise<void> => {
    show(notice, h("p", { class: "busy" }, `${doing}…`));
    try {
      show(notice, h("p", { class: "ok" }, await work()));
    } catch (error) {
      show(notice, errorPanel(error, doing));
    }
    await after();
  };
}

/** Hands each submit of `form` to `submit`, with `button` disabled until it ends: one create at a time. */
export function onSubmit(form: HTMLFormElement, button: HTMLButtonElement, submit: () => Promise<void>): void {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    button.disabled = true;
    void submit().finally(() => (button.disabled = false));
  });
}

/** The latest load of each area: an older one that ends later must not overwrite it. */
const latest = new WeakMap<HTMLElement, number>();

/**
 * Runs `work` with `area` showing "Loading…", then what `work` returns, or the error it threw.
 * When loads of one area overlap (a list still loading when a create refreshes it), only the
 * last one started is shown.
 */
export async function load(area: HTMLElement, doing: string, work: () => Promise<Child | Child[]>): Promise<void> {
  const ticket = (latest.get(area) ?? 0) + 1;
  latest.set(area, ticket);
  show(area, h("p", { class: "loading" }, "Loading…"));
  let content: Child[];
  try {
    const result = await work();
    content = Array.isArray(result) ? result : [result];
  } catch (error) {
    content = [errorPanel(error, doing)];
  }
  if (latest.get(area) === ticket) show(area, ...content);
}

/** A status word with a colour class (see `statusTone`): done green, failed red, moving amber. */
export function statusBadge(status: string | null | undefined): HTMLElement {
  const text = status ?? "?";
  return h("span", { class: `status ${statusTone(text)}`, "data-status": text }, text);
}

/** The states a wait has seen, as badges joined by arrows: `creating → available`. */
export function trailBadges(states: readonly string[]): HTMLElement {
  return h(
    "span",
    { class: "trail", "data-trail": states.join(" → ") },
    ...states.flatMap((state, i) => (i === 0 ? [statusBadge(state)] : [" → ", statusBadge(state)])),
  );
}

/** A term and its value, for a `dl class="facts"`; `data-fact` lets tests read one. */
export function fact(term: string, value: Child): HTMLElement[] {
  return [h("dt", {}, term), h("dd", { "data-fact": term }, value)];
}

/**
 * Runs `work` (a wait) with a signal that aborts once `element` has left the page (another
 * view, another project, a log-out), so the wait stops polling then. The page tells no element
 * it was removed, so a MutationObserver of the document watches, until `work` ends.
 */
export async function whileShown<T>(element: Element, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const left = new AbortController();
  const observer = new MutationObserver(() => {
    if (element.isConnected) return;
    left.abort(new DOMException(`${element.id || element.tagName} left the page`, "AbortError"));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  try {
    return await work(left.signal);
  } finally {
    observer.disconnect();
  }
}
