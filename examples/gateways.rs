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
    println!("| PG | v1 `pg` codes | v1 pay_method | guide |");
    println!("|---|---|---|---|");
    for g in &all {
        let Some(v1) = g.get("v1").and_then(Value::as_obj) else {
            continue;
        };
        let methods = list(v1, "payMethods").unwrap_or_default();
        println!(
            "| {} | {} | {} | `{}` |",
            name(g),
            ticks(&list(v1, "pgCodes").unwrap_or_default()),
            if methods.is_empty() {
                "(ignored)".to_string()
            } else {
                methods.join(" ")
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
}
