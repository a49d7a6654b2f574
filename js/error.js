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
