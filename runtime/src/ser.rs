//! What the generated `Serialize` impls of structs share.

use std::collections::BTreeMap;

use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::Serialize;

use super::Field;
#[cfg(doc)]
use super::Nullable;

/// A generated struct written as an object; its `Serialize` is
/// [`serialize_object`].
///
/// The struct lists its fields once, in [`ToFields::to_fields`]: a chain of
/// calls on a [`FieldWriter`], which the runtime runs twice, to count the
/// fields that are present and then to write them. The same output as
/// serde's derive (`skip_serializing_if` on optional fields, a map for a
/// struct with additional properties), in much less code for rustc to check
/// than the derive's, with its `?` per field and its sum of one term per
/// optional field.
pub trait ToFields {
    /// The struct's name, for serializers that use it.
    const NAME: &'static str;
    /// Whether the struct has additional properties (written as a map).
    const ADDITIONAL: bool;

    /// Hands every field to `fields`, in order.
    fn to_fields<W: FieldWriter>(&self, fields: W) -> W;
}

/// What [`ToFields::to_fields`] hands its fields to.
pub trait FieldWriter: Sized {
    /// A field, skipped when it is absent (an optional field that is
    /// `None`, a nullable one that is [`Nullable::Absent`]) unless `always`.
    fn field<T: Serialize + Field>(self, key: &'static str, value: &T, always: bool) -> Self;
    /// The additional properties, beside the fields.
    fn additional<V: Serialize>(self, additional: &BTreeMap<String, V>) -> Self;
}

/// The `Serialize` of a [`ToFields`] struct.
#[inline]
pub fn serialize_object<T: ToFields, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let Count(len) = value.to_fields(Count(0));
    let state: Result<State<S>, S::Error> = if T::ADDITIONAL {
        serializer.serialize_map(Some(len)).map(State::Map)
    } else {
        serializer.serialize_struct(T::NAME, len).map(State::Struct)
    };
    match value
        .to_fields(Writer(state.unwrap_or_else(State::Failed)))
        .0
    {
        State::Struct(s) => s.end(),
        State::Map(m) => m.end(),
        State::Failed(error) => Err(error),
    }
}

/// Counts the fields that are present.
struct Count(usize);

impl FieldWriter for Count {
    #[inline]
    fn field<T: Serialize + Field>(self, _: &'static str, value: &T, always: bool) -> Self {
        Count(self.0 + usize::from(always || !value.absent()))
    }

    #[inline]
    fn additional<V: Serialize>(self, additional: &BTreeMap<String, V>) -> Self {
        Count(self.0 + additional.len())
    }
}

/// Writes the fields; after an error, nothing more, and the first error is
/// the result.
struct Writer<S: Serializer>(State<S>);

enum State<S: Serializer> {
    Struct(S::SerializeStruct),
    Map(S::SerializeMap),
    Failed(S::Error),
}

impl<S: Serializer> Writer<S> {
    #[inline]
    fn skip(mut self, key: &'static str) -> Self {
        if let State::Struct(s) = &mut self.0 {
            if let Err(error) = s.skip_field(key) {
                return Writer(State::Failed(error));
            }
        }
        self
    }
}

impl<S: Serializer> FieldWriter for Writer<S> {
    #[inline]
    fn field<T: Serialize + Field>(mut self, key: &'static str, value: &T, always: bool) -> Self {
        if !always && value.absent() {
            return self.skip(key);
        }
        let result = match &mut self.0 {
            State::Struct(s) => s.serialize_field(key, value),
            State::Map(m) => m.serialize_entry(key, value),
            State::Failed(_) => Ok(()),
        };
        match result {
            Ok(()) => self,
            Err(error) => Writer(State::Failed(error)),
        }
    }

    #[inline]
    fn additional<V: Serialize>(mut self, additional: &BTreeMap<String, V>) -> Self {
        if let State::Map(m) = &mut self.0 {
            for (key, value) in additional {
                if let Err(error) = m.serialize_entry(key, value) {
                    return Writer(State::Failed(error));
                }
            }
        }
        self
    }
}
