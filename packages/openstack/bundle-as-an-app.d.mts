export interface AppBundle {
  /** The source files that went into what a page loads first. */
  inputs: string[];
  /** What a page loads first: the entry chunk and every chunk it imports statically, joined. */
  main: string;
  /** The chunks loaded only on a dynamic import (js-yaml's, the less common logins'). */
  lazy: { name: string; text: string }[];
}

/** Bundles `code` (an ES module importing the built packages) as a browser app's bundler would, with esbuild. */
export function bundleAsAnApp(code: string): Promise<AppBundle & { bytesByInput: Record<string, number> }>;

/** The same with Rollup, node-resolve (browser condition) and terser. */
export function bundleWithRollup(code: string): Promise<AppBundle>;
