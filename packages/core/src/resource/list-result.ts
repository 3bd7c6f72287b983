import type { PageWalker } from "./paginate.js";

/**
 * The result of a list call: `await` it for an array, `for await` it for items as pages
 * arrive, or walk `.pages()`. Nothing is fetched until one of those starts, and awaiting
 * twice fetches once. Each walk asks `source` for a fresh walker.
 */
export class ListResult<T> implements AsyncIterable<T>, PromiseLike<T[]> {
  #source: () => PageWalker<T>;
  #all: Promise<T[]> | undefined;

  constructor(source: () => PageWalker<T>) {
    this.#source = source;
  }

  /** One array per page, as the server sent them. */
  async *pages(): AsyncGenerator<T[]> {
    const walker = this.#source();
    for (let page = await walker.next(); page !== undefined; page = await walker.next()) yield page;
  }

  // One generator that both awaits the pages and yields their items, and lets go of a page
  // before asking for the next one: held across that wait, every page outlived the parse of
  // the next and reached V8's old generation (see walkPages).
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    const walker = this.#source();
    let page = await walker.next();
    while (page !== undefined) {
      for (let i = 0; i < page.length; i++) yield page[i]!;
      page = undefined;
      page = await walker.next();
    }
  }

  then<R1 = T[], R2 = never>(
    onFulfilled?: ((items: T[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.#all ??= this.#collect();
    return this.#all.then(onFulfilled, onRejected);
  }

  async #collect(): Promise<T[]> {
    const items: T[] = [];
    const walker = this.#source();
    for (let page = await walker.next(); page !== undefined; page = await walker.next()) for (const item of page) items.push(item);
    return items;
  }
}
