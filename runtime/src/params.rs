//! Parameters on the wire, as OpenAPI's `style`, `explode` and
//! `allowReserved` prescribe, in every location (path, query, header,
//! cookie), and the fields of `application/x-www-form-urlencoded` bodies.
//!
//! A value (anything `Serialize`: a primitive, an array, a map or struct, an
//! untagged `oneOf` of those) is first serialized into a small tree
//! ([`Node`]: empty, text, list or map), then written by its style. The text
//! of a primitive is the text its JSON form has without quotes (a date-time
//! is RFC 3339, an enum its wire value, a UUID hyphenated); `null` is the
//! empty value. What a style cannot express (an array inside an array in
//! `simple` style) is an [`Error::Encode`](super::Error::Encode) naming the
//! parameter; exploded `form` and `deepObject` write nested objects with
//! bracket keys (`a[b][c]=1`) and nested arrays as repeated keys.
//!
//! The forms are those of the Style Examples table of the OpenAPI
//! specification (3.0.3, with the corrections of 3.0.4: `label` without
//! `explode` separates items with `,`, the delimited styles keep the
//! parameter's name, and `|`, `[` and `]` are percent-encoded in a query).

use std::borrow::Cow;
use std::fmt::Display;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::ser::{self, Serialize};

use super::error::{Error, Result};
use super::request::{Request, RequestBody};

/// OpenAPI's `style` of a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `simple` (path, header): `blue,black,brown`.
    Simple,
    /// `label` (path): `.blue.black.brown`.
    Label,
    /// `matrix` (path): `;color=blue,black,brown`.
    Matrix,
    /// `form` (query, cookie, form bodies): `color=blue&color=black`.
    Form,
    /// `spaceDelimited` (query): `color=blue%20black%20brown`.
    SpaceDelimited,
    /// `pipeDelimited` (query): `color=blue%7Cblack%7Cbrown`.
    PipeDelimited,
    /// `deepObject` (query): `color%5BR%5D=100&color%5BG%5D=200`.
    DeepObject,
}

/// How one parameter is written: its [`Style`], `explode` and (in a query)
/// `allowReserved`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParamStyle {
    /// The style.
    pub style: Style,
    /// `explode`: each item of an array, or each entry of an object, is a
    /// parameter (or delimited part) of its own.
    pub explode: bool,
    /// `allowReserved`: the reserved characters of RFC 3986
    /// (`:/?#[]@!$&'()*+,;=`) are sent as they are, not percent-encoded
    /// (a query's values only).
    pub allow_reserved: bool,
}

impl ParamStyle {
    /// A path or header parameter's default: `simple`, not exploded.
    pub const SIMPLE: ParamStyle = ParamStyle::new(Style::Simple, false);
    /// A query or cookie parameter's default: `form`, exploded.
    pub const FORM: ParamStyle = ParamStyle::new(Style::Form, true);

    /// `style` with `explode`, reserved characters percent-encoded.
    pub const fn new(style: Style, explode: bool) -> Self {
        ParamStyle {
            style,
            explode,
            allow_reserved: false,
        }
    }

    /// `simple`, exploded or not.
    pub const fn simple(explode: bool) -> Self {
        Self::new(Style::Simple, explode)
    }

    /// `label`, exploded or not.
    pub const fn label(explode: bool) -> Self {
        Self::new(Style::Label, explode)
    }

    /// `matrix`, exploded or not.
    pub const fn matrix(explode: bool) -> Self {
        Self::new(Style::Matrix, explode)
    }

    /// `form`, exploded or not.
    pub const fn form(explode: bool) -> Self {
        Self::new(Style::Form, explode)
    }

    /// `spaceDelimited`, exploded or not.
    pub const fn space_delimited(explode: bool) -> Self {
        Self::new(Style::SpaceDelimited, explode)
    }

    /// `pipeDelimited`, exploded or not.
    pub const fn pipe_delimited(explode: bool) -> Self {
        Self::new(Style::PipeDelimited, explode)
    }

    /// `deepObject`, exploded or not (the specification defines it
    /// exploded only; it is written so either way).
    pub const fn deep_object(explode: bool) -> Self {
        Self::new(Style::DeepObject, explode)
    }

    /// The same, with the reserved characters sent as they are.
    pub const fn allow_reserved(mut self) -> Self {
        self.allow_reserved = true;
        self
    }
}

/// What a path segment keeps: RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What `allowReserved` keeps besides: RFC 3986's reserved characters.
const UNRESERVED_AND_RESERVED: &AsciiSet = &UNRESERVED
    .remove(b':')
    .remove(b'/')
    .remove(b'?')
    .remove(b'#')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

/// How the names, keys and values of one location are escaped.
#[derive(Clone, Copy)]
enum Escape {
    /// Percent-encode all but the unreserved characters.
    Unreserved,
    /// Percent-encode all but the unreserved and reserved characters.
    Reserved,
    /// Nothing (headers, and form bodies, which are encoded as a whole).
    None,
}

impl Escape {
    fn apply<'s>(self, text: &'s str) -> Cow<'s, str> {
        match self {
            Escape::Unreserved => utf8_percent_encode(text, UNRESERVED).into(),
            Escape::Reserved => utf8_percent_encode(text, UNRESERVED_AND_RESERVED).into(),
            Escape::None => Cow::Borrowed(text),
        }
    }
}

/// A value as styles see it.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// `null`, `None`, `()`.
    Empty,
    /// A primitive's text.
    Text(String),
    /// An array.
    List(Vec<Node>),
    /// An object, entries in serialization order.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The text of a primitive or empty value; `None` for a list or map.
    fn text(&self) -> Option<&str> {
        match self {
            Node::Empty => Some(""),
            Node::Text(t) => Some(t),
            Node::List(_) | Node::Map(_) => None,
        }
    }

    /// An empty list or map counts as an empty value.
    fn is_empty(&self) -> bool {
        match self {
            Node::Empty => true,
            Node::Text(_) => false,
            Node::List(items) => items.is_empty(),
            Node::Map(entries) => entries.is_empty(),
        }
    }
}

fn nested(name: &str, style: Style) -> Error {
    let style = match style {
        Style::Simple => "simple",
        Style::Label => "label",
        Style::Matrix => "matrix",
        Style::Form => "form",
        Style::SpaceDelimited => "spaceDelimited",
        Style::PipeDelimited => "pipeDelimited",
        Style::DeepObject => "deepObject",
    };
    Error::Encode(format!(
        "parameter `{name}`: an array or object inside an array or object cannot be written in `{style}` style"
    ))
}

/// The texts of a list's items, or the keys and values of a map in turn.
fn flat_texts<'n>(name: &str, style: Style, node: &'n Node) -> Result<Vec<&'n str>> {
    let mut out = Vec::new();
    match node {
        Node::List(items) => {
            for item in items {
                out.push(item.text().ok_or_else(|| nested(name, style))?);
            }
        }
        Node::Map(entries) => {
            for (key, value) in entries {
                out.push(key.as_str());
                out.push(value.text().ok_or_else(|| nested(name, style))?);
            }
        }
        Node::Empty | Node::Text(_) => out.extend(node.text()),
    }
    Ok(out)
}

/// The entries of a map as `key=value` texts, escaped.
fn entries_eq(
    name: &str,
    style: Style,
    entries: &[(String, Node)],
    escape: Escape,
) -> Result<Vec<String>> {
    entries
        .iter()
        .map(|(key, value)| {
            let text = value.text().ok_or_else(|| nested(name, style))?;
            Ok(format!("{}={}", escape.apply(key), escape.apply(text)))
        })
        .collect()
}

fn join_escaped(texts: &[&str], escape: Escape, separator: &str) -> String {
    texts
        .iter()
        .map(|t| escape.apply(t))
        .collect::<Vec<_>>()
        .join(separator)
}

/// A `simple`, `label` or `matrix` value: the text of a path parameter (or
/// a header's, unescaped).
fn write_text(name: &str, node: &Node, style: ParamStyle, escape: Escape) -> Result<String> {
    let ParamStyle {
        style: s, explode, ..
    } = style;
    let empty = node.is_empty();
    Ok(match (s, node) {
        (Style::Label, _) if empty => ".".to_owned(),
        (Style::Matrix, _) if empty => format!(";{}", escape.apply(name)),
        (_, _) if empty => String::new(),
        (Style::Matrix, Node::Text(t)) => format!(";{}={}", escape.apply(name), escape.apply(t)),
        (Style::Matrix, Node::List(_)) if explode => {
            let prefix = format!(";{}=", escape.apply(name));
            let texts = flat_texts(name, s, node)?;
            texts
                .iter()
                .map(|t| format!("{prefix}{}", escape.apply(t)))
                .collect()
        }
        (Style::Matrix, Node::Map(entries)) if explode => {
            let parts = entries_eq(name, s, entries, escape)?;
            parts.iter().map(|p| format!(";{p}")).collect()
        }
        (Style::Matrix, _) => format!(
            ";{}={}",
            escape.apply(name),
            join_escaped(&flat_texts(name, s, node)?, escape, ",")
        ),
        (Style::Label, Node::Map(entries)) if explode => {
            let parts = entries_eq(name, s, entries, escape)?;
            parts.iter().map(|p| format!(".{p}")).collect()
        }
        (Style::Label, _) => {
            let separator = if explode { "." } else { "," };
            format!(
                ".{}",
                join_escaped(&flat_texts(name, s, node)?, escape, separator)
            )
        }
        // `simple`, and the query styles out of place (a diagnostic at
        // generation): as `simple`.
        (_, Node::Map(entries)) if explode => entries_eq(name, s, entries, escape)?.join(","),
        (_, _) => join_escaped(&flat_texts(name, s, node)?, escape, ","),
    })
}

/// Pairs of exploded form and deep objects: an object's entries under
/// `key[entry]`, an array's items each under `key`.
fn flatten(key: String, node: &Node, escapes: [Escape; 2], out: &mut Vec<(String, String)>) {
    let [escape, key_escape] = escapes;
    match node {
        Node::Empty => out.push((key, String::new())),
        Node::Text(t) => out.push((key, escape.apply(t).into_owned())),
        Node::List(items) => {
            for item in items {
                flatten(key.clone(), item, escapes, out);
            }
        }
        Node::Map(entries) => {
            for (entry, value) in entries {
                flatten(bracketed(&key, entry, key_escape), value, escapes, out);
            }
        }
    }
}

/// `key[entry]`, the entry and brackets escaped.
fn bracketed(key: &str, entry: &str, key_escape: Escape) -> String {
    format!(
        "{key}{}{}{}",
        key_escape.apply("["),
        key_escape.apply(entry),
        key_escape.apply("]")
    )
}

/// The `name=value` pairs of a query, cookie or form-body parameter, names
/// escaped by `key_escape` and values by `escape`.
fn write_pairs(
    name: &str,
    node: &Node,
    style: ParamStyle,
    escape: Escape,
    key_escape: Escape,
) -> Result<Vec<(String, String)>> {
    let ParamStyle {
        style: s, explode, ..
    } = style;
    let key = key_escape.apply(name).into_owned();
    let escapes = [escape, key_escape];
    let mut out = Vec::new();
    let delimiter = match s {
        Style::SpaceDelimited => key_escape.apply(" "),
        Style::PipeDelimited => key_escape.apply("|"),
        _ => Cow::Borrowed(","),
    };
    match (s, node) {
        (Style::DeepObject, Node::Map(entries)) => {
            for (entry, value) in entries {
                flatten(bracketed(&key, entry, key_escape), value, escapes, &mut out);
            }
        }
        // An empty array of an exploded parameter is no parameter at all.
        (_, Node::List(items)) if explode && items.is_empty() => {}
        (_, Node::List(items)) if explode || s == Style::DeepObject => {
            for item in items {
                flatten(key.clone(), item, escapes, &mut out);
            }
        }
        (_, Node::Map(entries)) if explode => {
            for (entry, value) in entries {
                flatten(
                    key_escape.apply(entry).into_owned(),
                    value,
                    escapes,
                    &mut out,
                );
            }
        }
        (_, _) => {
            let texts = flat_texts(name, s, node)?;
            out.push((key, join_escaped(&texts, escape, &delimiter)));
        }
    }
    Ok(out)
}

/// The text of a path parameter in its style, percent-encoded, for
/// [`expand_path_encoded`](super::expand_path_encoded).
pub fn path_param<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: ParamStyle,
) -> Result<String> {
    write_text(name, &to_node(value)?, style, Escape::Unreserved)
}

impl Request {
    /// Adds a query parameter written in `style` (see [`ParamStyle`]): an
    /// array or object may be one parameter or several.
    pub fn query_param<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: ParamStyle,
    ) -> Result<()> {
        let escape = if style.allow_reserved {
            Escape::Reserved
        } else {
            Escape::Unreserved
        };
        let pairs = write_pairs(name, &to_node(value)?, style, escape, Escape::Unreserved)?;
        for (key, value) in pairs {
            if !self.encoded_query.is_empty() {
                self.encoded_query.push('&');
            }
            self.encoded_query.push_str(&key);
            self.encoded_query.push('=');
            self.encoded_query.push_str(&value);
        }
        Ok(())
    }

    /// Adds a header parameter written in `style` (`simple`).
    pub fn header_param<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
        style: ParamStyle,
    ) -> Result<()> {
        let text = write_text(name, &to_node(value)?, style, Escape::None)?;
        self.headers.push((name, text));
        Ok(())
    }

    /// Adds a cookie parameter written in `style` (`form`) to the request's
    /// one `Cookie` header: `name=value` pairs separated by `; `, values
    /// percent-encoded.
    pub fn cookie_param<T: Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: ParamStyle,
    ) -> Result<()> {
        let pairs = write_pairs(
            name,
            &to_node(value)?,
            style,
            Escape::Unreserved,
            Escape::Unreserved,
        )?;
        let text = pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        if text.is_empty() {
            return Ok(());
        }
        match self
            .headers
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case("cookie"))
        {
            Some((_, existing)) => {
                existing.push_str("; ");
                existing.push_str(&text);
            }
            None => self.headers.push(("Cookie", text)),
        }
        Ok(())
    }
}

impl RequestBody {
    /// Serializes `value` (an object) as an `application/x-www-form-urlencoded`
    /// body: each property in the style `styles` gives it (the media type's
    /// `encoding`), by default `form`, exploded: an array is one field per
    /// item (`a=1&a=2`), an object one field per entry with bracket keys
    /// (`obj[k]=v`, as `deepObject`).
    pub fn form_styled<T: Serialize + ?Sized>(
        value: &T,
        styles: &[(&str, ParamStyle)],
    ) -> Result<Self> {
        let entries = match to_node(value)? {
            Node::Map(entries) => entries,
            // A list of `(name, value)` pairs.
            Node::List(items) => items
                .into_iter()
                .map(|item| match item {
                    Node::List(pair) => match <[Node; 2]>::try_from(pair) {
                        Ok([Node::Text(name), value]) => Ok((name, value)),
                        _ => Err(()),
                    },
                    _ => Err(()),
                })
                .collect::<std::result::Result<Vec<_>, ()>>()
                .map_err(|()| form_shape())?,
            _ => return Err(form_shape()),
        };
        let mut pairs = Vec::new();
        for (name, node) in &entries {
            let style = styles
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, s)| *s)
                .unwrap_or(match node {
                    Node::Map(_) => ParamStyle::new(Style::DeepObject, true),
                    _ => ParamStyle::FORM,
                });
            pairs.extend(write_pairs(name, node, style, Escape::None, Escape::None)?);
        }
        serde_urlencoded::to_string(&pairs)
            .map(|text| RequestBody::Form(bytes::Bytes::from(text)))
            .map_err(|e| Error::Encode(e.to_string()))
    }
}

fn to_node<T: Serialize + ?Sized>(value: &T) -> Result<Node> {
    value
        .serialize(NodeSerializer)
        .map_err(|e| Error::Encode(e.0))
}

type NodeResult<T = Node> = std::result::Result<T, NodeError>;

/// Why a value has no [`Node`].
#[derive(Debug)]
struct NodeError(String);

impl Display for NodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NodeError {}

impl ser::Error for NodeError {
    fn custom<T: Display>(msg: T) -> Self {
        NodeError(msg.to_string())
    }
}

fn form_shape() -> Error {
    Error::Encode("a form body must be an object, or a list of (name, value) pairs".to_owned())
}

/// Serializes a value into a [`Node`].
struct NodeSerializer;

fn text(value: impl Display) -> NodeResult {
    Ok(Node::Text(value.to_string()))
}

impl ser::Serializer for NodeSerializer {
    type Ok = Node;
    type Error = NodeError;
    type SerializeSeq = ListBuilder;
    type SerializeTuple = ListBuilder;
    type SerializeTupleStruct = ListBuilder;
    type SerializeTupleVariant = Variant<ListBuilder>;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = Variant<MapBuilder>;

    fn serialize_bool(self, v: bool) -> NodeResult {
        text(v)
    }
    fn serialize_i8(self, v: i8) -> NodeResult {
        text(v)
    }
    fn serialize_i16(self, v: i16) -> NodeResult {
        text(v)
    }
    fn serialize_i32(self, v: i32) -> NodeResult {
        text(v)
    }
    fn serialize_i64(self, v: i64) -> NodeResult {
        text(v)
    }
    fn serialize_i128(self, v: i128) -> NodeResult {
        text(v)
    }
    fn serialize_u8(self, v: u8) -> NodeResult {
        text(v)
    }
    fn serialize_u16(self, v: u16) -> NodeResult {
        text(v)
    }
    fn serialize_u32(self, v: u32) -> NodeResult {
        text(v)
    }
    fn serialize_u64(self, v: u64) -> NodeResult {
        text(v)
    }
    fn serialize_u128(self, v: u128) -> NodeResult {
        text(v)
    }
    fn serialize_f32(self, v: f32) -> NodeResult {
        text(v)
    }
    fn serialize_f64(self, v: f64) -> NodeResult {
        text(v)
    }
    fn serialize_char(self, v: char) -> NodeResult {
        text(v)
    }
    fn serialize_str(self, v: &str) -> NodeResult {
        text(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> NodeResult {
        Err(NodeError(
            "bytes have no text form as a parameter".to_owned(),
        ))
    }
    fn serialize_none(self) -> NodeResult {
        Ok(Node::Empty)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> NodeResult {
        value.serialize(self)
    }
    fn serialize_unit(self) -> NodeResult {
        Ok(Node::Empty)
    }
    fn serialize_unit_struct(self, _: &'static str) -> NodeResult {
        Ok(Node::Empty)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> NodeResult {
        text(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> NodeResult {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> NodeResult {
        Ok(Node::Map(vec![(
            variant.to_owned(),
            value.serialize(self)?,
        )]))
    }
    fn serialize_seq(self, len: Option<usize>) -> NodeResult<ListBuilder> {
        Ok(ListBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> NodeResult<ListBuilder> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> NodeResult<ListBuilder> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> NodeResult<Variant<ListBuilder>> {
        Ok(Variant(variant, self.serialize_seq(Some(len))?))
    }
    fn serialize_map(self, len: Option<usize>) -> NodeResult<MapBuilder> {
        Ok(MapBuilder(Vec::with_capacity(len.unwrap_or(0)), None))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> NodeResult<MapBuilder> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> NodeResult<Variant<MapBuilder>> {
        Ok(Variant(variant, self.serialize_map(Some(len))?))
    }
}

/// The items of an array so far.
struct ListBuilder(Vec<Node>);

impl ser::SerializeSeq for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> NodeResult<()> {
        self.0.push(value.serialize(NodeSerializer)?);
        Ok(())
    }
    fn end(self) -> NodeResult {
        Ok(Node::List(self.0))
    }
}

impl ser::SerializeTuple for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> NodeResult<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> NodeResult {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for ListBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> NodeResult<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> NodeResult {
        ser::SerializeSeq::end(self)
    }
}

/// The entries of an object so far, and a key waiting for its value.
struct MapBuilder(Vec<(String, Node)>, Option<String>);

impl ser::SerializeMap for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> NodeResult<()> {
        let key = match key.serialize(NodeSerializer)? {
            Node::Text(t) => t,
            Node::Empty => String::new(),
            Node::List(_) | Node::Map(_) => {
                return Err(NodeError(
                    "an object key must be a string or number".to_owned(),
                ))
            }
        };
        self.1 = Some(key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> NodeResult<()> {
        let key = self.1.take().unwrap_or_default();
        self.0.push((key, value.serialize(NodeSerializer)?));
        Ok(())
    }
    fn end(self) -> NodeResult {
        Ok(Node::Map(self.0))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> NodeResult<()> {
        self.0
            .push((key.to_owned(), value.serialize(NodeSerializer)?));
        Ok(())
    }
    fn end(self) -> NodeResult {
        Ok(Node::Map(self.0))
    }
}

/// An enum variant with data: an object of one entry, as JSON writes it.
struct Variant<B>(&'static str, B);

impl ser::SerializeTupleVariant for Variant<ListBuilder> {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> NodeResult<()> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> NodeResult {
        Ok(Node::Map(vec![(self.0.to_owned(), Node::List(self.1 .0))]))
    }
}

impl ser::SerializeStructVariant for Variant<MapBuilder> {
    type Ok = Node;
    type Error = NodeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> NodeResult<()> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, value)
    }
    fn end(self) -> NodeResult {
        Ok(Node::Map(vec![(self.0.to_owned(), Node::Map(self.1 .0))]))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// The Style Examples table of the OpenAPI specification (3.0.3, with
    /// the corrections of 3.0.4), for a parameter `color`: style, explode,
    /// then the empty value, `"blue"`, `["blue", "black", "brown"]` and
    /// `{"R": 100, "G": 200, "B": 150}`; `-` where the table has no value.
    /// Query rows hold the query string, header and cookie rows the header.
    const TABLE: &str = "
        matrix         | false | ;color | ;color=blue | ;color=blue,black,brown             | ;color=R,100,G,200,B,150
        matrix         | true  | ;color | ;color=blue | ;color=blue;color=black;color=brown | ;R=100;G=200;B=150
        label          | false | .      | .blue       | .blue,black,brown                   | .R,100,G,200,B,150
        label          | true  | .      | .blue       | .blue.black.brown                   | .R=100.G=200.B=150
        simple         | false |        | blue        | blue,black,brown                    | R,100,G,200,B,150
        simple         | true  |        | blue        | blue,black,brown                    | R=100,G=200,B=150
        form           | false | color= | color=blue  | color=blue,black,brown              | color=R,100,G,200,B,150
        form           | true  | color= | color=blue  | color=blue&color=black&color=brown  | R=100&G=200&B=150
        spaceDelimited | false | -      | -           | color=blue%20black%20brown          | color=R%20100%20G%20200%20B%20150
        pipeDelimited  | false | -      | -           | color=blue%7Cblack%7Cbrown          | color=R%7C100%7CG%7C200%7CB%7C150
        deepObject     | true  | -      | -           | -                                   | color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150
        header         | false |        | blue        | blue,black,brown                    | R,100,G,200,B,150
        header         | true  |        | blue        | blue,black,brown                    | R=100,G=200,B=150
        cookie         | false | color= | color=blue  | color=blue,black,brown              | color=R,100,G,200,B,150
        cookie         | true  | color= | color=blue  | color=blue; color=black; color=brown | R=100; G=200; B=150
    ";

    #[derive(serde::Serialize)]
    #[allow(non_snake_case)]
    struct Rgb {
        R: u8,
        G: u8,
        B: u8,
    }

    /// A value of the table.
    #[derive(serde::Serialize)]
    #[serde(untagged)]
    enum Cell {
        Empty(()),
        String(&'static str),
        Array([&'static str; 3]),
        Object(Rgb),
    }

    fn request() -> Request {
        Request::new(&crate::request::tests_support::OPERATION, "/".to_owned())
    }

    fn query<T: Serialize + ?Sized>(value: &T, style: ParamStyle) -> String {
        let mut request = request();
        request.query_param("color", value, style).unwrap();
        request.encoded_query
    }

    /// What `value` becomes in the row's location, by its style name.
    fn written(style: &str, explode: bool, value: &Cell) -> String {
        let styled = |style| ParamStyle::new(style, explode);
        let mut request = request();
        match style {
            "matrix" => path_param("color", value, styled(Style::Matrix)).unwrap(),
            "label" => path_param("color", value, styled(Style::Label)).unwrap(),
            "simple" => path_param("color", value, styled(Style::Simple)).unwrap(),
            "form" => query(value, styled(Style::Form)),
            "spaceDelimited" => query(value, styled(Style::SpaceDelimited)),
            "pipeDelimited" => query(value, styled(Style::PipeDelimited)),
            "deepObject" => query(value, styled(Style::DeepObject)),
            "header" => {
                let style = styled(Style::Simple);
                request.header_param("X-Color", value, style).unwrap();
                request.headers.remove(0).1
            }
            "cookie" => {
                let style = styled(Style::Form);
                request.cookie_param("color", value, style).unwrap();
                request.headers.remove(0).1
            }
            other => panic!("no style {other}"),
        }
    }

    #[test]
    fn every_cell_of_the_style_examples_table() {
        let values = [
            Cell::Empty(()),
            Cell::String("blue"),
            Cell::Array(["blue", "black", "brown"]),
            Cell::Object(Rgb {
                R: 100,
                G: 200,
                B: 150,
            }),
        ];
        let mut checked = 0;
        for row in TABLE.lines().filter(|l| !l.trim().is_empty()) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let [style, explode, expected @ ..] = cells.as_slice() else {
                panic!("bad row {row}");
            };
            let explode = *explode == "true";
            for (value, expected) in values.iter().zip(expected) {
                if *expected == "-" {
                    continue;
                }
                let got = written(style, explode, value);
                assert_eq!(&got, expected, "{style} explode={explode}");
                checked += 1;
            }
        }
        assert_eq!(checked, 53);
    }

    #[test]
    fn exploded_delimited_arrays_are_exploded_form() {
        let value = ["blue", "black"];
        for style in [Style::SpaceDelimited, Style::PipeDelimited] {
            let style = ParamStyle::new(style, true);
            assert_eq!(query(&value, style), "color=blue&color=black");
        }
    }

    #[test]
    fn empty_arrays_of_exploded_parameters_are_left_out() {
        let empty: [&str; 0] = [];
        assert_eq!(query(&empty, ParamStyle::FORM), "");
        assert_eq!(query(&empty, ParamStyle::new(Style::Form, false)), "color=");
        let mut request = request();
        request.cookie_param("a", "1 2", ParamStyle::FORM).unwrap();
        request.cookie_param("b", &empty, ParamStyle::FORM).unwrap();
        request.cookie_param("c", &true, ParamStyle::FORM).unwrap();
        assert_eq!(request.headers, [("Cookie", "a=1%202; c=true".to_owned())]);
    }

    #[test]
    fn reserved_characters_are_encoded_unless_allowed() {
        let value = "a/b?c=d&e,f [x]";
        assert_eq!(
            query(value, ParamStyle::FORM),
            "color=a%2Fb%3Fc%3Dd%26e%2Cf%20%5Bx%5D"
        );
        assert_eq!(
            query(value, ParamStyle::FORM.allow_reserved()),
            "color=a/b?c=d&e,f%20[x]"
        );
        assert_eq!(
            path_param("p", value, ParamStyle::SIMPLE).unwrap(),
            "a%2Fb%3Fc%3Dd%26e%2Cf%20%5Bx%5D"
        );
        // Delimiters stay; items are encoded.
        let items = ["a,b", "c d"];
        assert_eq!(
            query(&items, ParamStyle::new(Style::Form, false)),
            "color=a%2Cb,c%20d"
        );
        assert_eq!(
            path_param("p", &items, ParamStyle::new(Style::Matrix, true)).unwrap(),
            ";p=a%2Cb;p=c%20d"
        );
        let mut request = request();
        request
            .header_param("X-P", "a b/c", ParamStyle::SIMPLE)
            .unwrap();
        assert_eq!(request.headers, [("X-P", "a b/c".to_owned())]);
    }

    #[test]
    fn nested_values_use_bracket_keys_where_pairs_allow_and_fail_elsewhere() {
        let value = serde_json::json!({"created": {"gt": 1, "lt": 5}, "ids": [1, 2]});
        assert_eq!(
            query(&value, ParamStyle::new(Style::DeepObject, true)),
            "color%5Bcreated%5D%5Bgt%5D=1&color%5Bcreated%5D%5Blt%5D=5\
             &color%5Bids%5D=1&color%5Bids%5D=2"
        );
        assert_eq!(
            query(&value, ParamStyle::FORM),
            "created%5Bgt%5D=1&created%5Blt%5D=5&ids=1&ids=2"
        );
        let error = path_param("p", &value, ParamStyle::SIMPLE).unwrap_err();
        assert!(
            matches!(&error, Error::Encode(m) if m.contains("`p`") && m.contains("`simple` style")),
            "{error}"
        );
        let mut request = request();
        let pipes = ParamStyle::new(Style::PipeDelimited, false);
        assert!(request.query_param("q", &value, pipes).is_err());
        assert!(request
            .header_param("X-Q", &value, ParamStyle::SIMPLE)
            .is_err());
    }

    #[test]
    fn typed_values_have_their_json_text() {
        #[derive(serde::Serialize)]
        #[serde(untagged)]
        enum NameOrId {
            Id(u64),
            Name(String),
        }
        #[derive(serde::Serialize)]
        enum Kind {
            #[serde(rename = "read-only")]
            ReadOnly,
        }
        let name = NameOrId::Name("my disk".into());
        assert_eq!(
            path_param("p", &name, ParamStyle::SIMPLE).unwrap(),
            "my%20disk"
        );
        assert_eq!(
            path_param("p", &NameOrId::Id(7), ParamStyle::SIMPLE).unwrap(),
            "7"
        );
        assert_eq!(
            path_param("p", &Kind::ReadOnly, ParamStyle::SIMPLE).unwrap(),
            "read-only"
        );
        let at: chrono::DateTime<chrono::Utc> = "2024-01-01T10:00:00.5+02:00".parse().unwrap();
        assert_eq!(
            path_param("p", &at, ParamStyle::SIMPLE).unwrap(),
            "2024-01-01T08%3A00%3A00.500Z"
        );
        let map: BTreeMap<&str, Option<i32>> = [("a", Some(1)), ("b", None)].into();
        assert_eq!(query(&map, ParamStyle::FORM), "a=1&b=");
    }

    #[test]
    fn form_bodies_explode_arrays_and_bracket_objects_unless_styled() {
        let text = |body: RequestBody| match body {
            RequestBody::Form(bytes) => String::from_utf8(bytes.to_vec()).unwrap(),
            other => panic!("not a form: {other:?}"),
        };
        // Keys in order, as serde_json keeps or sorts them.
        let value = serde_json::json!({
            "ids": [1, 2],
            "meta": {"deep": {"n": 1}, "k": "v"},
            "name": "a b",
            "tags": ["x", "y&z"]
        });
        assert_eq!(
            text(RequestBody::form(&value).unwrap()),
            "ids=1&ids=2&meta%5Bdeep%5D%5Bn%5D=1&meta%5Bk%5D=v&name=a+b&tags=x&tags=y%26z"
        );
        let styles = [
            ("ids", ParamStyle::new(Style::Form, false)),
            ("tags", ParamStyle::new(Style::PipeDelimited, false)),
        ];
        assert_eq!(
            text(RequestBody::form_styled(&value, &styles).unwrap()),
            "ids=1%2C2&meta%5Bdeep%5D%5Bn%5D=1&meta%5Bk%5D=v&name=a+b&tags=x%7Cy%26z"
        );
        assert_eq!(
            text(RequestBody::form(&[("a", "1 2"), ("b", "&")]).unwrap()),
            "a=1+2&b=%26"
        );
        assert!(RequestBody::form(&serde_json::json!([1, 2])).is_err());
        assert!(RequestBody::form(&"text").is_err());
    }
}
