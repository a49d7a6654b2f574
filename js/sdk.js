// Calls into the PortOne SDK for src/sdk.rs, in JavaScript so that nothing the SDK does — throw,
// call back twice, call back and then throw — can unwind through the module's wasm frames.

// v1: `fn.call(target, request, callback)` where the callback is a plain JavaScript function
// that answers once: the first call resolves the returned promise with its argument, later calls
// are ignored (one warning in the console, naming nothing the SDK passed). When `fn` throws
// before calling back, that thrown value is rethrown (the caller's import catches it: the SDK
// could not be called); when it throws after calling back, the answer stands.
export function callWithCallback(fn, target, request) {
  let answered = false;
  let warned = false;
  let resolve;
  const promise = new Promise((r) => {
    resolve = r;
  });
  const callback = function (response) {
    if (answered) {
      if (!warned && typeof console === "object" && console !== null && typeof console.warn === "function") {
        warned = true;
        try {
          console.warn("portone-guard: the SDK called the v1 callback (request_pay / certification) again; only its first answer is used.");
        } catch (_) {
          // a console that throws changes nothing
        }
      }
      return;
    }
    answered = true;
    resolve(response);
  };
  try {
    Reflect.apply(fn, target, [request, callback]);
  } catch (e) {
    if (!answered) {
      answered = true; // a callback after the throw is ignored too
      throw e;
    }
  }
  return promise;
}
