//! Numbers as the interface, the charts and the downloads print them, the same in every language: counts with
//! thousands separators, percentages, budget shares, ranks and file sizes.
//!
//! Every format prints integers, never an `f64`: formatting a float would bring Rust's float formatter into the
//! app's start-up code.

/// A whole number with thousands separators: 12451 -> "12,451".
pub fn format_count(count: u32) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The size of a file over the limit of `limit_megabytes`, in megabytes, cut (never rounded up) to the fewest
/// decimals, one to six, that show it over the limit: "50.0", "1.04" for 1,048,576 bytes, "1.000001" for one byte
/// over 1 MB, where one decimal would read "1.0", the limit itself. By integer arithmetic: formatting an `f64` to a
/// precision would bring a second float formatter into the app.
pub fn format_megabytes_over(bytes: f64, limit_megabytes: u64) -> String {
    let bytes = bytes as u64;
    let mut decimals = 1;
    while decimals < 6 && bytes / 10u64.pow(6 - decimals) <= limit_megabytes * 10u64.pow(decimals) {
        decimals += 1;
    }
    let units = bytes / 10u64.pow(6 - decimals);
    let scale = 10u64.pow(decimals);
    format!("{}.{:0width$}", units / scale, units % scale, width = decimals as usize)
}

/// A share from 0 to 1 as a whole percentage, with "<1%" for small non-zero shares so they do not read as none.
pub fn format_percent(share: f64) -> String {
    let percent = share * 100.0;
    if percent > 0.0 && percent < 0.5 {
        "<1%".to_string()
    } else {
        format!("{}%", percent.round() as u32)
    }
}

/// A budget share as printed in the sources: "0.9%", "1.91%", "3.147%".
pub fn format_share(percent: f64) -> String {
    format!("{}%", format_decimal(percent))
}

/// A number with as many decimals as it has, up to six: "0.9", "1.91", "12". The data's parser allows six decimals,
/// so millionths hold every share exactly; integer arithmetic keeps Rust's float formatter out of the app.
pub fn format_decimal(value: f64) -> String {
    let millionths = (value.abs() * 1e6).round() as u64;
    let sign = if value < 0.0 && millionths > 0 { "-" } else { "" };
    let (whole, fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// An English ordinal for ranks: 1st, 2nd, 3rd, 7th.
pub fn format_rank(rank: u32) -> String {
    let suffix = match (rank % 10, rank % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{rank}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts_percentages_shares_and_ranks() {
        let counts: Vec<String> = [0, 7, 999, 1000, 12451, 1234567].into_iter().map(format_count).collect();
        assert_eq!(counts, ["0", "7", "999", "1,000", "12,451", "1,234,567"]);
        assert_eq!(format_percent(8832.0 / 12451.0), "71%");
        assert_eq!(format_percent(20.0 / 12451.0), "<1%");
        assert_eq!(format_percent(0.0), "0%");
        assert_eq!(format_share(0.9), "0.9%");
        assert_eq!(format_share(1.91), "1.91%");
        assert_eq!(format_share(3.147), "3.147%");
        assert_eq!(format_share(12.0), "12%");
        assert_eq!(format_share(0.000001), "0.000001%");
        assert_eq!(format_share(100.0), "100%");
        assert_eq!(format_decimal(-2.5), "-2.5");
        assert_eq!(format_decimal(-0.0000001), "0");
        let ranks: Vec<String> = [1, 2, 3, 7, 11, 12, 22].into_iter().map(format_rank).collect();
        assert_eq!(ranks, ["1st", "2nd", "3rd", "7th", "11th", "12th", "22nd"]);
    }
}
