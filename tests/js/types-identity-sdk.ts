// Compiled with `tsc -p tsconfig.sdk.json` (issue #18): the identity-verification declarations fit
// @portone/browser-sdk@0.1.11's own types both ways — a request typed with the SDK's
// IdentityVerificationRequest is accepted by checkIdentityVerification and
// requestIdentityVerification, a request typed with this package's type can be handed to the SDK,
// the SDK's module namespace is an `options.sdk`, and the answer is the SDK's response type.
// (skipLibCheck there: the SDK's own .d.ts files have duplicate re-exports tsc reports; this
// package's declarations are checked without it by tsconfig.json.)
import { checkIdentityVerification, requestIdentityVerification } from "../../pkg/index.js";
import type { CheckResult, IdentityVerificationRequest, IdentityVerificationResponse, IdentityVerificationSdk } from "../../pkg/index.js";
import type * as Official from "@portone/browser-sdk/v2";
import * as PortOne from "@portone/browser-sdk/v2";

export async function official(): Promise<void> {
  const theirs: Official.IdentityVerificationRequest = {
    storeId: "store-1", identityVerificationId: "identity-verification-1", channelKey: "channel-key-1",
    customer: { phoneNumber: "01012345678", fullName: "홍길동" },
    windowType: { pc: "POPUP" },
    bypass: { inicisUnified: { flgFixedUser: "N", directAgency: "PASS" }, danal: { AGELIMIT: 19 }, kcpV2: { web_siteid: "J0" } },
    customData: JSON.stringify({ userId: 1 }),
    popup: { center: true },
  };
  const checked: CheckResult<IdentityVerificationRequest> = checkIdentityVerification(theirs, { pg: "inicis_unified" });
  void checked;
  const rsp: IdentityVerificationResponse | undefined = await requestIdentityVerification(theirs, { sdk: PortOne, timeoutMs: 1000 });
  const asTheirs: Official.IdentityVerificationResponse | undefined = rsp;
  void asTheirs;
  const ours: IdentityVerificationRequest = {
    storeId: "store-1", identityVerificationId: "iv1", bypass: { danal: { IsCarrier: "SKT;KTF", AGELIMIT: 20 } },
  };
  const toSdk: Official.IdentityVerificationRequest = ours;
  void toSdk;
  const sdk: IdentityVerificationSdk = PortOne;
  void sdk;
}
