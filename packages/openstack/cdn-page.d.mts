/** The files a page downloads from dist/cdn/ when it imports `modules`: each, and the chunks they import statically. */
export function cdnPageFiles(modules: string[]): { name: string; text: string }[];
