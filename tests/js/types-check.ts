// Compiled with `tsc --noEmit` against pkg/index.d.ts: the declarations name real shapes.
import init, {
  checkRequestPay, requestPay, configure, PortoneGuardError, parseCardQuota, formatCardQuota, cardQuotaCompanies,
} from "../../pkg/index.js";
import type {
  Issue, CheckResult, RequestPayParams, RequestPayResponse, CardQuotaGroup, CardQuotaCompany, CardQuotaCode,
} from "../../pkg/index.js";

export async function demo(): Promise<void> {
  await init();
  configure({ impCode: "imp00000000", channels: { "channel-key-1": "kcp" } });
  const params: RequestPayParams = { channelKey: "channel-key-1", merchant_uid: "o1", amount: 1004 };
  const r: CheckResult<RequestPayParams> = checkRequestPay(params, { locale: "en" });
  const bare: boolean = checkRequestPay(params).ok; // options are optional
  void bare;
  const first: Issue | undefined = r.issues[0];
  const code: "required" | string | undefined = first?.code;
  const paths: string[] = r.issues.map((i) => i.path);
  if (r.ok && r.value) {
    const amount: number = r.value.amount;
    void amount;
  }
  try {
    const rsp: RequestPayResponse = await requestPay(params, { pg: "kcp" });
    const uid: string = rsp.merchant_uid;
    void uid;
  } catch (e) {
    if (e instanceof PortoneGuardError) {
      const issues: Issue[] = e.issues;
      void issues;
    }
  }
  void code;
  void paths;

  const quota: CheckResult<CardQuotaGroup[]> = parseCardQuota("CCBC-0:2:3", { locale: "en" });
  const months: number[] = quota.value?.[0]?.months ?? [];
  const text: string = formatCardQuota([{ card: "CCNH", months: [0, 2, 3] }]);
  const companies: CardQuotaCompany[] = cardQuotaCompanies();
  const firstCode: CardQuotaCode | undefined = companies[0]?.code;
  const kiwoom: RequestPayParams = {
    channelKey: "channel-key-daou", merchant_uid: "o2", amount: 50000, digital: false,
    bypass: { daou: { CARDQUOTA: text, CASHRECEIPTFLAG: 1, DIRECT_YN: "Y" } },
    phone: { detail: [{ carrier: "SKT", enabled: true }] },
  };
  void months;
  void firstCode;
  void kiwoom;
}
// @ts-expect-error amount must be a number in the declarations
const wrong: RequestPayParams = { merchant_uid: "o", amount: "1004" };
void wrong;
// @ts-expect-error CARDQUOTA codes are Kiwoom's own, not 금융결제원 numbers
const wrongCode: CardQuotaGroup = { card: "361", months: [0] };
void wrongCode;
