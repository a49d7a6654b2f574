//! Korean message text.

use super::{push_list, LIST_MAX};
use crate::core::cardquota::{Reason, CODES, MAX_MONTHS};
use crate::core::issue::MAX_ISSUES;
use crate::core::issue::{Detail, Expected, Format, Got, OddKind};
use crate::core::text::{push_grouped, push_int, Unit};
use crate::core::value::{MAX_KEYS, MAX_KEY_CHARS, MAX_NODES, MAX_TEXT_BYTES};

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::String => "문자열(string)",
        Expected::Number => "숫자(number)",
        Expected::Integer => "정수",
        Expected::Boolean => "불리언(true/false)",
        Expected::Object => "객체(object)",
        Expected::Array => "배열(array)",
        Expected::StringOrArray => "문자열 또는 문자열 배열",
        Expected::NumberOrString => "숫자 또는 숫자 문자열",
    }
}

fn got(g: Got) -> &'static str {
    match g {
        Got::Null => "null",
        Got::Boolean => "불리언",
        Got::Number => "숫자",
        Got::Fraction => "소수가 있는 숫자",
        Got::String => "문자열",
        Got::Array => "배열",
        Got::Object => "객체",
        Got::Undefined => "undefined",
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::Chars => "자",
        Unit::Bytes => "바이트(UTF-8)",
        Unit::EucKrBytes => "바이트(EUC-KR, 한글 2바이트)",
    }
}

pub(super) fn detail(d: &Detail, out: &mut String) {
    match d {
        Detail::Required => out.push_str("필수 항목입니다."),
        Detail::Type { expected: e, got: g } => {
            out.push_str(expected(*e));
            out.push_str("이어야 합니다. 받은 값: ");
            out.push_str(got(*g));
            out.push('.');
        }
        Detail::Odd(k) => out.push_str(match k {
            OddKind::NaN => "NaN은 보낼 수 없습니다. 유한한 숫자를 넣으세요.",
            OddKind::Infinite => "Infinity는 보낼 수 없습니다. 유한한 숫자를 넣으세요.",
            OddKind::BigInt => "BigInt는 보낼 수 없습니다. Number로 바꿔 넣으세요.",
            OddKind::Function => "함수는 SDK에 보낼 수 없습니다.",
            OddKind::Symbol => "Symbol은 SDK에 보낼 수 없습니다.",
            OddKind::SymbolKeys => "Symbol 키 속성은 JSON으로 보낼 수 없어 빼고 보냅니다.",
            OddKind::Date => "Date 객체는 보낼 수 없습니다. 가이드가 정한 형식의 문자열로 넣으세요.",
            OddKind::Cycle => "자기 자신을 다시 참조하는 순환 구조입니다.",
            OddKind::TooDeep => "중첩이 너무 깊습니다.",
            OddKind::Unreadable => "값을 읽는 중 예외가 발생했습니다(getter 또는 Proxy).",
            OddKind::Instance => "일반 객체나 배열이 아닌 클래스 인스턴스(Map, Set 등)는 보낼 수 없습니다.",
            OddKind::Huge => "값이 너무 큽니다(문자열 또는 배열이 1,000,000을 넘음).",
            OddKind::NotObject => "객체여야 합니다(SDK 호출에 넘기는 값).",
            OddKind::NotJson => "올바른 JSON이 아닙니다.",
            OddKind::TooManyKeys => {
                out.push_str("키가 ");
                push_grouped(out, MAX_KEYS);
                out.push_str("개를 넘습니다. 한 객체에서 읽는 키 수를 넘었습니다.");
                return;
            }
            OddKind::LongKey => {
                out.push_str("키가 ");
                push_grouped(out, MAX_KEY_CHARS);
                out.push_str("자를 넘습니다(경로에는 앞부분만 표시). 이보다 긴 키는 읽지 않습니다.");
                return;
            }
            OddKind::OverBudget => {
                out.push_str("한 번에 읽는 크기(값 ");
                push_grouped(out, MAX_NODES);
                out.push_str("개, 여러 곳에서 참조한 값은 참조마다 셈, 또는 텍스트 ");
                push_grouped(out, MAX_TEXT_BYTES);
                out.push_str("바이트)를 넘어 여기서 읽기를 멈췄고, 아무것도 검사하지 않았습니다.");
                return;
            }
            OddKind::NotUnicode => "올바른 유니코드가 아닙니다: PG에는 대체 문자(U+FFFD)로 전달됩니다.",
        }),
        Detail::OneOf { allowed, hint } => {
            out.push_str("허용되지 않는 값입니다.");
            if let Some(h) = hint {
                out.push_str(" `");
                out.push_str(h);
                out.push_str("`을(를) 의도하셨나요?");
            }
            out.push_str(" 가능한 값: ");
            push_list(out, allowed, LIST_MAX);
            out.push('.');
        }
        Detail::Format(f) => match f {
            Format::Date(fmts) => {
                out.push_str("날짜 형식이 올바르지 않거나 없는 날짜입니다. 형식: ");
                let pats: Vec<&str> = fmts.iter().map(|f| f.pattern()).collect();
                push_list(out, &pats, 8);
                out.push('.');
            }
            Format::HttpUrl => out.push_str("http:// 또는 https://로 시작하는 절대 URL이어야 합니다."),
            Format::Digits => out.push_str("숫자만 입력해야 합니다."),
            Format::Phone => out.push_str("전화번호 형식이 아닙니다(숫자 8~13자리, '-' 허용)."),
            Format::PgCode => out.push_str("`PG사코드` 또는 `PG사코드.상점아이디` 형식이어야 합니다."),
            Format::NonEmpty => out.push_str("빈 문자열일 수 없습니다."),
            Format::Described => out.push_str("형식이 올바르지 않습니다."),
        },
        Detail::Range { min, max } => {
            match (min, max) {
                (Some(a), Some(b)) => {
                    push_int(out, *a);
                    out.push_str(" 이상 ");
                    push_int(out, *b);
                    out.push_str(" 이하");
                }
                (Some(a), None) => {
                    push_int(out, *a);
                    out.push_str(" 이상");
                }
                (None, Some(b)) => {
                    push_int(out, *b);
                    out.push_str(" 이하");
                }
                (None, None) => out.push_str("허용 범위 안"),
            }
            out.push_str("이어야 합니다.");
        }
        Detail::TooLong { max, unit: u, got: g } => {
            out.push_str("최대 ");
            push_int(out, *max as i64);
            out.push_str(unit(*u));
            out.push_str("까지 가능합니다. 현재 ");
            push_int(out, *g as i64);
            out.push_str(unit(*u));
            out.push('.');
        }
        Detail::UnknownField { hint } => {
            out.push_str("알 수 없는 항목입니다. 그대로 전달되지만 SDK와 PG사는 무시할 수 있습니다.");
            if let Some(h) = hint {
                out.push_str(" `");
                out.push_str(h);
                out.push_str("`을(를) 의도하셨나요?");
            }
        }
        Detail::UnknownItem { index, hint } => {
            push_int(out, *index as i64);
            out.push_str("번째 항목은 가이드에 없는 옵션입니다. 그대로 전달되지만 PG사가 무시할 수 있습니다.");
            if let Some(h) = hint {
                out.push_str(" `");
                out.push_str(h);
                out.push_str("`을(를) 의도하셨나요?");
            }
        }
        Detail::BadItem { index, name } => {
            push_int(out, *index as i64);
            match name {
                Some(n) => {
                    out.push_str("번째 항목(`");
                    out.push_str(n);
                    out.push_str("`)의 값이나 형식이 가이드와 다릅니다.");
                }
                None => out.push_str("번째 항목이 비어 있습니다(구분자가 연달아 있거나 앞이나 끝에 있음)."),
            }
        }
        Detail::UnknownPg { hint } => {
            out.push_str("알 수 없는 코드입니다.");
            match hint {
                Some(h) => {
                    out.push_str(" `");
                    out.push_str(h);
                    out.push_str("`을(를) 의도하셨나요?");
                }
                None => out.push_str(" 공통 규칙만 검사했습니다."),
            }
        }
        Detail::Unsupported { pg } => {
            out.push_str(pg.ko());
            out.push_str("에서 지원하지 않습니다.");
        }
        Detail::Conflict { with } => {
            out.push('`');
            out.push_str(with);
            out.push_str("`와(과) 함께 쓸 수 없거나 서로 맞지 않습니다.");
        }
        Detail::Deprecated { instead } => {
            out.push_str("지원 중단 예정입니다. `");
            out.push_str(instead);
            out.push_str("`을(를) 사용하세요.");
        }
        Detail::NotForPg { pg, allowed } => {
            out.push_str(pg.ko());
            out.push_str("에서 쓸 수 없는 값입니다. 가능한 값: ");
            push_list(out, allowed, LIST_MAX);
            out.push('.');
        }
        Detail::ExactlyOne { keys } => {
            push_list(out, keys, 8);
            out.push_str(" 중 정확히 하나만 지정해야 합니다.");
        }
        Detail::SdkNotLoaded { global } => {
            out.push_str("페이지에 로드되지 않았습니다(window.");
            out.push_str(global);
            out.push_str(").");
        }
        Detail::SdkNoMethod { method } => {
            out.push_str(method);
            out.push_str(" 메서드가 없습니다. PortOne SDK 자체를 넘기거나(import * as PortOne from \"@portone/browser-sdk/v2\"), window.PortOne을 쓰려면 이 옵션을 빼세요.");
        }
        Detail::InFlight { key } => {
            out.push_str("같은 `");
            out.push_str(key);
            out.push_str("`의 호출이 아직 끝나지 않았습니다. 중복 결제를 막기 위해 SDK를 다시 호출하지 않았습니다.");
        }
        Detail::Timeout => {
            out.push_str("PortOne SDK가 `timeoutMs` 안에 응답하지 않았습니다. 결제 결과는 서버에서 확인하세요.")
        }
        Detail::MoreIssues { more, errors } => {
            out.push_str("이 밖에 문제 ");
            push_grouped(out, *more);
            out.push_str("건(오류 ");
            push_grouped(out, *errors);
            out.push_str("건)은 목록에서 생략했습니다. 한 번에 ");
            push_grouped(out, MAX_ISSUES);
            out.push_str("건까지 보여 줍니다.");
        }
        Detail::BadTimeout => out.push_str("0보다 큰 밀리초 값이어야 합니다."),
        Detail::CardQuota { group, reason } => {
            out.push_str("카드 할부 설정의 ");
            push_int(out, *group as i64);
            out.push_str("번째 그룹: ");
            match reason {
                Reason::Empty => out.push_str("비어 있습니다. 그룹은 `카드사코드-개월수` 형식이며 `^`로 구분합니다."),
                Reason::NoDash => out.push_str("카드사 코드와 할부 개월 수 사이에 `-`가 없습니다."),
                Reason::UnknownCard => {
                    out.push_str("키움페이 카드사 코드표에 없는 코드입니다. 가능한 값: ");
                    push_list(out, CODES, LIST_MAX);
                    out.push('.');
                }
                Reason::NoMonths => out.push_str("`-` 뒤에 할부 개월 수가 없습니다."),
                Reason::BadMonth => out.push_str("할부 개월 수는 숫자로 쓴 정수이며 `:`로 구분합니다."),
                Reason::MonthRange => {
                    out.push_str("할부 개월 수는 0(일시불) 또는 2~");
                    push_int(out, i64::from(MAX_MONTHS));
                    out.push_str("입니다.");
                }
                Reason::DuplicateCard => out.push_str("같은 카드사의 그룹이 이미 있습니다."),
                Reason::TooManyGroups => {
                    out.push_str("그룹 수가 카드사 수(");
                    push_int(out, CODES.len() as i64);
                    out.push_str(")보다 많습니다.");
                }
            }
        }
        Detail::NotEucKr { at } => {
            push_int(out, *at as i64);
            out.push_str(
                "번째 글자를 EUC-KR(KS X 1001: ASCII, 자주 쓰는 한글 2,350자, 한자, 일반 기호)로 나타낼 수 없습니다.",
            );
        }
        Detail::Note => {}
    }
}
