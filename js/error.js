// The error type every rejected request* promise carries: a real Error subclass, so callers can
// `instanceof PortoneGuardError` and read `issues` (the same objects check* returns) and `code`
// (the first issue's code).
export class PortoneGuardError extends Error {
  constructor(message, issues, cause) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "PortoneGuardError";
    this.issues = Array.isArray(issues) ? issues : [];
    this.code = this.issues.length > 0 ? this.issues[0].code : undefined;
  }
}

export function makeGuardError(message, issues, cause) {
  return new PortoneGuardError(message, issues, cause);
}

// Passes the v2 SDK's promise on: its value as is (undefined after a redirect, a response with
// `code` when the payment failed); a rejection becomes a PortoneGuardError (code sdk_error) with
// the SDK's error as `cause`.
// `promise` may be anything the SDK returned: a value, a thenable whose `then` throws, a promise
// whose `constructor` getter throws; none of it throws here.
export function relayRejection(promise, message, issues) {
  return resolved(promise).then(
    (response) => response,
    (cause) => {
      throw new PortoneGuardError(message, issues, cause);
    },
  );
}

// Promise.resolve(value), except that what it throws (a promise's throwing `constructor`
// getter) becomes the rejection.
function resolved(value) {
  try {
    return Promise.resolve(value);
  } catch (e) {
    return Promise.reject(e);
  }
}

// Ends `promise` at the latest after `ms` milliseconds (when `ms` is a number; rejecting with
// `timeoutError`), and calls `release` once when it settles either way. Browsers fire timers
// longer than 2^31 − 1 ms at once, so longer waits are capped there.
export function settle(promise, ms, timeoutError, release) {
  let timer;
  let raced = resolved(promise);
  if (typeof ms === "number") {
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(timeoutError), Math.min(ms, 2147483647));
    });
    raced = Promise.race([raced, deadline]);
  }
  return raced.finally(() => {
    if (timer !== undefined) clearTimeout(timer);
    release();
  });
}
