//! Calendar dates as `YYYY-MM-DD`, without a date-time dependency.

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{bail, Result};

/// Today's date in UTC.
pub fn today_utc() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date `days` days after 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let month = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both are in range by construction.
    (year, month as u32, day as u32)
}

/// Checks that `text` is a real date written `YYYY-MM-DD`.
pub fn validate(text: &str) -> Result<()> {
    let parts: Vec<&str> = text.split('-').collect();
    let well_formed = matches!(parts.as_slice(), [y, m, d]
        if y.len() == 4 && m.len() == 2 && d.len() == 2
            && text.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    if !well_formed {
        bail!("`{text}` is not a date written YYYY-MM-DD");
    }
    let year: u32 = parts[0].parse()?;
    let month: u32 = parts[1].parse()?;
    let day: u32 = parts[2].parse()?;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => bail!("`{text}` has no month {month}"),
    };
    if day == 0 || day > days_in_month {
        bail!("`{text}` has no day {day}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_595), (2026, 5, 22));
    }

    #[test]
    fn today_is_a_valid_date() {
        validate(&today_utc()).unwrap();
    }

    #[test]
    fn validation() {
        validate("2026-05-22").unwrap();
        validate("2024-02-29").unwrap();
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-5-22",
            "22-05-2026",
            "2026-05-22x",
            "",
            "2026-00-10",
            "2026-04-31",
        ] {
            assert!(validate(bad).is_err(), "{bad} should be rejected");
        }
    }
}
