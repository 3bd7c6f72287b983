/**
 * The result of a list call: `await` it for an array, `for await` it for items as pages
 * arrive, or walk `.pages()`. Nothing is fetched until one of those starts, and awaiting
 * twice fetches once.
 */
export class ListResult<T> implements AsyncIterable<T>, PromiseLike<T[]> {
  #source: () => AsyncGenerator<T[]>;
  #all: Promise<T[]> | undefined;

  constructor(source: () => AsyncGenerator<T[]>) {
    this.#source = source;
  }

  /** One array per page, as the server sent them. */
  pages(): AsyncGenerator<T[]> {
    return this.#source();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.pages()) yield* page;
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
    for await (const page of this.pages()) for (const item of page) items.push(item);
    return items;
  }
}
