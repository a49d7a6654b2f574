//! Prints the supported-PG tables (markdown) from the module's own gateway list; the package
//! build pastes them into the npm README so the lists cannot drift from the code.
use portone_guard::pg::GATEWAYS;

fn main() {
    println!("| PG | v1 `pg` codes | v1 pay_method | guide |");
    println!("|---|---|---|---|");
    for g in GATEWAYS {
        let Some(v1) = &g.v1 else { continue };
        let codes: Vec<String> = v1.codes.iter().map(|c| format!("`{c}`")).collect();
        println!(
            "| {} ({}) | {} | {} | `{}` |",
            g.name.ko,
            g.name.en,
            codes.join(", "),
            if v1.pay_methods.is_empty() {
                "(ignored)".to_string()
            } else {
                v1.pay_methods.join(" ")
            },
            v1.guide
        );
    }
    println!();
    println!("v2 (`checkPayment` and friends; the PG is named by `options.pg` or `configure({{ channels }})`):");
    println!();
    println!("| PG | names accepted | v2 payMethod | bypass key | guide |");
    println!("|---|---|---|---|---|");
    for g in GATEWAYS {
        let Some(v2) = &g.v2 else { continue };
        let names: Vec<String> = g.aliases.iter().map(|a| format!("`{a}`")).collect();
        let methods = match v2.pay_methods {
            Some([]) => "none (chosen through `bypass`)".to_string(),
            Some(list) => list.join(" "),
            None => "(not checked yet)".to_string(),
        };
        println!(
            "| {} ({}) | {} | {} | `{}` | `{}` |",
            g.name.ko,
            g.name.en,
            names.join(", "),
            methods,
            v2.bypass_key.unwrap_or("-"),
            v2.guide
        );
    }
}
