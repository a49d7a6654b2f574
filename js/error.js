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
export function relayRejection(promise, message, issues) {
  return Promise.resolve(promise).then(
    (response) => response,
    (cause) => {
      throw new PortoneGuardError(message, issues, cause);
    },
  );
}
