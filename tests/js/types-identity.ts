// Compiled with `tsc --noEmit` beside types-check.ts (issue #18): the identity-verification
// declarations name real shapes, and they fit @portone/browser-sdk's own request and response
// types both ways (a request written against the SDK's type is accepted; a checked value can be
// handed to the SDK; the SDK module itself is an `options.sdk`).
import {
  checkCertification, requestCertification, checkIdentityVerification, requestIdentityVerification, PortoneGuardError,
} from "../../pkg/index.js";
import type {
  CheckResult, CertificationParams, CertificationResponse, IdentityVerificationRequest, IdentityVerificationResponse,
  PortOneSdk, GatewayInfo, Issue,
} from "../../pkg/index.js";
import type * as Official from "@portone/browser-sdk/v2";
import * as PortOne from "@portone/browser-sdk/v2";

export async function v1(): Promise<void> {
  const params: CertificationParams = {
    channelKey: "channel-key-1", merchant_uid: "ORD20180131-0000011", m_redirect_url: "https://shop.example/done", popup: false,
    min_age: 19, carrier: "KTF",
  };
  const r: CheckResult<CertificationParams> = checkCertification(params, { pg: "danal", isMobile: true, locale: "en" });
  if (r.ok && r.value) {
    const uid: string = r.value.merchant_uid;
    void uid;
  }
  try {
    const rsp: CertificationResponse = await requestCertification(params, { impCode: "imp00000000", timeoutMs: 60000 });
    if (rsp.success) {
      const impUid: string | null | undefined = rsp.imp_uid;
      void impUid;
    }
  } catch (e) {
    if (e instanceof PortoneGuardError) {
      const issues: Issue[] = e.issues;
      void issues;
    }
  }
}

export async function v2(): Promise<void> {
  // a request typed with the SDK's own type is accepted by the check and the request function
  const official: Official.IdentityVerificationRequest = {
    storeId: "store-1", identityVerificationId: "identity-verification-1", channelKey: "channel-key-1",
    customer: { phoneNumber: "01012345678", fullName: "홍길동" },
    bypass: { inicisUnified: { flgFixedUser: "N", directAgency: "PASS" } },
    customData: JSON.stringify({ userId: 1 }),
  };
  const checked: CheckResult<IdentityVerificationRequest> = checkIdentityVerification(official, { pg: "inicis_unified" });
  void checked;
  // the SDK module is an options.sdk, and the answer is the SDK's own response type
  const rsp: IdentityVerificationResponse | undefined = await requestIdentityVerification(official, { sdk: PortOne, timeoutMs: 1000 });
  const theirs: Official.IdentityVerificationResponse | undefined = rsp;
  void theirs;
  if (rsp !== undefined && rsp.code !== undefined) {
    const why: string | undefined = rsp.message;
    void why;
  }
  // ours fits theirs: a request written with this package's type can go straight to the SDK
  const ours: IdentityVerificationRequest = {
    storeId: "store-1", identityVerificationId: "iv1", bypass: { danal: { IsCarrier: "SKT;KTF", AGELIMIT: 20 } },
  };
  const toSdk: Official.IdentityVerificationRequest = ours;
  void toSdk;
  const sdk: PortOneSdk = PortOne;
  void sdk;
}

// gateways() carries the identity-verification windows
const info: GatewayInfo | undefined = undefined as GatewayInfo | undefined;
const key: string | null | undefined = info?.identityVerification?.bypassKey;
void key;

// @ts-expect-error customData of an identity verification is a string
const wrongData: IdentityVerificationRequest = { storeId: "s", identityVerificationId: "i", customData: { a: 1 } };
void wrongData;
// @ts-expect-error flgFixedUser is Y or N
const wrongFlg: IdentityVerificationRequest = { storeId: "s", identityVerificationId: "i", bypass: { inicisUnified: { flgFixedUser: "YES" } } };
void wrongFlg;
// @ts-expect-error min_age is a number
const wrongAge: CertificationParams = { merchant_uid: "o", min_age: "19" };
void wrongAge;
