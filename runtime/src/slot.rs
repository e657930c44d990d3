//! What a field's type says about its presence, for the impls that
//! [`object!`](super::object) writes: an `Option` or a [`Nullable`] field
//! may be absent (skipped when writing, `None` or `Absent` when its key is
//! missing); a field of any other type must be present.

use std::collections::BTreeMap;

use super::Nullable;

/// The type of a field of a generated struct: every type a field can have
/// implements it (the runtime's macros implement it for the types they
/// write, the generator for the others).
pub trait Field: Sized {
    /// Whether the value is left out of an object: `None`, `Absent`.
    #[inline]
    fn absent(&self) -> bool {
        false
    }

    /// The field when its key is missing: `None` or `Absent` for a field
    /// that may be absent, nothing for one that must be present.
    #[inline]
    fn missing() -> Option<Self> {
        None
    }
}

impl<T> Field for Option<T> {
    #[inline]
    fn absent(&self) -> bool {
        self.is_none()
    }

    #[inline]
    fn missing() -> Option<Self> {
        Some(None)
    }
}

impl<T> Field for Nullable<T> {
    #[inline]
    fn absent(&self) -> bool {
        self.is_absent()
    }

    #[inline]
    fn missing() -> Option<Self> {
        Some(Nullable::Absent)
    }
}

impl Field for bool {}
impl Field for i32 {}
impl Field for i64 {}
impl Field for f32 {}
impl Field for f64 {}
impl Field for String {}
impl Field for serde_json::Value {}
impl<T> Field for Vec<T> {}
impl<T> Field for Box<T> {}
impl<K, V> Field for BTreeMap<K, V> {}

/// A field read from its key's value, if the key was there, or the
/// field's value when it is missing; `None` when a field that must be
/// present is missing, whose key is then kept in `missing` (the first one).
#[inline]
pub fn present<T: Field>(
    value: Option<T>,
    key: &'static str,
    missing: &mut Option<&'static str>,
) -> Option<T> {
    match value {
        Some(value) => Some(value),
        None => {
            let value = T::missing();
            if value.is_none() && missing.is_none() {
                *missing = Some(key);
            }
            value
        }
    }
}

/// serde's missing-field error for the key [`present`] kept.
#[cold]
pub fn missing_field<E: serde::de::Error>(missing: Option<&'static str>) -> E {
    E::missing_field(missing.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_and_nullable_fields_may_be_absent_and_others_must_be_present() {
        assert!(None::<u8>.absent());
        assert!(!Some(1).absent());
        assert!(Nullable::<u8>::Absent.absent());
        assert!(!Nullable::<u8>::Null.absent());
        assert!(!0_i32.absent());
        let mut missing = None;
        assert_eq!(present::<Option<i32>>(None, "a", &mut missing), Some(None));
        assert_eq!(
            present::<Nullable<i32>>(None, "b", &mut missing),
            Some(Nullable::Absent)
        );
        assert_eq!(present::<i32>(Some(3), "c", &mut missing), Some(3));
        assert_eq!(missing, None);
        assert_eq!(present::<i32>(None, "d", &mut missing), None);
        assert_eq!(present::<String>(None, "e", &mut missing), None);
        assert_eq!(missing, Some("d"));
        let error: serde_json::Error = missing_field(missing);
        assert_eq!(error.to_string(), "missing field `d`");
    }
}
