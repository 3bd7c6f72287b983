import { pagesOf, type PageWalker } from "./paginate.js";

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
  pages(): AsyncGenerator<T[]> {
    return pagesOf(this.#source());
  }

  // An iterator by hand rather than a generator: an item of a page already here costs one
  // settled promise and no generator step, and a page is dropped before the next is asked for.
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const walker = this.#source();
    let page: T[] | undefined = [];
    let index = 0;
    const done: IteratorReturnResult<undefined> = { done: true, value: undefined };
    const advance = async (): Promise<IteratorResult<T>> => {
      while (page !== undefined && index >= page.length) {
        page = undefined;
        page = await walker.next();
        index = 0;
      }
      return page === undefined ? done : { done: false, value: page[index++]! };
    };
    return {
      next: () =>
        page !== undefined && index < page.length ? Promise.resolve({ done: false, value: page[index++]! }) : advance(),
      return: () => {
        page = undefined;
        return Promise.resolve(done);
      },
    };
  }

  then<R1 = T[], R2 = never>(
    onFulfilled?: ((items: T[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.#all ??= this.#collect();
    return this.#all.then(onFulfilled, onRejected);
  }

  // The walker itself, not `pages()`: an async generator's steps cost more than the loop.
  async #collect(): Promise<T[]> {
    const walker = this.#source();
    const items: T[] = [];
    for (let page = await walker.next(); page !== undefined; page = await walker.next())
      for (const item of page) items.push(item);
    return items;
  }
}
