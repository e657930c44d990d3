//! What a field's type says about its presence, for the impls that
//! [`object!`](super::object) writes: an `Option` or a [`Nullable`] field
//! may be absent (skipped when writing, `None` or `Absent` when its key is
//! missing); a field of any other type must be present, and has the zero
//! value that a response lacking it is corrected to (see [`Field::zero`]).

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

    /// The value a required field takes when a response lacks it and the
    /// client corrects the response rather than failing (the default; see
    /// [`ClientBuilder::strict_decoding`](super::ClientBuilder::strict_decoding)):
    /// `false`, `0`, `0.0`, `""`, JSON `null`, an empty list or map, the
    /// `Unknown("")` value of an open enum, or a struct whose required fields
    /// are their zero values and whose optional ones are absent. `None` for a
    /// type that has no such value: a closed enum, a `oneOf`, a boxed value
    /// (which closes a cycle of types, so its zero could be endless); a
    /// response lacking a field of such a type fails to decode.
    #[inline]
    fn zero() -> Option<Self> {
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

/// `Field` for types whose zero is their `Default`.
macro_rules! zero_is_default {
    ($([$($param:ident),*] $ty:ty),* $(,)?) => {
        $(
            impl<$($param),*> Field for $ty {
                #[inline]
                fn zero() -> Option<Self> {
                    Some(Self::default())
                }
            }
        )*
    };
}

zero_is_default!(
    [] bool,
    [] i32,
    [] i64,
    [] f32,
    [] f64,
    [] String,
    [] serde_json::Value,
    [T] Vec<T>,
    [K, V] BTreeMap<K, V>,
);

impl<T> Field for Box<T> {}

/// A field read from its key's value, if the key was there, or the
/// field's value when it is missing; `None` when a field that must be
/// present is missing (and is not being corrected to its zero value), whose
/// key is then kept in `missing` (the first one).
#[inline]
pub fn present<T: Field>(
    value: Option<T>,
    key: &'static str,
    missing: &mut Option<&'static str>,
) -> Option<T> {
    match value {
        Some(value) => Some(value),
        None => {
            if let Some(value) = T::missing() {
                return Some(value);
            }
            // A required field: its zero value when the response is being
            // corrected and this is a place the correction located.
            let first = missing.is_none();
            let value = if super::de::correcting(key, first) {
                let zero = T::zero();
                if zero.is_none() {
                    super::de::no_zero(key, first);
                }
                zero
            } else {
                None
            };
            if value.is_none() && first {
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
