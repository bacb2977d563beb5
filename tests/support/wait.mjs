// Waiting for a state the server reaches on its own (an import finished, a mail sent, a cache
// refreshed): asked again and again until it holds, up to a bound that only a fault reaches.
// A slow or busy machine then takes longer, never fails where a fast one passes.

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Far more than any state here takes on a loaded two-core machine with a sanitizer build.
export const STATE_BOUND_MS = 120000;

// Calls `probe` (sync or async) every `every` ms until it returns a truthy value, and returns
// that value; throws naming `what` when `ms` pass first.
export async function until(what, probe, { ms = STATE_BOUND_MS, every = 50 } = {}) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${ms} ms`);
    await sleep(every);
  }
}
