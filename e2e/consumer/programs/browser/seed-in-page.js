// The seed example in a page, given the Connection class however the page got it (a bundle,
// the CDN's one file, its ESM layout). The network's name comes from the page's query; what
// the page saw lands in window.seedResult for the test to read.
import { seed } from "../seed-body.mjs";

export async function runSeed(Connection) {
  try {
    window.seedResult = await seed({ Connection }, new URLSearchParams(location.search).get("network"));
  } catch (error) {
    window.seedResult = { error: `${error.name}: ${error.message}` };
  }
}
