//! Prints the supported-PG tables (markdown) from the same data `gateways()` returns
//! (`portone_guard::core::gateway_info`); the package build pastes them into the npm README so
//! the README list and the module's list cannot drift.
use portone_guard::core::gateway_info::gateways_value;
use portone_guard::core::value::{Map, Value};

fn list(m: &Map, key: &str) -> Option<Vec<String>> {
    match m.get(key)? {
        Value::Arr(items) => Some(items.iter().filter_map(Value::as_str).map(str::to_string).collect()),
        _ => None,
    }
}
fn text<'a>(m: &'a Map, key: &str) -> &'a str {
    m.get(key).and_then(Value::as_str).unwrap_or("-")
}
fn ticks(items: &[String]) -> String {
    items.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
}

fn main() {
    let Value::Arr(all) = gateways_value() else {
        unreachable!()
    };
    let all: Vec<&Map> = all.iter().filter_map(Value::as_obj).collect();
    let name = |g: &Map| {
        let n = g.get("name").and_then(Value::as_obj).unwrap();
        format!("{} ({})", text(n, "ko"), text(n, "en"))
    };
    println!("| PG | v1 `pg` codes | v1 pay_method | v1 `bypass` keys | guide |");
    println!("|---|---|---|---|---|");
    for g in &all {
        let Some(v1) = g.get("v1").and_then(Value::as_obj) else {
            continue;
        };
        let methods = list(v1, "payMethods").unwrap_or_default();
        // Dotted paths without the leading `bypass.`, each once, `(PC)` / `(mobile)` when read on
        // one side only.
        // A nested block of more than six keys is shown as `block.*`.
        let mut bypass: Vec<String> = Vec::new();
        if let Some(Value::Arr(keys)) = v1.get("bypassKeys") {
            let keys: Vec<&Map> = keys.iter().filter_map(Value::as_obj).collect();
            let short = |k: &Map| text(k, "path").strip_prefix("bypass.").unwrap_or("-").to_string();
            let block = |p: &str| p.split_once('.').map(|(b, _)| b.to_string());
            for k in &keys {
                let path = short(k);
                let path = match block(&path) {
                    Some(b) if keys.iter().filter(|o| block(&short(o)).as_ref() == Some(&b)).count() > 6 => {
                        format!("{b}.*")
                    }
                    _ => path,
                };
                let only = if path.ends_with(".*") {
                    None
                } else {
                    k.get("only").and_then(Value::as_str)
                };
                let item = match only {
                    Some("pc") => format!("`{path}` (PC)"),
                    Some("mobile") => format!("`{path}` (mobile)"),
                    _ => format!("`{path}`"),
                };
                if !bypass.contains(&item) {
                    bypass.push(item);
                }
            }
        }
        println!(
            "| {} | {} | {} | {} | `{}` |",
            name(g),
            ticks(&list(v1, "pgCodes").unwrap_or_default()),
            if methods.is_empty() {
                "(ignored)".to_string()
            } else {
                methods.join(" ")
            },
            if bypass.is_empty() {
                "-".to_string()
            } else {
                bypass.join(", ")
            },
            text(v1, "guide")
        );
    }
    println!();
    println!("v2 (`checkPayment` and friends; the PG is named by `options.pg` or `configure({{ channels }})`):");
    println!();
    println!("| PG | names accepted | v2 payMethod | bypass key | guide |");
    println!("|---|---|---|---|---|");
    for g in &all {
        let Some(v2) = g.get("v2").and_then(Value::as_obj) else {
            continue;
        };
        let methods = match list(v2, "payMethods") {
            Some(l) if l.is_empty() => "none (chosen through `bypass`)".to_string(),
            Some(l) => l.join(" "),
            None => "(not checked yet)".to_string(),
        };
        println!(
            "| {} | {} | {} | `{}` | `{}` |",
            name(g),
            ticks(&list(g, "aliases").unwrap_or_default()),
            methods,
            text(v2, "bypassKey"),
            text(v2, "guide")
        );
    }
    println!();
    println!(
        "Identity verification (`checkCertification` / `requestCertification` for v1 `IMP.certification`, `checkIdentityVerification` / `requestIdentityVerification` for v2):"
    );
    println!();
    println!("| PG | names accepted | v1 `pg` codes | v2 bypass key | rules of its own | guides |");
    println!("|---|---|---|---|---|---|");
    for g in &all {
        let cert = g.get("certification").and_then(Value::as_obj);
        let idv = g.get("identityVerification").and_then(Value::as_obj);
        if cert.is_none() && idv.is_none() {
            continue;
        }
        let codes = cert.and_then(|c| list(c, "pgCodes")).unwrap_or_default();
        let rules: i64 = [cert, idv]
            .into_iter()
            .flatten()
            .filter_map(|m| m.get("rules").and_then(Value::as_num).and_then(|n| n.as_int()))
            .sum();
        let guides: Vec<String> = [cert, idv]
            .into_iter()
            .flatten()
            .map(|m| format!("`{}`", text(m, "guide")))
            .collect();
        println!(
            "| {} | {} | {} | {} | {rules} | {} |",
            name(g),
            ticks(&list(g, "aliases").unwrap_or_default()),
            match (cert, codes.is_empty()) {
                (None, _) => "-".to_string(),
                (Some(_), true) => "none (REST API only)".to_string(),
                (Some(_), false) => ticks(&codes),
            },
            idv.map_or("-".to_string(), |m| format!("`{}`", text(m, "bypassKey"))),
            guides.join(", ")
        );
    }
}
