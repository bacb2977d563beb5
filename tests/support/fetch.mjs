// Reading requests retried once when a kept-alive connection turns out to be closed.
//
// `run()` starts the command line synchronously, which stops Node's event loop for as long as
// the command runs (half a minute for a few imports under the sanitizers). Meanwhile the server
// closes connections idle for longer than its idle_timeout, and the client, whose timers did
// not run, still holds them in its pool: the next request goes out on a closed socket and fails
// with "other side closed" before any byte of an answer. Browsers retry such a request on a new
// connection; so does this, for GET and HEAD only (they change nothing), and only for that
// failure. Any other failure, and a second one, still fails the test.
const original = globalThis.fetch;
const STALE = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

function isStaleConnection(error) {
  return error instanceof TypeError && STALE.has(error.cause?.code);
}

if (!original.cpsRetrying) {
  const retrying = async (input, init = {}) => {
    const method = String(init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    try {
      return await original(input, init);
    } catch (error) {
      if ((method !== 'GET' && method !== 'HEAD') || !isStaleConnection(error)) throw error;
      return original(input, init);
    }
  };
  retrying.cpsRetrying = true;
  globalThis.fetch = retrying;
}
