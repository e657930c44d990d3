//! What the generated `Deserialize` impls of structs share, and the
//! correction of responses that lack required fields.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor,
};

use super::request::Operation;

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

// Correcting a response that lacks required fields.
//
// A response is first decoded as it is, with plain `serde_json`; when a
// required field is missing there, `serde_json` fails at the end of the
// object that lacks it, and the JSON path of that place (`json_path.rs`)
// names the field. The response is then decoded again, with that field (the
// n-th missing one met while decoding, counted in a thread-local scope) at
// its zero value, until it decodes or fails otherwise. Only a field whose
// absence made the whole decoding fail is corrected: a `oneOf` variant tried
// and refused for a missing field stays refused, so the correction does not
// change which variant a value decodes as (up to `LOCATED_LIMIT` missing
// fields; past it, every later missing field is corrected at once). A
// response that decodes needs no more work than before, and no type's
// `Deserialize` is compiled twice.

/// How many missing fields of one response are located, each at the cost of
/// one more pass over the body; beyond them, every later missing field is
/// set to its zero value in one pass, and named by its key alone.
pub(crate) const LOCATED_LIMIT: usize = 64;

/// The correction of one response, while it is decoded.
#[derive(Default)]
struct Scope {
    /// The missing required fields met so far in this pass.
    events: usize,
    /// The events (in increasing order) set to their zero value.
    located: Vec<usize>,
    /// Past [`LOCATED_LIMIT`]: every event from this one on is set to its
    /// zero value.
    fill_from: Option<usize>,
    /// The keys of the fields set so, in this pass.
    unlocated: Vec<&'static str>,
    /// The first missing field of the last object that failed to decode.
    failed: Option<Failed>,
}

struct Failed {
    event: usize,
    key: &'static str,
}

thread_local! {
    static SCOPE: RefCell<Option<Scope>> = const { RefCell::new(None) };
    /// Set while a struct's zero value is read: every required field is set
    /// to its zero value, and none counts as a missing field of the response.
    static ZERO: Cell<bool> = const { Cell::new(false) };
}

/// The zero value of a generated struct ([`Field::zero`](super::Field::zero)):
/// the struct read from an empty object, with every required field at its
/// zero value and every optional one absent; `None` when a required field's
/// type has no zero value. Each struct's `zero` is this one call, rather
/// than code of its own per field.
pub fn zero_object<T: FromFields>() -> Option<T> {
    let _zero = ZeroScope(ZERO.replace(true));
    T::from_fields(Fields::new(EmptyObject)).ok()
}

/// Puts back the flag [`zero_object`] set, even if reading panics.
struct ZeroScope(bool);

impl Drop for ZeroScope {
    fn drop(&mut self) {
        ZERO.set(self.0);
    }
}

/// An object without keys.
struct EmptyObject;

impl<'de> MapAccess<'de> for EmptyObject {
    type Error = serde::de::value::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        _: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("an empty object has no values"))
    }
}

/// A required field whose key is missing: whether to set it to its zero
/// value, as a response is being corrected and this is a missing field the
/// correction located; else the object fails to decode. `first` says
/// whether it is the first field missing from its object. Not generic: the
/// code each field type instantiates is only the call of its `zero`.
pub(crate) fn correcting(key: &'static str, first: bool) -> bool {
    if ZERO.get() {
        return true;
    }
    SCOPE.with_borrow_mut(|scope| {
        let Some(scope) = scope.as_mut() else {
            return false;
        };
        let event = scope.events;
        scope.events += 1;
        let located = scope.located.binary_search(&event).is_ok();
        if located {
            return true;
        }
        if scope.fill_from.is_some_and(|from| event >= from) {
            scope.unlocated.push(key);
            return true;
        }
        if first {
            scope.failed = Some(Failed { event, key });
        }
        false
    })
}

/// The field [`correcting`] was just asked about has no zero value: the
/// object fails to decode there.
#[cold]
pub(crate) fn no_zero(key: &'static str, first: bool) {
    if ZERO.get() {
        return;
    }
    SCOPE.with_borrow_mut(|scope| {
        let Some(scope) = scope.as_mut() else {
            return;
        };
        let event = scope.events.saturating_sub(1);
        if scope.fill_from.is_some_and(|from| event >= from)
            && scope.located.binary_search(&event).is_err()
        {
            scope.unlocated.pop();
        }
        if first {
            scope.failed = Some(Failed { event, key });
        }
    });
}

/// Installs a fresh scope, and puts back the one before it when dropped.
struct Installed(Option<Scope>);

impl Installed {
    fn new() -> Self {
        Self(SCOPE.replace(Some(Scope::default())))
    }
}

impl Drop for Installed {
    fn drop(&mut self) {
        SCOPE.set(self.0.take());
    }
}

/// A required field a response lacked, set to its zero value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Corrected {
    /// At this JSON path, e.g. `domains[0].id`.
    At(String),
    /// Past [`LOCATED_LIMIT`]: the field's key.
    Key(&'static str),
}

/// Decodes `body` as `T`; when `correct`, a required field the body lacks
/// is set to its zero value, and each such field is listed beside the
/// value. A body that fails to decode otherwise gives the error of its last
/// pass (the first error that is not a correctable missing field).
pub(crate) fn decode_corrected<T: DeserializeOwned>(
    body: &[u8],
    correct: bool,
) -> serde_json::Result<(T, Vec<Corrected>)> {
    if !correct {
        return serde_json::from_slice(body).map(|value| (value, Vec::new()));
    }
    let _installed = Installed::new();
    let mut located: Vec<(usize, String)> = Vec::new();
    let mut fill_from = None;
    loop {
        SCOPE.with_borrow_mut(|scope| {
            *scope = Some(Scope {
                located: located.iter().map(|(event, _)| *event).collect(),
                fill_from,
                ..Scope::default()
            });
        });
        let result = serde_json::from_slice::<T>(body);
        let scope = SCOPE.with_borrow_mut(Option::take).unwrap_or_default();
        let error = match result {
            Ok(value) => {
                let corrected = located
                    .into_iter()
                    .map(|(_, path)| Corrected::At(path))
                    .chain(scope.unlocated.into_iter().map(Corrected::Key))
                    .collect();
                return Ok((value, corrected));
            }
            Err(error) => error,
        };
        let Some(failed) = scope.failed else {
            return Err(error);
        };
        // The missing field is what failed (not an error from elsewhere that
        // happened to follow it), and is new: each pass gets further than the
        // one before, so this ends. A field without a zero value fails again
        // at the same place, and so ends it.
        let new =
            located.last().is_none_or(|(last, _)| failed.event > *last) && fill_from.is_none();
        let reported = error.is_data()
            && error
                .to_string()
                .starts_with(&format!("missing field `{}`", failed.key));
        if !(new && reported) {
            return Err(error);
        }
        if located.len() < LOCATED_LIMIT {
            let object = super::json_path::object_path_at(body, error.line(), error.column());
            let path = match object.as_str() {
                "." => failed.key.to_owned(),
                _ => format!("{object}.{}", failed.key),
            };
            located.push((failed.event, path));
        } else {
            fill_from = Some(failed.event);
        }
    }
}

/// One `tracing` warning per field [`decode_corrected`] set to its zero
/// value, naming the operation and the field's JSON path.
pub(crate) fn warn_corrected(operation: &Operation, corrected: &[Corrected]) {
    for field in corrected {
        match field {
            Corrected::At(path) => tracing::warn!(
                operation = operation.id,
                path = path.as_str(),
                "the response lacks the required field `{path}`; it is decoded as its zero value"
            ),
            Corrected::Key(key) => tracing::warn!(
                operation = operation.id,
                key = *key,
                "the response lacks a required field `{key}` (not located: over {LOCATED_LIMIT} \
                 fields were missing); it is decoded as its zero value"
            ),
        }
    }
}
