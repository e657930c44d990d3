//! Which Rust type a schema's `type` and `format` become: data in
//! [`Options::formats`](crate::Options::formats), so a generation can map a
//! format to another type, or turn the typed string formats off at once.
//!
//! The default ([`Formats::typed`]):
//!
//! | `type` | `format` | Rust |
//! |---|---|---|
//! | `string` | `uuid` | `uuid::Uuid` |
//! | `string` | `date-time` | `chrono::DateTime<chrono::Utc>` (RFC 3339) |
//! | `string` | `date` | `chrono::NaiveDate` (`YYYY-MM-DD`) |
//! | `integer` | `int32` / `int64` | `i32` / `i64` |
//! | `integer` | `uint32` / `uint64` | `u32` / `u64` |
//! | `number` | `float` / `double` | `f32` / `f64` |
//!
//! A pair not in the mapping is the type's own: `String`, `i64`, `f64`.
//! [`Formats::plain`] keeps the number widths and makes every string
//! format a `String`. Generated code names `uuid` and `chrono` through
//! the runtime crate, which re-exports them, so a generated crate needs no
//! dependency of its own for them.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::Ty;

/// A scalar Rust type a `(type, format)` pair can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scalar {
    /// `i32`
    I32,
    /// `i64`
    I64,
    /// `u32`
    U32,
    /// `u64`
    U64,
    /// `f32`
    F32,
    /// `f64`
    F64,
    /// `String`
    String,
    /// `uuid::Uuid`
    Uuid,
    /// `chrono::DateTime<chrono::Utc>`
    DateTime,
    /// `chrono::NaiveDate`
    Date,
}

impl Scalar {
    /// The type expression of this scalar.
    pub fn ty(self) -> Ty {
        Ty::Scalar(self)
    }

    /// The Rust type's short name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Scalar::I32 => "i32",
            Scalar::I64 => "i64",
            Scalar::U32 => "u32",
            Scalar::U64 => "u64",
            Scalar::F32 => "f32",
            Scalar::F64 => "f64",
            Scalar::String => "String",
            Scalar::Uuid => "Uuid",
            Scalar::DateTime => "DateTime",
            Scalar::Date => "NaiveDate",
        }
    }

    /// The Rust type as generated code names it: the typed string formats
    /// through the runtime's re-exports of `uuid` and `chrono`.
    pub(crate) fn code_path(self) -> &'static str {
        match self {
            Scalar::Uuid => "crate::runtime::uuid::Uuid",
            Scalar::DateTime => "crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>",
            Scalar::Date => "crate::runtime::chrono::NaiveDate",
            other => other.name(),
        }
    }

    /// The JSON value this scalar is read from and written as.
    fn json_type(self) -> &'static str {
        match self {
            Scalar::I32 | Scalar::I64 | Scalar::U32 | Scalar::U64 => "integer",
            Scalar::F32 | Scalar::F64 => "number",
            Scalar::String | Scalar::Uuid | Scalar::DateTime | Scalar::Date => "string",
        }
    }
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A mapping the generator cannot use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Only `string`, `integer` and `number` schemas have formats mapped.
    #[error("`{0}` schemas have no format mapping; use `string`, `integer` or `number`")]
    SchemaType(String),
    /// The Rust type would not read the JSON values of the schema type.
    #[error("`type: {schema_type}` cannot be read as {scalar}, which is a JSON {json}")]
    Mismatch {
        /// The schema type.
        schema_type: String,
        /// The scalar asked for.
        scalar: Scalar,
        /// What JSON the scalar is.
        json: &'static str,
    },
}

/// The Rust type of each `(type, format)` pair; see the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formats {
    map: BTreeMap<(String, String), Scalar>,
}

impl Default for Formats {
    fn default() -> Self {
        Self::typed()
    }
}

impl Formats {
    /// The number widths only: every string format is a `String`.
    pub fn plain() -> Self {
        let mut map = BTreeMap::new();
        for (schema_type, format, scalar) in [
            ("integer", "int32", Scalar::I32),
            ("integer", "int64", Scalar::I64),
            ("integer", "uint32", Scalar::U32),
            ("integer", "uint64", Scalar::U64),
            ("number", "float", Scalar::F32),
            ("number", "double", Scalar::F64),
        ] {
            map.insert((schema_type.to_owned(), format.to_owned()), scalar);
        }
        Formats { map }
    }

    /// The number widths, and `uuid`, `date-time` and `date` strings as
    /// `Uuid`, `DateTime<Utc>` and `NaiveDate`: the default.
    pub fn typed() -> Self {
        let mut formats = Self::plain();
        for (format, scalar) in [
            ("uuid", Scalar::Uuid),
            ("date-time", Scalar::DateTime),
            ("date", Scalar::Date),
        ] {
            formats
                .map
                .insert(("string".to_owned(), format.to_owned()), scalar);
        }
        formats
    }

    /// Maps `format` of `schema_type` schemas to `scalar`, replacing what
    /// it was. Refused when `scalar` does not read that schema type's JSON
    /// values (a `string` as `u64`, say).
    pub fn set(
        &mut self,
        schema_type: &str,
        format: &str,
        scalar: Scalar,
    ) -> Result<&mut Self, FormatError> {
        if !matches!(schema_type, "string" | "integer" | "number") {
            return Err(FormatError::SchemaType(schema_type.to_owned()));
        }
        if scalar.json_type() != schema_type {
            return Err(FormatError::Mismatch {
                schema_type: schema_type.to_owned(),
                scalar,
                json: scalar.json_type(),
            });
        }
        self.map
            .insert((schema_type.to_owned(), format.to_owned()), scalar);
        Ok(self)
    }

    /// Removes the mapping of `format` of `schema_type` schemas: they
    /// become the type's own (`String`, `i64`, `f64`).
    pub fn remove(&mut self, schema_type: &str, format: &str) -> &mut Self {
        self.map
            .remove(&(schema_type.to_owned(), format.to_owned()));
        self
    }

    /// What `format` of `schema_type` schemas is mapped to, if anything.
    pub fn get(&self, schema_type: &str, format: &str) -> Option<Scalar> {
        self.map
            .get(&(schema_type.to_owned(), format.to_owned()))
            .copied()
    }

    /// Every mapping, in `(type, format)` order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, Scalar)> {
        self.map
            .iter()
            .map(|((t, f), s)| (t.as_str(), f.as_str(), *s))
    }

    /// The type of a schema of `schema_type` (`string`, `integer`,
    /// `number`) with `format`: its mapping, else the type's own.
    pub(crate) fn ty(&self, schema_type: &str, format: Option<&str>) -> Ty {
        if let Some(scalar) = format.and_then(|f| self.get(schema_type, f)) {
            return scalar.ty();
        }
        Ty::Scalar(match schema_type {
            "integer" => Scalar::I64,
            "number" => Scalar::F64,
            _ => Scalar::String,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_of_the_default_mapping() {
        let f = Formats::default();
        let cases = [
            ("string", Some("uuid"), Ty::Scalar(Scalar::Uuid)),
            ("string", Some("date-time"), Ty::Scalar(Scalar::DateTime)),
            ("string", Some("date"), Ty::Scalar(Scalar::Date)),
            ("string", Some("email"), Ty::Scalar(Scalar::String)),
            ("string", None, Ty::Scalar(Scalar::String)),
            ("integer", Some("int32"), Ty::Scalar(Scalar::I32)),
            ("integer", Some("int64"), Ty::Scalar(Scalar::I64)),
            ("integer", Some("uint32"), Ty::Scalar(Scalar::U32)),
            ("integer", Some("uint64"), Ty::Scalar(Scalar::U64)),
            ("integer", Some("int8"), Ty::Scalar(Scalar::I64)),
            ("integer", None, Ty::Scalar(Scalar::I64)),
            ("number", Some("float"), Ty::Scalar(Scalar::F32)),
            ("number", Some("double"), Ty::Scalar(Scalar::F64)),
            ("number", None, Ty::Scalar(Scalar::F64)),
        ];
        for (schema_type, format, expected) in cases {
            assert_eq!(
                f.ty(schema_type, format),
                expected,
                "{schema_type} {format:?}"
            );
        }
    }

    #[test]
    fn plain_makes_every_string_format_a_string_and_keeps_number_widths() {
        let f = Formats::plain();
        for format in ["uuid", "date-time", "date"] {
            assert_eq!(
                f.ty("string", Some(format)),
                Ty::Scalar(Scalar::String),
                "{format}"
            );
        }
        assert_eq!(f.ty("integer", Some("uint64")), Ty::Scalar(Scalar::U64));
        assert_eq!(f.ty("number", Some("float")), Ty::Scalar(Scalar::F32));
        assert!(f.iter().all(|(t, _, _)| t != "string"));
    }

    #[test]
    fn a_format_is_overridden_or_removed() {
        let mut f = Formats::default();
        f.set("integer", "uint64", Scalar::I64)
            .unwrap()
            .set("string", "date-time", Scalar::String)
            .unwrap()
            .set("string", "x-ulid", Scalar::Uuid)
            .unwrap();
        assert_eq!(f.ty("integer", Some("uint64")), Ty::Scalar(Scalar::I64));
        assert_eq!(
            f.ty("string", Some("date-time")),
            Ty::Scalar(Scalar::String)
        );
        assert_eq!(f.ty("string", Some("x-ulid")), Ty::Scalar(Scalar::Uuid));
        assert_eq!(
            f.ty("string", Some("uuid")),
            Ty::Scalar(Scalar::Uuid),
            "others stay"
        );
        f.remove("string", "uuid");
        assert_eq!(f.ty("string", Some("uuid")), Ty::Scalar(Scalar::String));
    }

    #[test]
    fn a_mapping_that_cannot_read_the_json_is_refused() {
        let mut f = Formats::default();
        let err = f.set("string", "uuid", Scalar::U64).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`type: string` cannot be read as u64, which is a JSON integer"
        );
        let err = f.set("integer", "int64", Scalar::DateTime).unwrap_err();
        assert!(err.to_string().contains("JSON string"), "{err}");
        let err = f.set("boolean", "flag", Scalar::String).unwrap_err();
        assert_eq!(err, FormatError::SchemaType("boolean".to_owned()));
        assert_eq!(f, Formats::default(), "a refused mapping changes nothing");
    }
}
