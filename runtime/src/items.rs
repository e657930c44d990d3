//! The macros that generated code is written with: each takes an item as
//! a reader would write it by hand (or names one) and adds the impls every
//! item of its kind shares, so that a generated file shows fields, values
//! and parameters, and the machinery is here once.

/// A struct read from and written as a JSON object.
///
/// ```text
/// object! {
///     /// Docs.
///     #[derive(Debug, Clone, PartialEq)]
///     #[non_exhaustive]
///     pub struct Name {
///         /// Docs of the field.
///         #[wire(required)]
///         pub field: Type,
///         #[wire("type")]
///         pub r#type: Option<Type>,
///         #[wire(required)]
///         pub nullable: Option<Type>,
///         #[additional]
///         /// Docs of the map.
///         pub additional_properties: BTreeMap<String, Value>,
///     }
/// }
/// ```
///
/// The struct is written as given, with [`ToFields`](super::ToFields),
/// [`FromFields`](super::FromFields), `Serialize` and `Deserialize`. A
/// field's key is its name, or the string of its `#[wire("..")]`. An
/// `Option` or [`Nullable`](super::Nullable) field may be absent: it is
/// skipped when `None` (`Absent`) and is `None` (`Absent`) when its key is
/// missing, unless `#[wire(required)]` says it is always written (as `null`
/// when `None`). A field of any other type is always written, and its key
/// missing is serde's missing-field error, unless the response is being
/// corrected (the client's default, see
/// [`ClientBuilder::strict_decoding`](super::ClientBuilder::strict_decoding)):
/// the field is then its [zero value](super::Field::zero), which for the
/// struct itself is every required field at its zero value and every
/// optional one absent. The last field may be
/// `#[additional]`: a map that keeps the keys no field names, written after
/// the fields (the struct is then written as a map). Unknown keys are
/// skipped otherwise; a repeated key keeps its last value.
///
/// The struct also gets `new`, taking the fields marked `required` (each as
/// `impl Into<Type>`), in order, and leaving every other field `None`,
/// `Absent` or empty: with `#[non_exhaustive]` on the struct, other crates
/// build it with `new` and assign the optional fields, so a field added
/// later breaks none of them. `required` on a field of a type that is not
/// an `Option` only makes it an argument of `new` (it is written anyway).
#[macro_export]
#[doc(hidden)]
macro_rules! object {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $(#[deprecated = $deprecated:literal])?
                $(#[wire($($key:literal)? $(,)? $(required $($required:tt)*)?)])?
                pub $field:ident : $ty:ty,
            )*
            $(
                #[additional]
                $(#[doc = $additional_doc:literal])*
                pub $additional:ident : $additional_ty:ty,
            )?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[doc = $doc])*
                $(#[deprecated = $deprecated])?
                pub $field: $ty,
            )*
            $(
                $(#[doc = $additional_doc])*
                pub $additional: $additional_ty,
            )?
        }

        impl $crate::Field for $name {
            #[inline]
            fn zero() -> ::core::option::Option<Self> {
                $crate::zero_object()
            }
        }

        impl $crate::ToFields for $name {
            const NAME: &'static str = stringify!($name);
            const ADDITIONAL: bool = $crate::object!(@has $($additional)?);

            #[allow(deprecated)]
            fn to_fields<__W: $crate::FieldWriter>(&self, fields: __W) -> __W {
                fields
                    $(.field(
                        $crate::object!(@key $field $($($key)?)?),
                        &self.$field,
                        $crate::object!(@always $($($($required)* required)?)?),
                    ))*
                    $(.additional(&self.$additional))?
            }
        }

        impl $crate::FromFields for $name {
            const EXPECTING: &'static str = concat!("struct ", stringify!($name));

            #[allow(deprecated, unused_mut, unused_variables)]
            fn from_fields<'de, __A: $crate::__serde::de::MapAccess<'de>>(
                mut __map: $crate::Fields<__A>,
            ) -> ::core::result::Result<Self, __A::Error> {
                $(let mut $field: ::core::option::Option<$ty> = None;)*
                $(let mut $additional = ::std::collections::BTreeMap::new();)?
                while let Some(__key) = __map.next_key()? {
                    let __read = match __key.as_str() {
                        $($crate::object!(@key $field $($($key)?)?) => {
                            __map.fill(&mut $field)
                        })*
                        _ => $crate::object!(@unknown __map, __key; $($additional)?),
                    };
                    __read?;
                }
                // One match for every field, rather than a `?` each.
                let mut __missing = None;
                match ($($crate::present(
                    $field,
                    $crate::object!(@key $field $($($key)?)?),
                    &mut __missing,
                ),)*) {
                    ($(Some($field),)*) => Ok($name {
                        $($field,)*
                        $($additional,)?
                    }),
                    #[allow(unreachable_patterns)]
                    _ => Err($crate::missing_field(__missing)),
                }
            }
        }

        impl $name {
            /// A value with the required fields given (in the struct's order) and
            /// every optional field absent.
            #[allow(deprecated, clippy::too_many_arguments)]
            pub fn new($($($(
                $($required)*
                $field: impl ::core::convert::Into<$ty>,
            )?)?)*) -> Self {
                $name {
                    $($field: $crate::object!(@new $field $($($($required)* required)?)?),)*
                    $($additional: ::core::default::Default::default(),)?
                }
            }
        }

        $crate::object_serde!($name);
    };
    (@has) => { false };
    (@has $additional:ident) => { true };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@always) => { false };
    (@always required) => { true };
    (@new $field:ident) => { ::core::default::Default::default() };
    (@new $field:ident required) => { ::core::convert::Into::into($field) };
    (@unknown $map:ident, $key:ident;) => { $map.skip() };
    (@unknown $map:ident, $key:ident; $additional:ident) => { $map.keep($key, &mut $additional) };
}

/// An open string enum: its values, and `Unknown(String)` for any other.
///
/// ```text
/// open_enum! {
///     /// Docs.
///     pub enum Name {
///         First = "first",
///         Second = "second",
///     }
/// }
/// ```
///
/// The enum is written with the variants given, each a unit variant whose
/// wire value is its string, and `Unknown(String)`, `#[non_exhaustive]`,
/// with `Debug`, `Clone`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord`,
/// `as_str`, `From<&str>`, `Display`, `Serialize` and `Deserialize` (as a
/// string).
#[macro_export]
#[doc(hidden)]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $variant:ident = $wire:literal
            ),*
            $(,)?
        }
    ) => {
        $(#[$meta])*
        ///
        /// Values this version of the crate does not know are kept in `Unknown`.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[doc = $doc])* $variant,)*
            /// A value not listed in the spec this crate was generated from.
            Unknown(String),
        }

        impl $name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Unknown(value) => value,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl $crate::Field for $name {
            #[inline]
            fn zero() -> ::core::option::Option<Self> {
                ::core::option::Option::Some(Self::Unknown(::std::string::String::new()))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                let value = <String as $crate::__serde::Deserialize>::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    };
}

/// What every request builder shares: `header`, `timeout`,
/// `attempt_timeout`, `send`, `send_with_metadata`, `send_raw` and `.await`.
///
/// ```text
/// call!(GetThing, types::Thing, Json);
/// call!(GetCount, i64, Header("x-total-count"));
/// ```
///
/// The builder is a struct with a field `call` (a
/// [`CallOptions`](super::CallOptions): the client it owns a handle to, and
/// the per-call settings) and a method `request(self)` that describes its
/// call and returns the client and the [`Request`](super::Request) from
/// [`CallOptions::finish`](super::CallOptions::finish); the arguments are
/// the type of its result and the runtime's decoder of the success response
/// ([`Json`](super::Json), [`Unit`](super::Unit), [`Text`](super::Text),
/// [`Body`](super::Body) or [`Header`](super::Header) with the header's
/// name). The builder and the [`Call`](super::Call) it becomes own their
/// client handle, so both are `Send + 'static` (a call can be spawned).
/// `send`, `send_with_metadata`, `send_raw` and `into_future` are
/// `#[inline]`: their code (and the serialization of a request body) is
/// compiled in the crate that calls them.
#[macro_export]
#[doc(hidden)]
macro_rules! call {
    ($builder:ident, $response:ty, Header($name:literal)) => {
        $crate::call!(
            @impl $builder, $response, Header, $crate::Header($name)
        );
    };
    ($builder:ident, $response:ty, $decoder:ident) => {
        $crate::call!(@impl $builder, $response, $decoder, $crate::$decoder);
    };
    (@impl $builder:ident, $response:ty, $decoder:ident, $decode:expr) => {
        impl $builder {
            /// Adds a header to this call, such as an `Idempotency-Key` that
            /// makes a POST safe to retry. A `User-Agent` replaces the
            /// client's for this call (a request never carries two).
            pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
                self.call.add_header(name, value);
                self
            }

            /// Sets the deadline of the whole call, overriding the client's
            /// default: every attempt, the waits between attempts and the waits
            /// for rate limits end within it. A wait that would end after it
            /// fails the call at once. Each attempt is also bounded by its own
            /// timeout (`attempt_timeout`, 60 s by default): raise that for a
            /// single long request.
            pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.call.set_timeout(timeout);
                self
            }

            /// Sets the timeout of each attempt (from sending the request to
            /// reading the whole body), overriding the client's default. A
            /// timed-out attempt may be retried, within the call's deadline.
            pub fn attempt_timeout(mut self, timeout: ::std::time::Duration) -> Self {
                self.call.set_attempt_timeout(timeout);
                self
            }

            /// Sends the request and decodes the success response.
            #[inline]
            pub fn send(self) -> $crate::Call<$response, $crate::$decoder> {
                $crate::Call::new(self.request(), $decode)
            }

            /// Sends the request and decodes the success response, keeping its
            /// status, headers, request id and the server's rate-limit headers
            /// with the value.
            #[inline]
            pub fn send_with_metadata(
                self,
            ) -> $crate::Call<$crate::Response<$response>, $crate::WithMetadata<$crate::$decoder>>
            {
                $crate::Call::new(self.request(), $crate::WithMetadata($decode))
            }

            /// Sends the request and returns the response as received, whatever its status.
            #[inline]
            pub fn send_raw(self) -> $crate::Call<$crate::RawResponse, $crate::Raw> {
                $crate::Call::raw(self.request())
            }
        }

        impl ::std::future::IntoFuture for $builder {
            type Output = $crate::Result<$response>;
            type IntoFuture = $crate::Call<$response, $crate::$decoder>;

            #[inline]
            fn into_future(self) -> Self::IntoFuture {
                self.send()
            }
        }
    };
}
