// Compiled with `tsc --noEmit` beside types-check.ts (issue #18): the identity-verification
// declarations name real shapes. Their fit with @portone/browser-sdk's own types is checked by
// types-identity-sdk.ts (tsconfig.sdk.json).
import {
  checkCertification, requestCertification, checkIdentityVerification, requestIdentityVerification, PortoneGuardError,
} from "../../pkg/index.js";
import type {
  CheckResult, CertificationParams, CertificationResponse, IdentityVerificationRequest, IdentityVerificationResponse,
  PortOneSdk, GatewayInfo, Issue, IdentityVerificationSdk,
} from "../../pkg/index.js";

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

export async function v2(sdk: IdentityVerificationSdk): Promise<void> {
  const request: IdentityVerificationRequest = {
    storeId: "store-1", identityVerificationId: "identity-verification-1", channelKey: "channel-key-1",
    customer: { phoneNumber: "01012345678", fullName: "홍길동", gender: "GENDER_MALE" },
    bypass: { inicisUnified: { flgFixedUser: "N", directAgency: "PASS" }, danal: { IsCarrier: "SKT;KTF", AGELIMIT: 20 } },
    customData: JSON.stringify({ userId: 1 }),
  };
  const checked: CheckResult<IdentityVerificationRequest> = checkIdentityVerification(request, { pg: "inicis_unified" });
  if (checked.ok && checked.value) {
    const id: string = checked.value.identityVerificationId;
    void id;
  }
  const rsp: IdentityVerificationResponse | undefined = await requestIdentityVerification(request, { sdk, timeoutMs: 1000 });
  if (rsp !== undefined && rsp.code !== undefined) {
    const why: string | undefined = rsp.message;
    void why;
  }
  // a stand-in with the method's shape is an sdk
  const standIn: IdentityVerificationSdk = {
    requestIdentityVerification: async (r: IdentityVerificationRequest) => ({
      transactionType: "IDENTITY_VERIFICATION", identityVerificationId: r.identityVerificationId, identityVerificationTxId: "tx",
    }),
  };
  void standIn;
  const portOneSdk: PortOneSdk = standIn;
  void portOneSdk;
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
