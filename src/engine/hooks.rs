//! The engine's hooks that are real parsers or span several fields, written once for every
//! gateway whose data names them (see `docs/gateways/README.md`, "Hooks"). Their parameters
//! (lists, tables, notes) come from the data files; nothing here names a gateway.

use crate::core::fields::Key;
use crate::core::issue::{join, Bi, Code, Detail, Report, Severity};
use crate::core::text::did_you_mean;
use crate::core::v1::V1Ctx;
use crate::core::value::{Map, Num, Value};

/// Card points in `card.direct.quota`: for these card codes the quota is the installment months
/// plus `add` (the months themselves are 0 or 2–36 either way).
#[derive(Debug)]
pub struct QuotaOffset {
    /// What the card's point payment adds to the months.
    pub add: i64,
    /// `card.direct.code` values it applies to.
    pub cards: &'static [&'static str],
}

/// `card.direct.quota` as months (0 = lump sum, 2–36) or, for the cards of an offset, months plus
/// that offset (card points): a month count below the floor gets the installment-floor warning,
/// any other non-negative value is `invalid_value` with `note` (negative and non-integer quotas
/// are reported by the common rules).
pub fn card_point_quota(ctx: &mut V1Ctx, offsets: &[QuotaOffset], severity: Severity, note: Option<&'static Bi>) {
    let Some(direct) = ctx
        .req
        .get("card")
        .and_then(Value::as_obj)
        .and_then(|c| c.get("direct"))
        .and_then(Value::as_obj)
    else {
        return;
    };
    let code = direct.get("code").and_then(Value::as_str).unwrap_or("");
    let Some(q) = direct.get("quota").and_then(Value::as_num).and_then(Num::as_int) else {
        return;
    };
    let months = if (0..=36).contains(&q) {
        Some(q)
    } else {
        offsets
            .iter()
            .find(|o| o.cards.contains(&code) && (o.add..=o.add + 36).contains(&q))
            .map(|o| q - o.add)
    };
    match months {
        Some(m) if m != 1 => ctx.installment_floor("card.direct.quota", m),
        _ => {
            if q >= 0 {
                ctx.r
                    .push("card.direct.quota", Code::InvalidValue, severity, Detail::Note, note);
            }
        }
    }
}

/// Keys written flat in the object at `at` (`bypass`) that belong in its block `block`
/// (`bypass.<block>`): each is an `unknown_field` with the block's key as its hint (and `note`,
/// which says where the keys go) when the block's table has it (case-insensitively), or with a
/// did-you-mean for the block's own name.
pub fn flat_bypass(
    obj: &Map,
    at: &str,
    block: &str,
    keys: &[Key],
    severity: Severity,
    note: Option<&'static Bi>,
    r: &mut Report,
) {
    for (k, v) in obj.entries() {
        if k == block || matches!(v, Value::Undefined) {
            continue;
        }
        let own = keys.iter().find(|key| key.name.eq_ignore_ascii_case(k));
        let hint = match own {
            Some(key) => Some(join(&join(at, block), key.name)),
            None => did_you_mean(k, [block]).map(|h| join(at, h)),
        };
        r.push(
            join(at, k),
            Code::UnknownField,
            severity,
            Detail::UnknownField { hint },
            own.and(note),
        );
    }
}
