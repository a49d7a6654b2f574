//! Prints the supported-PG table (markdown) from the module's own gateway list; the package
//! build pastes it into the npm README so the list cannot drift from the code.
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
}
