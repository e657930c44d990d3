//! What the generated `Deserialize` impls of structs share.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// A generated struct read from an object, key by key; its `Deserialize`
/// is [`deserialize_object`]. The visitor is shared by every struct, rather
/// than one written out per struct.
pub trait FromFields: Sized {
    /// What a type error says was expected, e.g. `struct Project`.
    const EXPECTING: &'static str;

    /// Reads the struct from the object's keys and values.
    fn from_fields<'de, A: MapAccess<'de>>(map: Fields<A>) -> Result<Self, A::Error>;
}

/// The `Deserialize` of a [`FromFields`] struct: from an object.
#[inline]
pub fn deserialize_object<'de, D: Deserializer<'de>, T: FromFields>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromFields> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_fields(Fields::new(map))
    }
}

/// The object a generated struct's `Deserialize` reads, key by key.
///
/// Each known key is one call that reads its value into the field's slot,
/// rather than an assignment and a `?` written out per field: the same work,
/// in much less code for rustc to check in every struct.
#[derive(Debug)]
pub struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> Fields<A> {
    /// Reads `map`.
    #[inline]
    pub fn new(map: A) -> Self {
        Self(map)
    }

    /// The next key, borrowed from the input when it can be.
    #[inline]
    pub fn next_key(&mut self) -> Result<Option<FieldKey<'de>>, A::Error> {
        self.0.next_key()
    }

    /// Reads the current key's value into `slot`; a repeated key keeps its
    /// last value.
    #[inline]
    pub fn fill<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) -> Result<(), A::Error> {
        *slot = Some(self.0.next_value()?);
        Ok(())
    }

    /// Skips the value of a key the struct does not know.
    #[inline]
    pub fn skip(&mut self) -> Result<(), A::Error> {
        self.0.next_value::<IgnoredAny>().map(|_| ())
    }

    /// Keeps the value of a key the struct does not list in `additional`.
    #[inline]
    pub fn keep<T: Deserialize<'de>>(
        &mut self,
        key: FieldKey<'de>,
        additional: &mut BTreeMap<String, T>,
    ) -> Result<(), A::Error> {
        additional.insert(key.into_string(), self.0.next_value()?);
        Ok(())
    }
}

/// An object key as a generated struct's `Deserialize` reads it: borrowed
/// from the input when it can be, so matching a field costs no allocation.
#[derive(Debug)]
pub struct FieldKey<'de>(Cow<'de, str>);

impl FieldKey<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key, owned (for a map of additional properties).
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for FieldKey<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = FieldKey<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        Ok(FieldKey(Cow::Borrowed(value)))
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        Ok(FieldKey(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        Ok(FieldKey(Cow::Owned(value)))
    }
}
