//! The generator's own model of an API: plain data, resolved and named,
//! with no tokens in it. [`crate::lower`] builds it; [`crate::emit`] reads it.

pub use crate::formats::Scalar;

/// Index of a [`TypeDef`] in [`Api::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub usize);

/// A whole API.
#[derive(Debug, Clone)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The base URL: the first of `servers`, or the generation option.
    pub base_url: Option<String>,
    /// Every named type. Indexed by [`TypeId`]; emit in name order.
    pub types: Vec<TypeDef>,
    /// Every operation, sorted by method name.
    pub operations: Vec<Operation>,
    /// The document's first server, when its URL has variables (the
    /// client's base URL is resolved from it).
    pub server: Option<Server>,
    /// One setter per server variable name of every server (the document's,
    /// paths', operations'), sorted by name.
    pub variables: Vec<VariableSetter>,
    /// `components.securitySchemes` that can be sent, sorted by name; empty
    /// when the document defines none (every operation then sends the
    /// client's bearer token).
    pub security_schemes: Vec<SecurityScheme>,
}

/// A server URL template (a `servers` entry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The URL template, `{name}` standing for a variable.
    pub url: String,
    /// Its variables, sorted by name.
    pub variables: Vec<ServerVariable>,
}

/// A variable of one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVariable {
    /// The name between braces.
    pub name: String,
    /// `default`.
    pub default: String,
    /// `enum`; empty when any value is allowed.
    pub values: Vec<String>,
    /// `description`.
    pub docs: Docs,
}

/// The client's setter of one server variable (every server declaring a
/// variable of that name takes its value).
#[derive(Debug, Clone)]
pub struct VariableSetter {
    /// The variable's name.
    pub name: String,
    /// The setter's Rust name.
    pub method: String,
    /// The default of its first declaration.
    pub default: String,
    /// The Rust name of its enum and its variants, when every declaration
    /// lists the same `enum` values.
    pub values: Option<(String, Vec<Variant>)>,
    /// `description`.
    pub docs: Docs,
}

/// A security scheme the client can send a credential for.
#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Its name in `components.securitySchemes`.
    pub name: String,
    /// The setter's Rust name.
    pub method: String,
    /// For a bearer scheme, the Rust name of the setter taking a token provider.
    pub provider_method: Option<String>,
    /// How the credential is sent.
    pub kind: SchemeKind,
    /// `description`.
    pub docs: Docs,
}

/// How a security scheme's credential is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// `apiKey`: in a header, query parameter or cookie of that name.
    ApiKey {
        /// `in`.
        location: ApiKeyLocation,
        /// `name`.
        name: String,
    },
    /// `http` with scheme `basic`.
    Basic,
    /// `http` bearer, `oauth2` or `openIdConnect`: a bearer token.
    Bearer,
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

impl Api {
    /// The type behind `id`.
    pub fn ty(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }
}

/// Documentation carried over from the spec.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs {
    /// `title` or `summary`.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// A named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The Rust name, unique in the crate.
    pub name: String,
    /// Where the schema is, e.g. `#/components/schemas/Project`.
    pub pointer: String,
    /// The type's identity across spec versions: its pointer, with positional
    /// `oneOf` segments replaced by variant names.
    pub key: String,
    /// The keys of the other places whose (identical) schemas share this
    /// type, sorted.
    pub also: Vec<String>,
    /// The generated file (module) the type lives in, e.g. `project`.
    pub module: String,
    /// Docs from the schema.
    pub docs: Docs,
    /// `deprecated: true` on the schema.
    pub deprecated: bool,
    /// What the type is.
    pub kind: TypeKind,
    /// Reachable from a request body (so optional nullable fields are tri-state).
    pub in_request: bool,
}

/// The shape of a named type.
#[derive(Debug, Clone)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Struct),
    /// A string enum.
    Enum(Enum),
    /// A `oneOf`.
    OneOf(OneOf),
    /// Any other schema with a name of its own: a newtype over `Ty`.
    Alias(Ty),
    /// The parts of a `multipart/form-data` body (no serde: it becomes parts).
    Multipart(Vec<MultipartField>),
}

/// An object type.
#[derive(Debug, Clone)]
pub struct Struct {
    /// Fields, sorted by wire name.
    pub fields: Vec<Field>,
    /// The value type of `additionalProperties`, collected into a map.
    pub additional: Option<Ty>,
    /// The name of the field holding that map, unique among the fields.
    pub additional_field: String,
}

/// One property of an object.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust name (keyword-escaped).
    pub name: String,
    /// The property name on the wire.
    pub wire: String,
    /// The value type, without optionality.
    pub ty: Ty,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// Docs from the property schema.
    pub docs: Docs,
    /// `deprecated: true` on the property.
    pub deprecated: bool,
    /// The value is a secret: `Debug` shows it redacted (see [`crate::secrets`]).
    pub sensitive: bool,
}

/// How a field is represented, from its requiredness and nullability.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Required, not nullable: `T`.
    Required,
    /// Required and nullable: `Option<T>`, always sent (`null` for `None`).
    RequiredNullable,
    /// Optional: `Option<T>`, left out when `None`.
    Optional,
    /// Optional and nullable in a request: `Nullable<T>` (absent, null, value).
    OptionalNullable,
}

impl Field {
    /// How this field is represented in a type that is (or is not) sent in requests.
    pub fn presence(&self, in_request: bool) -> Presence {
        match (self.required, self.nullable) {
            (true, false) => Presence::Required,
            (true, true) => Presence::RequiredNullable,
            (false, true) if in_request => Presence::OptionalNullable,
            (false, _) => Presence::Optional,
        }
    }
}

/// A string enum. Unknown values are kept in a fallback variant when `open`.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The variants, in spec order.
    pub variants: Vec<Variant>,
    /// Whether an `Unknown(String)` variant accepts values the spec does not list.
    pub open: bool,
}

/// One enum value.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The Rust name.
    pub name: String,
    /// The value on the wire.
    pub wire: String,
}

/// A `oneOf`.
#[derive(Debug, Clone)]
pub struct OneOf {
    /// How serde tells the variants apart.
    pub tagging: Tagging,
    /// The variants, in spec order.
    pub variants: Vec<OneOfVariant>,
}

/// How a `oneOf` is represented on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tagging {
    /// A property names the variant (`discriminator` or a single-valued tag).
    Internal {
        /// The tag property's wire name.
        property: String,
    },
    /// The first variant that matches wins.
    Untagged,
    /// A property names the variant, and each variant's type keeps it: the
    /// value is read whole and decoded as the variant its tag names; values
    /// with an unknown tag are kept as JSON.
    Dispatch {
        /// The tag property's wire name.
        property: String,
    },
}

/// One variant of a `oneOf`.
#[derive(Debug, Clone)]
pub struct OneOfVariant {
    /// The Rust name.
    pub name: String,
    /// The tag value, for internally tagged enums.
    pub tag: Option<String>,
    /// The payload.
    pub payload: VariantPayload,
    /// Docs from the variant schema.
    pub docs: Docs,
}

/// What a `oneOf` variant carries.
#[derive(Debug, Clone)]
pub enum VariantPayload {
    /// A tuple variant holding one value.
    Value(Ty),
    /// A struct variant: the object's fields minus the tag.
    Fields(Vec<Field>),
}

/// A type expression.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ty {
    /// `bool`
    Bool,
    /// A number, a `String` or a typed string format (`uuid`, `date-time`,
    /// `date`, named through the runtime's re-exports): the types a
    /// `(type, format)` pair maps to.
    Scalar(Scalar),
    /// `serde_json::Value`: the spec says nothing about the value.
    Json,
    /// A named type.
    Named(TypeId),
    /// `Vec<T>`
    Vec(Box<Ty>),
    /// `BTreeMap<String, T>`
    Map(Box<Ty>),
    /// `Box<T>`, breaking a recursive cycle.
    Boxed(Box<Ty>),
    /// `Option<T>` inside a container (a nullable array item or map value).
    Option(Box<Ty>),
}

/// Where a type expression is printed, which decides how paths are spelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// Generated code: full paths (`serde_json::Value`,
    /// `std::collections::BTreeMap`, `crate::runtime::uuid::Uuid`); named types behind `types::` when
    /// `qualified` (code outside the `types` module).
    Code {
        /// Whether named types are written `types::Name`.
        qualified: bool,
    },
    /// Records and reports: short names (`Value`, `Map<String, T>`, `Uuid`,
    /// `DateTime<Utc>`).
    Short,
}

/// A type expression printed as Rust, see [`Ty::display`].
pub struct TyDisplay<'a> {
    api: &'a Api,
    ty: &'a Ty,
    spelling: Spelling,
}

impl std::fmt::Display for TyDisplay<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code = matches!(self.spelling, Spelling::Code { .. });
        let inner = |ty| ty_display(self.api, ty, self.spelling);
        match self.ty {
            Ty::Bool => f.write_str("bool"),
            Ty::Scalar(scalar) if code => f.write_str(scalar.code_path()),
            Ty::Scalar(Scalar::DateTime) => f.write_str("DateTime<Utc>"),
            Ty::Scalar(scalar) => f.write_str(scalar.name()),
            Ty::Json if code => f.write_str("serde_json::Value"),
            Ty::Json => f.write_str("Value"),
            Ty::Named(id) => {
                if self.spelling == (Spelling::Code { qualified: true }) {
                    f.write_str("types::")?;
                }
                f.write_str(&self.api.ty(*id).name)
            }
            Ty::Vec(t) => write!(f, "Vec<{}>", inner(t)),
            Ty::Map(t) if code => write!(f, "std::collections::BTreeMap<String, {}>", inner(t)),
            Ty::Map(t) => write!(f, "Map<String, {}>", inner(t)),
            Ty::Boxed(t) => write!(f, "Box<{}>", inner(t)),
            Ty::Option(t) => write!(f, "Option<{}>", inner(t)),
        }
    }
}

fn ty_display<'a>(api: &'a Api, ty: &'a Ty, spelling: Spelling) -> TyDisplay<'a> {
    TyDisplay { api, ty, spelling }
}

impl Ty {
    /// This expression as Rust source text: the one printer of types, for
    /// generated code and for records alike.
    pub fn display<'a>(&'a self, api: &'a Api, spelling: Spelling) -> TyDisplay<'a> {
        ty_display(api, self, spelling)
    }

    /// Whether this is a scalar: a number, boolean, string or typed string
    /// format, with a plain text form (what a header or parameter can be).
    pub fn is_scalar(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Scalar(_))
    }

    /// Appends every named type this expression mentions.
    pub fn collect_named(&self, out: &mut Vec<TypeId>) {
        match self {
            Ty::Named(id) => out.push(*id),
            Ty::Vec(t) | Ty::Map(t) | Ty::Boxed(t) | Ty::Option(t) => t.collect_named(out),
            _ => {}
        }
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    /// Substituted into the path.
    Path,
    /// Appended to the query string.
    Query,
    /// Sent as a header.
    Header,
    /// Sent in the `Cookie` header.
    Cookie,
}

/// OpenAPI's `style` of a parameter (or of a form body's field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// `simple`
    Simple,
    /// `label`
    Label,
    /// `matrix`
    Matrix,
    /// `form`
    Form,
    /// `spaceDelimited`
    SpaceDelimited,
    /// `pipeDelimited`
    PipeDelimited,
    /// `deepObject`
    DeepObject,
}

/// How a parameter's value is written: `style`, `explode`,
/// `allowReserved`, or JSON text (`content: application/json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParamEncoding {
    /// The style.
    pub style: Style,
    /// `explode`.
    pub explode: bool,
    /// `allowReserved` (a query's values).
    pub allow_reserved: bool,
    /// Sent as JSON text (`content` of a JSON media type), in the
    /// location's default style.
    pub json: bool,
}

impl ParamEncoding {
    /// The default of a location: `simple` for path and header, exploded
    /// `form` for query and cookie.
    pub fn default_for(location: ParamLocation) -> Self {
        let (style, explode) = match location {
            ParamLocation::Path | ParamLocation::Header => (Style::Simple, false),
            ParamLocation::Query | ParamLocation::Cookie => (Style::Form, true),
        };
        ParamEncoding {
            style,
            explode,
            allow_reserved: false,
            json: false,
        }
    }
}

/// An operation's parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The Rust name.
    pub name: String,
    /// The wire name.
    pub wire: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// The value type.
    pub ty: Ty,
    /// Whether the caller must give it.
    pub required: bool,
    /// Docs.
    pub docs: Docs,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// The value is a secret: `Debug` shows it redacted (see [`crate::secrets`]).
    pub sensitive: bool,
    /// How the value is written.
    pub encoding: ParamEncoding,
}

/// A request body.
#[derive(Debug, Clone)]
pub struct Body {
    /// Whether the caller must give it.
    pub required: bool,
    /// The accepted media types, sorted by media type, each with its
    /// variant name (the media type itself until the naming pass).
    pub forms: Vec<(String, BodyForm)>,
    /// The name of the enum that chooses a form, when there are several.
    pub choice_name: String,
    /// Docs.
    pub docs: Docs,
    /// The `encoding` of the `application/x-www-form-urlencoded` form: the
    /// style of each property that has one, by wire name, sorted.
    pub form_encoding: Vec<(String, ParamEncoding)>,
}

/// One media type a request body may be sent as.
#[derive(Debug, Clone)]
pub enum BodyForm {
    /// `application/json` (or `+json`).
    Json(Ty),
    /// `application/x-www-form-urlencoded`.
    Form(Ty),
    /// `multipart/form-data`; the type is a [`TypeKind::Multipart`].
    Multipart(Ty),
    /// Any other media type, sent as bytes.
    Bytes {
        /// The media type.
        content_type: String,
    },
}

/// A part of a `multipart/form-data` body.
#[derive(Debug, Clone)]
pub struct MultipartField {
    /// The Rust name.
    pub name: String,
    /// The part name on the wire.
    pub wire: String,
    /// Required.
    pub required: bool,
    /// What the part holds.
    pub kind: MultipartKind,
    /// Docs.
    pub docs: Docs,
    /// The part's content type from the media type's `encoding`, when it
    /// gives one.
    pub content_type: Option<String>,
}

/// The content of a multipart part.
#[derive(Debug, Clone)]
pub enum MultipartKind {
    /// One file (`format: binary`).
    File,
    /// Several files (an array of `format: binary`).
    Files,
    /// A text value.
    Text,
    /// Any other value: a primitive is a text part, an object a JSON
    /// part, an array one part per item (or one part of the content type the
    /// `encoding` gives).
    Json(Ty),
}

/// What a successful call returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// No body.
    Unit,
    /// A JSON body.
    Json(Ty),
    /// A `text/*` body.
    Text,
    /// No body; the value of one response header.
    Header {
        /// The header name, as in the spec.
        name: String,
        /// Its type (a primitive).
        ty: Ty,
    },
    /// Any other body, as bytes.
    Bytes,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId` exactly as in the spec.
    pub id: String,
    /// The method name on the client.
    pub method_name: String,
    /// The request builder's type name.
    pub builder_name: String,
    /// Its first tag (`default` without one).
    pub tag: String,
    /// The generated file (module) it lives in, named after its tag.
    pub module: String,
    /// `GET`, `POST`, ...
    pub http_method: String,
    /// The path template, e.g. `/v1/projects/{ref}`.
    pub path: String,
    /// `summary` and `description`.
    pub docs: Docs,
    /// `x-oauth-scope`.
    pub oauth_scope: Option<String>,
    /// Whether the operation takes credentials (`security: []` says it does not).
    pub authenticated: bool,
    /// Its security requirement when the document defines security schemes:
    /// alternatives of scheme names (an empty one: credentials optional).
    /// `None`: the client's bearer token.
    pub security: Option<Vec<Vec<String>>>,
    /// Its own server (path- or operation-level `servers`), when it differs
    /// from the document's.
    pub server: Option<Server>,
    /// Its answer is a redirect (the document gives it 3xx responses and no
    /// 2xx): the client takes the 3xx as success rather than an error.
    pub redirect: bool,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `x-internal: true`.
    pub internal: bool,
    /// Parameters: path ones in path order, then the rest sorted by name.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// The success response.
    pub response: Response,
}

/// The `{name}` placeholders of a template (a path, a server URL), in
/// order; text after an unclosed `{` has none.
pub fn template_names(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        names.push(&rest[start + 1..start + len]);
        rest = &rest[start + len + 1..];
    }
    names
}
