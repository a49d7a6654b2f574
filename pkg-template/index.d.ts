export * from "./portone_guard.js";
export { default } from "./portone_guard.js";
import type { Issue, IssueCode } from "./portone_guard.js";

/** What every `request*` promise rejects with when the request has errors or the SDK is missing. */
export declare class PortoneGuardError extends Error {
  readonly name: "PortoneGuardError";
  /** Every issue (the same objects `check*` returns). */
  readonly issues: Issue[];
  /** The first issue's code: `"invalid_type"`, `"sdk_not_loaded"`, … */
  readonly code: IssueCode | undefined;
}
