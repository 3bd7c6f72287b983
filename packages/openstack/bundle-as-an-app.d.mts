export interface AppBundle {
  /** The source files that went into the main chunk. */
  inputs: string[];
  /** The main chunk: what a page loads first. */
  main: string;
  /** The chunks loaded only on a dynamic import (js-yaml's, for one). */
  lazy: { name: string; text: string }[];
}

/** Bundles `code` (an ES module importing the built packages) as a browser app's bundler would. */
export function bundleAsAnApp(code: string): Promise<AppBundle>;
