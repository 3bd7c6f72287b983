// `total` calls of `one`, `width` at a time: the load of scenario 2 and of tools/ky-options.mjs.
// Each call must give the list server's three networks: a contestant that answers wrongly
// fails the run instead of being timed.
export async function pool(total, width, one) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const items = await one();
      if (items.length !== 3) throw new Error(`expected 3 networks, got ${items.length}`);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}
