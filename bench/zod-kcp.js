// The benchmark's reference point for issue #7's "as fast as a well-written zod schema of the same
// rules": the rules portone-guard applies to the benchmark's KCP requests (v1 `IMP.request_pay`
// with `pg` kcp), written as one zod 4 schema the way a careful shop would write it. Timed in the
// same page as checkRequestPay on the same objects (bench/run.mjs); not part of the package.
//
// What it checks, as src/core/v1.rs (common) and gateways/kcp.toml do: the known keys and no others
// (common, guide and KCP keys), each key's type; merchant_uid non-empty and at most 40 characters;
// amount a whole number from 0 to 2^53 - 1 (KRW); tax_free / vat_amount not negative and not above
// amount; name at most 40 characters; currency three capital letters; buyer_email an e-mail;
// m_redirect_url / confirm_url http(s) URLs; pay_method one of KCP's; kcpProducts items with a
// non-empty orderNumber and name, a whole quantity ≥ 1 and amount ≥ 0, and only with escrow; the
// flat KCP bypass keys. It does not give did-you-mean hints, Korean messages or normalizing, which
// portone-guard does, so it is a floor rather than an equal.
import * as z from "./node_modules/zod/index.js";

const PAY_METHODS = ["card", "trans", "vbank", "phone", "cultureland", "smartculture", "booknlife", "happymoney", "payco", "lpay", "kakaopay",
  "naverpay", "naverpay_bridge", "samsung", "ssgpay", "applepay", "tosspay", "point"];
const httpUrl = z.string().refine((s) => /^https?:\/\/[^\s/?#]+/i.test(s), "http(s) URL");
const int = z.number().int();

const product = z.strictObject({
  orderNumber: z.string().min(1),
  name: z.string().min(1),
  quantity: int.min(1),
  amount: int.min(0),
});

const bypass = z.strictObject({
  shop_user_id: z.string().refine((s) => new TextEncoder().encode(s).length <= 20, "at most 20 bytes").optional(),
  coupon_apply_yn: z.enum(["Y", "N"]).optional(),
  skin_indx: z.string().regex(/^(?:[1-9]|1[01])$/).optional(),
  site_logo: httpUrl.optional(),
  complex_pnt_yn: z.enum(["Y", "N"]).optional(),
  pt_memcorp_cd: z.string().optional(),
  app_flag: z.enum(["Y", "N", "S"]).optional(),
});

const str = z.string().optional();
export const kcpRequest = z
  .strictObject({
    // common keys (src/core/v1.rs COMMON_KEYS)
    channelKey: str,
    pg: str,
    pay_method: z.enum(PAY_METHODS).optional(),
    escrow: z.boolean().optional(),
    merchant_uid: z.string().min(1).max(40),
    name: z.string().max(40).optional(),
    amount: z.number().min(0).max(Number.MAX_SAFE_INTEGER).int(),
    custom_data: z.record(z.string(), z.unknown()).nullable().optional(),
    tax_free: z.number().min(0).optional(),
    vat_amount: z.number().min(0).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    language: z.enum(["ko", "en"]).optional(),
    buyer_name: str,
    buyer_tel: str,
    buyer_email: z.union([z.literal(""), z.email()]).optional(),
    buyer_addr: str,
    buyer_postcode: str,
    confirm_url: httpUrl.optional(),
    notice_url: z.union([httpUrl, z.array(httpUrl)]).optional(),
    customer_uid: z.string().trim().min(1).optional(),
    digital: z.boolean().optional(),
    vbank_due: z.string().regex(/^\d{8}(?:\d{4}(?:\d{2})?)?$/).optional(),
    m_redirect_url: httpUrl.optional(),
    app_scheme: str,
    useFreeInterestFromMall: z.boolean().optional(),
    display: z.object({ card_quota: z.array(int.min(0).max(36)).optional() }).optional(),
    card: z.object({ direct: z.object({ code: z.string(), quota: int.optional() }).optional() }).optional(),
    bypass: bypass.optional(),
    // KCP's own keys (gateways/kcp.toml extra_keys)
    company: str,
    appCard: z.boolean().optional(),
    auth_mode: z.literal("key-in").optional(),
    prefill: z.object({}).passthrough().optional(),
    kcpProducts: z.array(product).optional(),
  })
  .superRefine((o, ctx) => {
    for (const key of ["tax_free", "vat_amount"]) {
      if (o[key] !== undefined && o[key] > o.amount) ctx.addIssue({ code: "custom", path: [key], message: "above amount" });
    }
    if (o.kcpProducts !== undefined && o.escrow !== true) ctx.addIssue({ code: "custom", path: ["kcpProducts"], message: "escrow only" });
    if ((o.pay_method === "phone" || ["cultureland", "smartculture", "booknlife", "happymoney"].includes(o.pay_method)) && o.bypass?.shop_user_id === undefined) {
      ctx.addIssue({ code: "custom", path: ["bypass", "shop_user_id"], message: "required" });
    }
  });
