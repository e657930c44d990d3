//! Every identifier in the generated code comes from this module.
//!
//! Names are derived with `heck`, restricted to ASCII, escaped when they are
//! keywords, and made unique within a scope by [`resolve`], which looks only at
//! the colliding names themselves: the same spec always gives the same names,
//! in any key order, and adding an item never renames an unrelated one.
//!
//! This file holds the policy (how a candidate is spelled from what the spec
//! says); `pass` is the naming pass that settles every identifier of a
//! lowered API at once and applies the previous generation's record;
//! `claims` resolves collisions within one scope.

mod claims;
pub(crate) mod pass;
mod spell;

use heck::{ToSnakeCase, ToUpperCamelCase};

pub use claims::{resolve, Claim};
pub use spell::spell_punctuation;

/// Rust keywords (strict and reserved, all editions) that need `r#` or a suffix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Acronyms spelled one way in every name, whatever the spec's spelling:
/// `OAuth` in type names (never `Oauth`), `oauth` in snake-case names (never
/// `o_auth`). Only acronyms whose own spelling mixes cases need a place
/// here; `heck` already gives every other word one casing.
pub const ACRONYMS: &[&str] = &["OAuth"];

/// Type names that would shadow the prelude, std items used by generated code,
/// or the crate's runtime items.
const RESERVED_TYPES: &[&str] = &[
    "Serialize",
    "Deserialize",
    "Serializer",
    "Deserializer",
    "From",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Fn",
    "Debug",
    "Display",
    "Client",
    "ClientBuilder",
    "Error",
    "Request",
    "RequestBody",
    "RawResponse",
    "Operation",
    "Nullable",
    "MultipartPart",
    "Value",
    "Map",
    "Bytes",
    "Duration",
    "Into",
];

/// Methods of the generated client type other than its operations: the
/// constructors emitted with it (`emit::client_type`), and `clone`, which an
/// inherent method would shadow. Operations so named get a suffix. The
/// runtime's methods live on the runtime's own type, so they need no entry.
pub const CLIENT_METHODS: &[&str] = &[
    "builder",
    "builder_with_token_provider",
    "builder_without_auth",
    "clone",
    "new",
];

/// Names a request builder uses for its own fields and methods; parameters
/// named so are renamed.
pub const BUILDER_NAMES: &[&str] = &[
    "attempt_timeout",
    "body",
    "call",
    "client",
    "header",
    "headers",
    "into_future",
    "request",
    "send",
    "send_raw",
    "send_with_metadata",
    "timeout",
];

/// Keeps ASCII letters, digits and `_`; everything else becomes a word break.
fn ascii_words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// `name` (upper camel case) with each of [`ACRONYMS`] in its own spelling:
/// `OauthToken` -> `OAuthToken`, where `Oauth` is a whole word.
fn camel_acronyms(name: String) -> String {
    let mut name = name;
    for acronym in ACRONYMS {
        let plain = acronym.to_lowercase().to_upper_camel_case();
        if plain == *acronym {
            continue;
        }
        let mut out = String::with_capacity(name.len());
        let mut rest = name.as_str();
        while let Some(at) = rest.find(&plain) {
            let after = &rest[at + plain.len()..];
            out.push_str(&rest[..at]);
            // A whole word: what follows starts another word (or nothing).
            if after.starts_with(|c: char| c.is_ascii_lowercase()) {
                out.push_str(&plain);
            } else {
                out.push_str(acronym);
            }
            rest = after;
        }
        out.push_str(rest);
        name = out;
    }
    name
}

/// `name` (snake case) with each of [`ACRONYMS`] as one word: `o_auth` -> `oauth`.
fn snake_acronyms(name: String) -> String {
    let mut name = name;
    for acronym in ACRONYMS {
        let split = acronym.to_snake_case();
        let joined = acronym.to_lowercase();
        if split == joined {
            continue;
        }
        let words: Vec<&str> = name.split('_').collect();
        let parts: Vec<&str> = split.split('_').collect();
        let mut out: Vec<&str> = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if words[i..].starts_with(&parts) {
                out.push(&joined);
                i += parts.len();
            } else {
                out.push(words[i]);
                i += 1;
            }
        }
        name = out.join("_");
    }
    name
}

/// An `UpperCamelCase` name for a type or an enum variant.
pub fn upper_camel(raw: &str) -> String {
    let name = camel_acronyms(ascii_words(raw).to_upper_camel_case());
    if name.is_empty() {
        "Empty".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else if name == "Self" {
        // The one keyword that is upper camel case.
        "SelfValue".to_owned()
    } else {
        name
    }
}

/// A `snake_case` name for a field, parameter, method or module.
pub fn snake(raw: &str) -> String {
    let name = snake_acronyms(ascii_words(raw).to_snake_case());
    if name.is_empty() {
        "value".to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("n{name}")
    } else {
        name
    }
}

/// The name of a type for a schema or inline schema named `raw`.
pub fn type_name(raw: &str) -> String {
    let name = upper_camel(raw);
    if RESERVED_TYPES.contains(&name.as_str()) || KEYWORDS.contains(&name.as_str()) {
        format!("{name}Schema")
    } else {
        name
    }
}

/// The method name for an `operationId`, without a leading version prefix
/// such as `v1-` or `V2_` (the crate is already versioned). Names of the
/// client's own methods and keywords get an `_operation` suffix.
pub fn method_name(operation_id: &str) -> String {
    let name = shorten_snake(&snake(strip_version_prefix(operation_id)));
    if CLIENT_METHODS.contains(&name.as_str()) || KEYWORDS.contains(&name.as_str()) {
        format!("{name}_operation")
    } else {
        name
    }
}

/// The request builder's type name for a method: one that would shadow a
/// type the generated code uses (`Option`, `String`, `Send`...) gets a
/// `Builder` suffix.
pub fn builder_name(method: &str) -> String {
    let name = upper_camel(method);
    if RESERVED_TYPES.contains(&name.as_str()) {
        format!("{name}Builder")
    } else {
        name
    }
}

/// `v1-get-project` -> `get-project`; anything else is returned unchanged.
pub fn strip_version_prefix(operation_id: &str) -> &str {
    let bytes = operation_id.as_bytes();
    if bytes.len() > 2 && (bytes[0] == b'v' || bytes[0] == b'V') {
        let digits = bytes[1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = &operation_id[1 + digits..];
        if digits > 0 {
            if let Some(stripped) = rest.strip_prefix(['-', '_', '.']) {
                if !stripped.is_empty() && !stripped.starts_with(|c: char| c.is_ascii_digit()) {
                    return stripped;
                }
            }
        }
    }
    operation_id
}

/// Escapes a snake-case name that is a keyword with a trailing underscore
/// (`type` -> `type_`, `ref` -> `ref_`): easier to read and write than a
/// raw identifier, and the only way for `self`, `super` or `crate`.
pub fn escape(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Whether a name from the previous generation is still spelled the way
/// names are spelled now (no raw identifier, acronyms in their one casing),
/// so that keeping it is right. A name that is not gets its new spelling,
/// and the change report lists the rename.
pub fn keeps(previous: &str) -> bool {
    if previous.starts_with("r#") {
        return false;
    }
    let snake_like = !previous.starts_with(|c: char| c.is_ascii_uppercase());
    if snake_like {
        snake_acronyms(previous.to_owned()) == previous
    } else {
        camel_acronyms(previous.to_owned()) == previous
    }
}

/// An identifier-shaped alias of an operation id, for rustdoc's search
/// (which does not accept `-`, `/` or `{`): `v1-get-project` ->
/// `v1_get_project`. `None` when it is the method's name already.
pub fn doc_alias(operation_id: &str, method: &str) -> Option<String> {
    let mut alias = String::with_capacity(operation_id.len());
    for c in operation_id.chars() {
        if c.is_ascii_alphanumeric() {
            alias.push(c);
        } else if !alias.is_empty() && !alias.ends_with('_') {
            alias.push('_');
        }
    }
    let alias = alias.trim_end_matches('_').to_owned();
    (!alias.is_empty() && alias != method).then_some(alias)
}

/// A field or parameter name: snake case, keyword-escaped.
pub fn field_name(raw: &str) -> String {
    escape(snake(raw))
}

/// The longest module (file) name, in bytes: a 10,000-character tag or
/// schema name would otherwise make a file name no file system accepts.
const MAX_MODULE_NAME: usize = 64;

/// A module (file) name. Keywords get a trailing `_` (a raw identifier would
/// not name a file), which also keeps `mod` away from the `mod.rs` index files.
pub fn module_name(raw: &str) -> String {
    let mut name = snake(raw);
    // Snake-case names are ASCII: any length is a character boundary.
    name.truncate(MAX_MODULE_NAME);
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// Turns a name made by this module into an identifier token.
pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => proc_macro2::Ident::new(name, proc_macro2::Span::call_site()),
    }
}

/// The name of the fallback variant of open enums and dispatched `oneOf`s.
pub const FALLBACK_VARIANT: &str = "Unknown";

/// Variant names longer than this are respelled with [`spell_punctuation`]
/// when that is shorter (`abc..z:ABC..Z:0..9` -> `LowerColonUpperColonDigits`).
const LONG_NAME: usize = 40;

/// The longest name a generated identifier has, in characters: a type or
/// variant longer than this would not fit a line of generated code. A
/// longer candidate is shortened ([`shorten`]), and a name of the previous
/// generation longer than this is not kept (a record written before the
/// limit may hold one).
pub const MAX_NAME: usize = 80;

/// Shortens an UpperCamelCase `name` longer than [`MAX_NAME`]: `base`, a
/// prefix of it (the owner's name), followed by as many of the last words
/// of the rest as fit (`OwnerPlaceItemDeepProperty` -> `OwnerDeepProperty`).
/// Names that fit come back as they are; when no word fits beside the
/// base, the name's first characters.
pub fn shorten(name: &str, base: &str) -> String {
    if name.chars().count() <= MAX_NAME {
        return name.to_owned();
    }
    let base = if name.starts_with(base) { base } else { "" };
    let rest = &name[base.len()..];
    let room = MAX_NAME.saturating_sub(base.chars().count());
    // Word starts: an uppercase letter, or a digit after a non-digit.
    let mut starts: Vec<usize> = rest
        .char_indices()
        .filter(|&(i, c)| {
            i > 0
                && (c.is_ascii_uppercase()
                    || (c.is_ascii_digit() && !rest[..i].ends_with(|p: char| p.is_ascii_digit())))
        })
        .map(|(i, _)| i)
        .collect();
    starts.insert(0, 0);
    match starts
        .into_iter()
        .map(|i| &rest[i..])
        .find(|tail| tail.chars().count() <= room)
    {
        Some(tail) if !tail.is_empty() => format!("{base}{tail}"),
        // No word fits beside the base: the name's first characters.
        _ => name.chars().take(MAX_NAME).collect(),
    }
}

/// Shortens a snake_case `name` longer than [`MAX_NAME`] to its last words
/// that fit (`list_..._for_project` -> `..._for_project`), or its first
/// characters when its last word alone is longer.
pub fn shorten_snake(name: &str) -> String {
    if name.chars().count() <= MAX_NAME {
        return name.to_owned();
    }
    let tail = name
        .match_indices('_')
        .map(|(i, _)| &name[i + 1..])
        .find(|tail| !tail.is_empty() && tail.chars().count() <= MAX_NAME);
    match tail {
        Some(tail) => tail.to_owned(),
        None => name.chars().take(MAX_NAME).collect(),
    }
}

/// The claims for the variants of a string enum with these `values` (and,
/// when `open`, its fallback variant last): readable, unique, stable names.
/// `previous` gives a value's name in the previous generation.
pub fn enum_claims(
    values: &[&str],
    open: bool,
    previous: impl Fn(&str) -> Option<String>,
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = values
        .iter()
        .map(|v| {
            let mut candidate = upper_camel(v);
            if open && candidate == FALLBACK_VARIANT {
                // The fallback variant's name stays `Unknown`.
                candidate.push_str("Value");
            }
            Claim {
                raw: (*v).to_owned(),
                candidate,
                priority: 1,
                previous: previous(v),
            }
        })
        .collect();
    // Values that differ only in punctuation: spell the punctuation out.
    let candidates: Vec<String> = claims.iter().map(|c| c.candidate.clone()).collect();
    for claim in &mut claims {
        let collides = candidates.iter().filter(|c| **c == claim.candidate).count() > 1;
        if collides {
            claim.candidate = upper_camel(&spell_punctuation(&claim.raw));
        } else if claim.candidate.len() > LONG_NAME {
            let spelled = upper_camel(&spell_punctuation(&claim.raw));
            if spelled.len() < claim.candidate.len() {
                claim.candidate = spelled;
            }
        }
    }
    if open {
        claims.push(Claim {
            raw: String::new(),
            candidate: FALLBACK_VARIANT.to_owned(),
            priority: 0,
            previous: None,
        });
    }
    claims
}

/// The names of the variants of a `oneOf` told apart by a tag property, from
/// the tag values; `fallback` adds a last [`FALLBACK_VARIANT`] (not returned).
pub fn tag_variants(tags: &[String], fallback: bool) -> Vec<String> {
    let mut claims: Vec<Claim> = tags
        .iter()
        .map(|t| Claim {
            raw: t.clone(),
            candidate: upper_camel(t),
            priority: u8::from(fallback),
            previous: None,
        })
        .collect();
    if fallback {
        claims.push(Claim {
            raw: String::new(),
            candidate: FALLBACK_VARIANT.to_owned(),
            priority: 0,
            previous: None,
        });
    }
    let mut names = resolve(&claims, false);
    names.truncate(tags.len());
    names
}

/// What an untagged `oneOf` variant looks like, for naming it.
#[derive(Debug, Clone)]
pub enum VariantShape {
    /// A `$ref`: the last segment of the reference.
    Reference(String),
    /// An inline object.
    Object {
        /// It is the only object among the variants.
        only_object: bool,
        /// The values the `discriminator` property takes in it.
        discriminator_values: Option<Vec<String>>,
        /// The value of its first single-valued string enum property.
        single_tag: Option<String>,
        /// Its required properties no other variant requires, sorted.
        own_required: Vec<String>,
        /// Its required properties, sorted.
        required: Vec<String>,
        /// Its first property by name.
        first_property: Option<String>,
    },
    /// `type: string`.
    String,
    /// `type: integer`.
    Integer,
    /// `type: number`.
    Number,
    /// `type: boolean`.
    Boolean,
    /// `type: array`.
    Array,
    /// Anything else.
    Other,
}

/// The names of untagged `oneOf` variants: from each one's shape, never its
/// position; ties are broken by `raw` (the variant's content).
pub fn untagged_variants(variants: &[(VariantShape, String)]) -> Vec<String> {
    let claims: Vec<Claim> = variants
        .iter()
        .map(|(shape, raw)| Claim {
            raw: raw.clone(),
            candidate: untagged_candidate(shape),
            priority: 0,
            previous: None,
        })
        .collect();
    resolve(&claims, false)
}

fn untagged_candidate(shape: &VariantShape) -> String {
    match shape {
        VariantShape::Reference(name) => type_name(name),
        VariantShape::Object {
            only_object: true, ..
        } => "Object".to_owned(),
        VariantShape::Object {
            discriminator_values,
            single_tag,
            own_required,
            required,
            first_property,
            ..
        } => {
            if let Some(values) = discriminator_values {
                return upper_camel(&values.join(" or "));
            }
            if let Some(value) = single_tag {
                return upper_camel(value);
            }
            // A required property no other variant requires; otherwise its
            // required set, as long as it stays readable.
            match (own_required.first(), first_property) {
                (Some(p), _) => upper_camel(p),
                (None, _) if (1..=3).contains(&required.len()) => upper_camel(&required.join(" ")),
                (None, None) => "Object".to_owned(),
                (None, Some(p)) => upper_camel(p),
            }
        }
        VariantShape::String => "String".to_owned(),
        VariantShape::Integer => "Integer".to_owned(),
        VariantShape::Number => "Number".to_owned(),
        VariantShape::Boolean => "Boolean".to_owned(),
        VariantShape::Array => "Array".to_owned(),
        VariantShape::Other => "Value".to_owned(),
    }
}

/// The candidate name of a request body's variant for a media type: `Json`,
/// `Form`, `Multipart`, or the last word of the media type
/// (`application/vnd.denoland.eszip` -> `Eszip`).
pub fn body_form_candidate(media_type: &str, form: &crate::model::BodyForm) -> String {
    use crate::model::BodyForm;
    let word = match form {
        BodyForm::Json(_) => "json",
        BodyForm::Form(_) => "form",
        BodyForm::Multipart(_) => "multipart",
        BodyForm::Bytes { .. } => {
            let subtype = media_type
                .split(';')
                .next()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default();
            subtype.rsplit(['.', '+']).next().unwrap_or(subtype)
        }
    };
    upper_camel(word)
}

/// The candidate name of a parameter: its field name, with where it goes
/// appended when a request builder's own name has it.
pub fn param_candidate(wire: &str, location: crate::model::ParamLocation) -> String {
    use crate::model::ParamLocation;
    let candidate = field_name(wire);
    if !BUILDER_NAMES.contains(&candidate.as_str()) {
        return candidate;
    }
    let location = match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    format!("{candidate}_{location}")
}

/// The candidate name of the enum choosing a request body's media type.
pub fn body_choice_candidate(builder: &str) -> String {
    format!("{builder}Body")
}

/// The name of the map that collects additional properties, unique among
/// the struct's `fields` (settled names).
pub fn additional_field(fields: &[crate::model::Field]) -> String {
    let mut name = "additional_properties".to_owned();
    while fields.iter().any(|f| f.name == name) {
        name.push_str("_map");
    }
    name
}

/// The candidate file name for the operations of a tag.
pub fn operations_file(tag: &str) -> String {
    module_name(tag)
}

/// The candidate file name for the inline types of a tag's operations.
pub fn tag_types_file(tag: &str) -> String {
    module_name(&format!("{tag} operations"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(raws: &[&str], f: fn(&str) -> String) -> Vec<Claim> {
        raws.iter()
            .map(|r| Claim {
                raw: (*r).to_owned(),
                candidate: f(r),
                priority: 0,
                previous: None,
            })
            .collect()
    }

    #[test]
    fn version_prefix_is_stripped() {
        assert_eq!(method_name("v1-get-project"), "get_project");
        assert_eq!(method_name("V2_listThings"), "list_things");
        assert_eq!(method_name("v1"), "v1");
        assert_eq!(method_name("v1-2fa"), "v1_2fa");
        assert_eq!(method_name("vacuum"), "vacuum");
    }

    #[test]
    fn keywords_and_digits_are_escaped() {
        assert_eq!(field_name("ref"), "ref_");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("use"), "use_");
        assert_eq!(method_name("type"), "type_operation");
        assert_eq!(method_name("self"), "self_operation");
        assert_eq!(builder_name("option"), "OptionBuilder");
        assert_eq!(builder_name("get_project"), "GetProject");
        assert_eq!(module_name(&"Ab".repeat(5_000)).len(), MAX_MODULE_NAME);
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("2fa"), "n2fa");
        assert_eq!(upper_camel("17-oriole"), "V17Oriole");
        assert_eq!(upper_camel(""), "Empty");
        assert_eq!(type_name("Error"), "ErrorSchema");
        assert_eq!(ident("r#type").to_string(), "r#type");
    }

    #[test]
    fn acronyms_have_one_casing() {
        for raw in ["OAuth", "oauth", "OAUTH", "o_auth", "o-auth"] {
            assert_eq!(upper_camel(raw), "OAuth", "{raw}");
            assert_eq!(snake(raw), "oauth", "{raw}");
        }
        assert_eq!(type_name("OAuthTokenResponse"), "OAuthTokenResponse");
        assert_eq!(
            type_name("oauth-authorize-project-claim"),
            "OAuthAuthorizeProjectClaim"
        );
        assert_eq!(type_name("OauthToken"), "OAuthToken");
        assert_eq!(snake("OAuthTokenBody"), "oauth_token_body");
        assert_eq!(module_name("OAuth"), "oauth");
        // Only whole words: other words that start alike are left alone.
        assert_eq!(upper_camel("oauthorize"), "Oauthorize");
        assert_eq!(snake("go_auth"), "go_auth");
        assert_eq!(snake("no_auth_needed"), "no_auth_needed");
    }

    #[test]
    fn previous_names_in_an_old_spelling_are_not_kept() {
        assert!(!keeps("r#ref"));
        assert!(!keeps("OauthAuthorizeProjectClaim"));
        assert!(!keeps("o_auth_token"));
        assert!(keeps("ref_"));
        assert!(keeps("OAuthTokenBody"));
        assert!(keeps("oauth_token"));
        assert!(keeps("Oauthorize"));
    }

    #[test]
    fn operation_ids_get_identifier_shaped_aliases() {
        assert_eq!(
            doc_alias("v1-get-project", "get_project").as_deref(),
            Some("v1_get_project")
        );
        assert_eq!(doc_alias("get_project", "get_project"), None);
        assert_eq!(doc_alias("get /v1/things/{ref}", "get_v1_things_ref"), None);
        assert_eq!(
            doc_alias("listThings", "list_things").as_deref(),
            Some("listThings")
        );
    }

    #[test]
    fn collisions_resolve_by_names_alone() {
        let a = resolve(
            &claims(&["connection_string", "connectionString"], snake),
            true,
        );
        let b = resolve(
            &claims(&["connectionString", "connection_string"], snake),
            true,
        );
        assert_eq!(a, ["connection_string", "connection_string_camel"]);
        assert_eq!(b, ["connection_string_camel", "connection_string"]);
    }

    #[test]
    fn long_values_keep_their_shorter_spelling() {
        let names = |values: &[&str]| -> Vec<String> {
            resolve(&enum_claims(values, false, |_| None), false)
        };
        assert_eq!(
            names(&["urn:oasis:names:tc:SAML:2.0:nameid-format:transient", "x"]),
            ["UrnOasisNamesTcSaml20NameidFormatTransient", "X"]
        );
        assert_eq!(
            names(&["7_volume_attachment_to_upgraded_instance_failed"]),
            ["V7VolumeAttachmentToUpgradedInstanceFailed"]
        );
        // A name kept from the record, unless it is longer than a line allows.
        let long = "A".repeat(MAX_NAME + 1);
        let kept = |previous: &str| {
            resolve(
                &enum_claims(&["a-b"], false, |_| Some(previous.to_owned())),
                false,
            )
        };
        assert_eq!(kept("Old"), ["Old"]);
        assert_eq!(kept(&long), ["AB"]);
    }

    #[test]
    fn long_names_keep_their_owner_and_last_words() {
        let base = "ProjectUpgradeEligibilityResponse";
        let name = format!("{base}ValidationErrorsItemUserDefinedObjectsInInternalSchemasObjType");
        let short = shorten(&name, base);
        assert_eq!(
            short,
            format!("{base}ItemUserDefinedObjectsInInternalSchemasObjType")
        );
        assert!(short.len() <= MAX_NAME);
        assert_eq!(shorten("ShortName", "Short"), "ShortName");
        // A base that leaves no room: the first characters.
        let huge = "B".repeat(MAX_NAME);
        assert_eq!(shorten(&format!("{huge}Tail"), &huge), huge);
        let word = "a".repeat(6800);
        assert_eq!(shorten(&format!("X{word}"), "").chars().count(), MAX_NAME);
        // Operation names from very long ids stay within the limit too.
        let id = format!("get-{}-for-project", "word-".repeat(40));
        let method = method_name(&id);
        assert!(
            method.len() <= MAX_NAME && method.ends_with("_for_project"),
            "{method}"
        );
        assert_eq!(method_name(&word).len(), MAX_NAME);
        assert!(shorten(&format!("{base}{}2Item", "Word".repeat(12)), base).len() <= MAX_NAME);
    }

    #[test]
    fn character_classes_read_as_words() {
        let lower = "abcdefghijklmnopqrstuvwxyz";
        let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        assert_eq!(
            upper_camel(&spell_punctuation(&format!("{lower}{upper}:0123456789"))),
            "LowerUpperColonDigits"
        );
        assert_eq!(upper_camel(&spell_punctuation("a-b")), "ADashB");
        assert_eq!(
            upper_camel(&spell_punctuation(&format!("{lower}:!@#$%^"))),
            "LowerSymbols"
        );
    }

    #[test]
    fn numeric_suffixes_follow_raw_order() {
        let names = resolve(&claims(&["a.b", "a b", "a_b"], snake), true);
        assert_eq!(names, ["a_b_3", "a_b_2", "a_b"]);
    }
}
