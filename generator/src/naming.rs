//! Every identifier in the generated code comes from this module.
//!
//! Names are derived with `heck`, restricted to ASCII, escaped when they are
//! keywords, and made unique within a scope by [`resolve`], which looks only at
//! the colliding names themselves: the same spec always gives the same names,
//! in any key order, and adding an item never renames an unrelated one.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict and reserved, all editions) that need `r#` or a suffix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_` instead.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

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

/// An `UpperCamelCase` name for a type or an enum variant.
pub fn upper_camel(raw: &str) -> String {
    let name = ascii_words(raw).to_upper_camel_case();
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
    let name = ascii_words(raw).to_snake_case();
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
    let name = snake(strip_version_prefix(operation_id));
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

/// Escapes a snake-case name that is a keyword: `type` -> `r#type`, `self` -> `self_`.
pub fn escape(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
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

/// One request for a name within a scope.
#[derive(Debug, Clone)]
pub struct Claim {
    /// The spelling in the spec (or, for inline types, their JSON pointer).
    pub raw: String,
    /// The derived name before collision resolution.
    pub candidate: String,
    /// Lower wins a contested name (component schemas before inline ones).
    pub priority: u8,
    /// The name this item had in the previous generation, which it keeps
    /// while no other item kept it first.
    pub previous: Option<String>,
}

/// Gives every claim a unique name, in the claims' order.
///
/// Claims whose candidates collide are resolved using only those claims: the
/// one with the lowest priority keeps the name, then the one whose raw
/// spelling already is the candidate, then the first by raw spelling. The
/// others get a suffix describing their raw spelling (`_camel`, `_kebab`, ...)
/// or, failing that, a number in the order of their raw spellings.
pub fn resolve(claims: &[Claim], snake_case: bool) -> Vec<String> {
    let mut names: Vec<Option<String>> = vec![None; claims.len()];
    // Names from the previous generation are kept first, in raw order.
    let mut kept: BTreeSet<String> = BTreeSet::new();
    let mut with_previous: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].previous.is_some())
        .collect();
    with_previous.sort_by(|&a, &b| claims[a].raw.cmp(&claims[b].raw));
    for i in with_previous {
        if let Some(previous) = &claims[i].previous {
            if kept.insert(previous.clone()) {
                names[i] = Some(previous.clone());
            }
        }
    }
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        if names[i].is_none() {
            groups.entry(claim.candidate.as_str()).or_default().push(i);
        }
    }
    let mut taken: BTreeSet<String> = groups.keys().map(|k| (*k).to_owned()).collect();
    taken.extend(kept.iter().cloned());
    for (candidate, mut members) in groups {
        members.sort_by(|&a, &b| {
            let (ca, cb) = (&claims[a], &claims[b]);
            (ca.priority, ca.raw != candidate, &ca.raw).cmp(&(
                cb.priority,
                cb.raw != candidate,
                &cb.raw,
            ))
        });
        let mut rest = &members[..];
        if !kept.contains(candidate) {
            names[members[0]] = Some(candidate.to_owned());
            rest = &members[1..];
        }
        let mut counter = 1;
        for &i in rest {
            let styled = spelling_suffix(&claims[i].raw)
                .map(|suffix| join(candidate, suffix, snake_case))
                .filter(|name| !taken.contains(name));
            let name = styled.unwrap_or_else(|| loop {
                counter += 1;
                let name = join(candidate, &counter.to_string(), snake_case);
                if !taken.contains(&name) {
                    break name;
                }
            });
            taken.insert(name.clone());
            names[i] = Some(name);
        }
    }
    names.into_iter().map(Option::unwrap_or_default).collect()
}

fn join(base: &str, suffix: &str, snake_case: bool) -> String {
    if snake_case {
        // `r#type` + `2` -> `type_2`, which needs no escaping.
        format!(
            "{}_{suffix}",
            base.trim_start_matches("r#").trim_end_matches('_')
        )
    } else {
        format!("{base}{}", suffix.to_upper_camel_case())
    }
}

/// Describes how a raw name is spelled, to tell apart names that differ only
/// in case style (`connectionString` next to `connection_string`).
fn spelling_suffix(raw: &str) -> Option<&'static str> {
    let has_upper = raw.chars().any(|c| c.is_ascii_uppercase());
    let has_lower = raw.chars().any(|c| c.is_ascii_lowercase());
    let alnum = raw.chars().all(|c| c.is_ascii_alphanumeric());
    if raw.contains('-') && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Some("kebab")
    } else if has_upper && !has_lower {
        Some("upper")
    } else if alnum && has_lower && !has_upper {
        Some("lower")
    } else if alnum && has_upper && raw.starts_with(|c: char| c.is_ascii_lowercase()) {
        Some("camel")
    } else if alnum && has_upper {
        Some("pascal")
    } else {
        None
    }
}

/// Character ranges that read better as one word, for values that list
/// character classes.
const RANGES: &[(&str, &str)] = &[
    ("abcdefghijklmnopqrstuvwxyz", "Lower"),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Upper"),
    ("0123456789", "Digits"),
];

/// Runs of this many punctuation characters or more read as `Symbols`.
const SYMBOL_RUN: usize = 4;

/// Spells out punctuation so that enum values differing only in punctuation
/// (`a-b` and `a_b`) get distinct variant names: `a-b` -> `a Dash b`. Whole
/// alphabets and digit ranges become `Lower`, `Upper` and `Digits`, and long
/// runs of punctuation `Symbols`, so the names stay readable.
pub fn spell_punctuation(raw: &str) -> String {
    // A word break that is not a character of the value.
    const BREAK: char = '\u{1}';
    let mut compact = raw.to_owned();
    for (range, word) in RANGES {
        compact = compact.replace(range, &format!("{BREAK}{word}{BREAK}"));
    }
    let chars: Vec<char> = compact.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let run = chars[i..]
            .iter()
            .take_while(|c| !c.is_ascii_alphanumeric() && **c != BREAK)
            .count();
        if run >= SYMBOL_RUN {
            out.push_str(" Symbols ");
            i += run;
            continue;
        }
        i += 1;
        if c.is_ascii_alphanumeric() {
            out.push(c);
            continue;
        }
        if c == BREAK {
            out.push(' ');
            continue;
        }
        out.push(' ');
        out.push_str(punctuation_word(c));
        out.push(' ');
    }
    out
}

/// The word for one punctuation character.
fn punctuation_word(c: char) -> &'static str {
    match c {
        ' ' => "Space",
        '-' => "Dash",
        '_' => "Underscore",
        '.' => "Dot",
        ',' => "Comma",
        ':' => "Colon",
        ';' => "Semicolon",
        '!' => "Bang",
        '?' => "Question",
        '@' => "At",
        '#' => "Hash",
        '$' => "Dollar",
        '%' => "Percent",
        '^' => "Caret",
        '&' => "Amp",
        '*' => "Star",
        '(' | ')' => "Paren",
        '[' | ']' => "Bracket",
        '{' | '}' => "Brace",
        '<' => "Lt",
        '>' => "Gt",
        '=' => "Eq",
        '+' => "Plus",
        '/' => "Slash",
        '\\' => "Backslash",
        '|' => "Pipe",
        '~' => "Tilde",
        '`' => "Backtick",
        '\'' => "Quote",
        '"' => "DoubleQuote",
        _ => "Char",
    }
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
        assert_eq!(field_name("ref"), "r#ref");
        assert_eq!(field_name("type"), "r#type");
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
