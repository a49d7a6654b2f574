//! Decimal text to `f64`, correctly rounded (ties to even), without `core`'s float reader: that
//! reader brings a 10 KB table of powers of five and 8 KB of code into the `.wasm` (15 KB of
//! gzip in all), for numbers a payment request almost never holds. Short numbers take one exact
//! float operation (Clinger's fast path); the rest are rounded exactly with small big integers.
//! Gives the same bits as `str::parse::<f64>` for every JSON number (tested against it).

/// Significant digits kept; later ones only tell whether the tail is non-zero (768 digits
/// decide every rounding of an `f64`, as in `core`'s own reader).
const MAX_DIGITS: usize = 800;

/// 10^0 ..= 10^22, every one exactly an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The `f64` nearest to a JSON number's text (`-?digits(.digits)?([eE][+-]?digits)?`; other
/// bytes are skipped as if absent). Too large is ±infinity, too small ±0.
pub fn parse_f64(text: &str) -> f64 {
    let b = text.as_bytes();
    let neg = b.first() == Some(&b'-');
    // significant digits (no leading zeros), and the power of ten of the last one kept
    let mut digits: Vec<u8> = Vec::new();
    let mut truncated = false;
    let mut point: i64 = 0; // digits seen before the decimal point, minus leading zeros
    let mut seen_point = false;
    let mut i = usize::from(neg);
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                let d = c - b'0';
                if digits.is_empty() && d == 0 {
                    if seen_point {
                        point -= 1;
                    }
                } else {
                    if digits.len() < MAX_DIGITS {
                        digits.push(d);
                    } else if d != 0 {
                        truncated = true;
                    }
                    if !seen_point {
                        point += 1;
                    }
                }
            }
            b'.' => seen_point = true,
            b'e' | b'E' => break,
            _ => {}
        }
        i += 1;
    }
    let mut exp: i64 = 0;
    if i < b.len() {
        i += 1;
        let exp_neg = b.get(i) == Some(&b'-');
        for &c in &b[i..] {
            if c.is_ascii_digit() {
                // saturates far beyond any finite, non-zero f64
                exp = (exp * 10 + i64::from(c - b'0')).min(1 << 40);
            }
        }
        if exp_neg {
            exp = -exp;
        }
    }
    let mag = magnitude(&digits, truncated, point + exp);
    if neg {
        -mag
    } else {
        mag
    }
}

/// The value `0.d1 d2 d3 … × 10^point` (+ a tiny non-zero tail when `truncated`), rounded.
fn magnitude(digits: &[u8], truncated: bool, point: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    if point > 310 {
        return f64::INFINITY; // at least 10^310
    }
    if point < -324 {
        return 0.0; // below 10^-325, under half the smallest subnormal
    }
    let n = digits.len() as i64;
    let p = point - n; // value = D × 10^p, D the digits as an integer
    if !truncated && n <= 19 {
        let d = digits.iter().fold(0u64, |a, &x| a * 10 + u64::from(x));
        if d < 1 << 53 && (-22..=22).contains(&p) {
            // D and 10^|p| are exact, so one operation rounds once: correctly
            let scale = POW10[p.unsigned_abs() as usize];
            return if p < 0 { d as f64 / scale } else { d as f64 * scale };
        }
    }
    let mut big = Big::default();
    for chunk in digits.chunks(9) {
        let v = chunk.iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
        big.mul_add(10u32.pow(chunk.len() as u32), v);
    }
    if truncated {
        // one more digit, non-zero: keeps the tail's "above" without changing any tie
        big.mul_add(10, 1);
        return from_parts(big, p - 1);
    }
    from_parts(big, p)
}

/// `d × 10^p` rounded (`d` non-zero).
fn from_parts(mut d: Big, p: i64) -> f64 {
    if p >= 0 {
        d.mul_pow10(p as u32);
        let (top, shift, sticky) = d.top_bits(66);
        return round(top, shift as i64, sticky);
    }
    // d / 10^-p: scale d (or the divisor) by a power of two so that the quotient has 66 or
    // 67 bits, then divide
    let mut den = Big::default();
    den.mul_add(1, 1);
    den.mul_pow10(p.unsigned_abs() as u32);
    let e2 = d.bits() as i64 - den.bits() as i64 - 66;
    if e2 < 0 {
        d.shl(e2.unsigned_abs() as usize);
    } else {
        den.shl(e2 as usize);
    }
    let (q, sticky) = d.div_small_quotient(&den);
    round(q, e2, sticky)
}

/// `q × 2^e2` (plus a bit more when `sticky`), rounded to the nearest `f64`, ties to even.
/// When `sticky`, `q` has at least 54 bits, so the discarded part is never empty.
fn round(q: u128, e2: i64, sticky: bool) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let bits = 128 - i64::from(q.leading_zeros());
    // the unit of the last mantissa bit: 53 significant bits, or 2^-1074 for subnormals
    let shift = (bits - 53).max(-1074 - e2);
    let mut e = shift + e2;
    let mut mant: u128 = if shift <= 0 {
        q << (-shift).min(127)
    } else if shift >= 128 {
        0 // far below the smallest subnormal: q < 2^shift / 2 cannot round up
    } else {
        let m = q >> shift;
        let rest = q & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rest > half || (rest == half && (sticky || m & 1 == 1)) {
            m + 1
        } else {
            m
        }
    };
    if mant == 0 {
        return 0.0;
    }
    if mant >> 53 != 0 {
        mant >>= 1;
        e += 1;
    }
    if mant >> 52 == 0 {
        return f64::from_bits(mant as u64); // subnormal (e is -1074)
    }
    let biased = e + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (mant as u64 & ((1 << 52) - 1)))
}

/// An unsigned integer, 32-bit limbs, least significant first.
#[derive(Clone, Default)]
struct Big(Vec<u32>);

impl Big {
    /// `self = self × m + a`.
    fn mul_add(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self = self × 10^n`.
    fn mul_pow10(&mut self, mut n: u32) {
        while n >= 9 {
            self.mul_add(1_000_000_000, 0);
            n -= 9;
        }
        if n > 0 {
            self.mul_add(10u32.pow(n), 0);
        }
    }

    /// Significant bits.
    fn bits(&self) -> usize {
        match self.0.iter().rposition(|&l| l != 0) {
            Some(i) => i * 32 + 32 - self.0[i].leading_zeros() as usize,
            None => 0,
        }
    }

    /// Bit `i` (0 = least significant).
    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// At most `n` (≤ 127) leading bits, how far they were shifted down, and whether any bit
    /// below them is set.
    fn top_bits(&self, n: usize) -> (u128, usize, bool) {
        let bits = self.bits();
        let shift = bits.saturating_sub(n);
        let mut top = 0u128;
        for i in (shift..bits).rev() {
            top = top << 1 | u128::from(self.bit(i));
        }
        let sticky = (0..shift).any(|i| self.bit(i));
        (top, shift, sticky)
    }

    /// `self <<= k`.
    fn shl(&mut self, k: usize) {
        let (limbs, bits) = (k / 32, k % 32);
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = *limb;
                *limb = v << bits | carry;
                carry = v >> (32 - bits);
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if limbs != 0 {
            self.0.splice(0..0, core::iter::repeat_n(0, limbs));
        }
    }

    /// `self >= other`.
    fn ge(&self, other: &Big) -> bool {
        let n = self.0.len().max(other.0.len());
        for i in (0..n).rev() {
            let (a, b) = (
                self.0.get(i).copied().unwrap_or(0),
                other.0.get(i).copied().unwrap_or(0),
            );
            if a != b {
                return a > b;
            }
        }
        true
    }

    /// `self -= other` (`self >= other`).
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = v as u32;
            borrow = i64::from(v < 0);
        }
    }

    /// `self >>= 1`.
    fn shr1(&mut self) {
        let mut carry = 0u32;
        for limb in self.0.iter_mut().rev() {
            let v = *limb;
            *limb = v >> 1 | carry << 31;
            carry = v & 1;
        }
    }

    /// `self / den` when the quotient fits in 127 bits (`self` has at most 126 bits more than
    /// `den`), and whether a remainder is left; `self` ends as the remainder. Restoring
    /// division, one quotient bit at a time.
    fn div_small_quotient(&mut self, den: &Big) -> (u128, bool) {
        let qbits = self.bits().saturating_sub(den.bits());
        let mut t = den.clone();
        t.shl(qbits);
        let mut q = 0u128;
        for _ in 0..=qbits {
            q <<= 1;
            if self.ge(&t) {
                self.sub(&t);
                q |= 1;
            }
            t.shr1();
        }
        (q, self.bits() != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_f64;

    fn same(text: &str) {
        let want: f64 = text.parse().unwrap();
        let got = parse_f64(text);
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: got {got:e}, want {want:e}");
    }

    #[test]
    fn everyday_numbers() {
        for t in [
            "0",
            "-0",
            "1",
            "-1",
            "1004",
            "19.99",
            "0.1",
            "0.3",
            "10.5",
            "1e3",
            "1E3",
            "1e+3",
            "1.5e-3",
            "123456789012345",
            "0.30000000000000004",
            "1.7976931348623157e308",
            "5e-324",
            "1e21",
            "1e22",
            "1e23",
            "9007199254740993",
            "0.000001",
            "1e-7",
            "-3.14159",
        ] {
            same(t);
        }
    }

    #[test]
    fn hard_roundings() {
        for t in [
            // ties between two doubles, and just above / below them
            "9007199254740993",
            "9007199254740995",
            "9007199254740993.0000000000000000001",
            "9007199254740992.9999999999999999999",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-400",
            "123456789012345678901234567890e-30",
            "0.000000000000000000000000000000000000000000001e-280",
            "1090544144181609348835077142190",
            "7.3177701707893310e+15",
            "1448997445238699",
        ] {
            same(t);
        }
    }

    #[test]
    fn long_and_extreme_texts() {
        let long = "1".repeat(1200);
        same(&long);
        same(&format!("0.{long}"));
        same(&format!("{long}e-1500"));
        same(&format!("{}e-900", "9".repeat(900)));
        same("1e99999999999999999999");
        same("1e-99999999999999999999");
        same(&format!("0.{}1", "0".repeat(2000)));
    }

    /// `m × 2^-j` written exactly in decimal (`m × 5^j`, point `j` from the right): with `m`
    /// odd and 54 bits wide, exactly halfway between two doubles.
    fn exact_decimal(m: u64, j: usize, tail: &str) -> String {
        let mut d: Vec<u8> = m.to_string().bytes().map(|c| c - b'0').collect();
        for _ in 0..j {
            let mut carry = 0u8;
            for x in d.iter_mut().rev() {
                let v = *x * 5 + carry;
                *x = v % 10;
                carry = v / 10;
            }
            if carry > 0 {
                d.insert(0, carry);
            }
        }
        let s: String = d.iter().map(|x| char::from(b'0' + x)).collect();
        format!("{s}{tail}e-{j}")
    }

    #[test]
    fn exact_ties_round_to_even_at_every_scale() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for j in (0..1130).step_by(7) {
            let m = (next() >> 10) | (1 << 53) | 1; // 54 bits, odd
            same(&exact_decimal(m, j, ""));
            same(&exact_decimal(m, j, "0000000000000000000001"));
            same(&exact_decimal(m - 1, j, "9999999999999999999999"));
            same(&exact_decimal(m >> 20, j, "5"));
        }
    }

    #[test]
    fn random_doubles_read_back() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = f64::from_bits(seed);
            if !x.is_finite() {
                continue;
            }
            for t in [
                format!("{x:e}"),
                format!("{x:.20e}"),
                format!("{x:.3e}"),
                format!("{}", x),
            ] {
                same(&t);
            }
        }
    }
}
