// Walking a list page by page, for the tests that prove a service's paging on the real cloud.
import { expect } from "vitest";

/** The keys of a list's items, page by page (`key`: the item's identity, its id by default). */
export async function pagesOf<T>(
  list: { pages(): AsyncIterable<readonly T[]> },
  key: (item: T) => string = (item) => (item as { id: string }).id,
): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of list.pages()) pages.push(page.map(key));
  return pages;
}

/**
 * A walk of pages of one: at least two pages, each of one item, none twice, the given keys
 * among them, and the walk equal to the whole list, read just before or just after it (so
 * that another run changing the cloud meanwhile cannot make it flaky; a skipped or repeated
 * item still shows).
 */
export function expectWalkedOneByOne(pages: string[][], wholeBefore: string[], wholeAfter: string[], made: string[]) {
  const walked = pages.flat();
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.every((page) => page.length === 1)).toBe(true);
  expect(new Set(walked).size).toBe(walked.length);
  expect(walked).toEqual(expect.arrayContaining(made));
  expect([wholeBefore, wholeAfter]).toContainEqual(walked);
}
