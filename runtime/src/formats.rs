//! The types of typed string formats (`uuid`, `date-time`, `date`) and
//! unsigned integers, as generated code uses them: their crates are
//! re-exported at this crate's root (`uuid`, `chrono`), so a generated
//! crate names them through the runtime and needs no dependency of its own.
//!
//! Their serde forms are the crates' own, with no per-field attribute:
//! `uuid::Uuid` reads and writes the hyphenated form; a
//! `chrono::DateTime<Utc>` reads RFC 3339 (any offset, converted to UTC)
//! and writes it in UTC with `Z` and as many fractional digits as it needs
//! (0, 3, 6 or 9); a `chrono::NaiveDate` reads `YYYY-MM-DD` (and a month
//! or day without its leading zero) and writes `YYYY-MM-DD`. A
//! value that does not parse is a decode error of the whole response, at
//! its JSON path.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use uuid::Uuid;

use super::slot::Field;

impl Field for u32 {}
impl Field for u64 {}
impl Field for Uuid {}
impl Field for DateTime<Utc> {}
impl Field for NaiveDate {}

/// A date-time as RFC 3339 text: how a `date-time` parameter is sent in a
/// path, query or header. It is the text serde writes for the value in JSON
/// (UTC, `Z`, fractional seconds only as precise as needed), not chrono's
/// `Display` (`2024-01-01 00:00:00 UTC`).
pub fn rfc3339(value: &DateTime<Utc>) -> String {
    value.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_text<T: serde::Serialize>(value: &T) -> String {
        let json = serde_json::to_string(value).unwrap();
        json.trim_matches('"').to_owned()
    }

    #[test]
    fn a_date_time_parameter_is_the_text_serde_writes() {
        for text in [
            "2024-01-01T00:00:00Z",
            "2024-01-01T00:00:00.000Z",
            "2024-02-29T23:59:59.5Z",
            "2024-02-29T23:59:59.123456Z",
            "2024-02-29T23:59:59.123456789Z",
            "2024-06-01T12:00:00+02:00",
        ] {
            let value: DateTime<Utc> = serde_json::from_value(text.into()).unwrap();
            assert_eq!(rfc3339(&value), json_text(&value), "{text}");
        }
        let value: DateTime<Utc> = "2024-06-01T12:00:00+02:00".parse().unwrap();
        assert_eq!(rfc3339(&value), "2024-06-01T10:00:00Z");
        assert_ne!(rfc3339(&value), value.to_string(), "not chrono's Display");
    }

    #[test]
    fn the_serde_forms_are_the_wire_forms() {
        let id: Uuid =
            serde_json::from_value("6f1C2a3b-0000-4000-8000-00000000000A".into()).unwrap();
        assert_eq!(json_text(&id), "6f1c2a3b-0000-4000-8000-00000000000a");
        let date: NaiveDate = serde_json::from_value("2024-02-29".into()).unwrap();
        assert_eq!(json_text(&date), "2024-02-29");
        assert_eq!(
            date.to_string(),
            "2024-02-29",
            "a date parameter is its Display"
        );
        // chrono reads a month and day without their zero, and writes them with it.
        let unpadded: NaiveDate = serde_json::from_value("2024-1-1".into()).unwrap();
        assert_eq!(json_text(&unpadded), "2024-01-01");
        for bad in ["2024-02-30", "2024-13-01", "01/02/2024", "yesterday"] {
            assert!(
                serde_json::from_value::<NaiveDate>(bad.into()).is_err(),
                "{bad}"
            );
        }
        for bad in [
            "2024-01-01",
            "2024-01-01T25:00:00Z",
            "2024-01-01T00:00:00",
            "",
        ] {
            assert!(
                serde_json::from_value::<DateTime<Utc>>(bad.into()).is_err(),
                "{bad}"
            );
        }
        assert!(serde_json::from_value::<Uuid>("not-a-uuid".into()).is_err());
    }

    #[test]
    fn typed_format_fields_must_be_present() {
        assert!(!Uuid::nil().absent());
        assert!(<DateTime<Utc> as Field>::missing().is_none());
        assert!(<NaiveDate as Field>::missing().is_none());
        assert!(<u64 as Field>::missing().is_none());
    }
}
