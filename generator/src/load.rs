//! Parsing a document (JSON or YAML) into an [`openapiv3::OpenAPI`], with
//! errors that name the file, line and column or the JSON pointer.

use openapiv3::OpenAPI;

/// Why a document could not be read as OpenAPI 3.0.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The text is not valid JSON or YAML.
    #[error("{source_name}:{line}:{column}: not valid {format}: {message}")]
    Syntax {
        /// The document's name (usually its path).
        source_name: String,
        /// `JSON` or `YAML`.
        format: &'static str,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The document is not OpenAPI 3.0.x.
    #[error(
        "{source_name}: unsupported document version {found}; this generator reads OpenAPI 3.0.x"
    )]
    Version {
        /// The document's name.
        source_name: String,
        /// What the document declares, e.g. `Swagger 2.0` or `OpenAPI 3.1.0`.
        found: String,
    },
    /// The document is well-formed but does not match the OpenAPI 3.0 schema.
    #[error("{source_name}: {pointer}: {message}")]
    Structure {
        /// The document's name.
        source_name: String,
        /// JSON pointer to the offending node.
        pointer: String,
        /// What was expected.
        message: String,
    },
}

/// Parses `text` (JSON when it starts with `{`, YAML otherwise).
pub fn parse(text: &str, source_name: &str) -> Result<OpenAPI, LoadError> {
    let value = parse_value(text, source_name)?;
    check_version(&value, source_name)?;
    let mut track = serde_path_to_error::Track::new();
    let de = serde_path_to_error::Deserializer::new(&value, &mut track);
    serde::Deserialize::deserialize(de).map_err(|e: serde_json::Error| LoadError::Structure {
        source_name: source_name.to_owned(),
        pointer: path_to_pointer(&track.path()),
        message: e.to_string(),
    })
}

fn parse_value(text: &str, source_name: &str) -> Result<serde_json::Value, LoadError> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| LoadError::Syntax {
            source_name: source_name.to_owned(),
            format: "JSON",
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        });
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        // The position is already in front of the message.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) if line > 0 => message[..at].to_owned(),
            _ => message,
        };
        LoadError::Syntax {
            source_name: source_name.to_owned(),
            format: "YAML",
            line,
            column,
            message,
        }
    })?;
    Ok(yaml_to_json(yaml))
}

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means strings.
fn yaml_to_json(value: serde_yaml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    use serde_yaml::Value as Y;
    match value {
        Y::Null => J::Null,
        Y::Bool(b) => J::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                J::from(i)
            } else if let Some(u) = n.as_u64() {
                J::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(J::Null, J::Number)
            }
        }
        Y::String(s) => J::String(s),
        Y::Sequence(items) => J::Array(items.into_iter().map(yaml_to_json).collect()),
        Y::Mapping(map) => J::Object(
            map.into_iter()
                .map(|(k, v)| (yaml_key(k), yaml_to_json(v)))
                .collect(),
        ),
        Y::Tagged(tagged) => yaml_to_json(tagged.value),
    }
}

fn yaml_key(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s,
        other => match yaml_to_json(other) {
            serde_json::Value::String(s) => s,
            v => v.to_string(),
        },
    }
}

fn check_version(value: &serde_json::Value, source_name: &str) -> Result<(), LoadError> {
    let found = if let Some(v) = value.get("swagger") {
        format!(
            "Swagger {}",
            v.as_str().map_or_else(|| v.to_string(), str::to_owned)
        )
    } else if let Some(v) = value.get("openapi") {
        match v.as_str() {
            Some(s) if s.starts_with("3.0.") || s == "3.0" => return Ok(()),
            Some(s) => format!("OpenAPI {s}"),
            None => format!("openapi: {v}"),
        }
    } else if value.is_object() {
        "none (no `openapi` field)".to_owned()
    } else {
        "none (the document is not an object)".to_owned()
    };
    Err(LoadError::Version {
        source_name: source_name.to_owned(),
        found,
    })
}

/// Turns serde_path_to_error's `a.b[0].c` path into `#/a/b/0/c`.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = crate::diagnostics::Pointer::root();
    for segment in path.iter() {
        pointer = match segment {
            Segment::Seq { index } => pointer.push(index.to_string()),
            Segment::Map { key } => pointer.push(key),
            Segment::Enum { variant } => pointer.push(variant),
            Segment::Unknown => pointer.push("?"),
        };
    }
    pointer.to_string()
}
