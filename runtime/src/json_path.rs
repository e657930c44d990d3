//! The JSON path at a position in a document, for decode errors.
//!
//! Responses are decoded with plain `serde_json`, which is the fastest path
//! and instantiates each type's `Deserialize` once. When decoding fails,
//! [`path_at`] walks the text up to where `serde_json` stopped and names the
//! place, e.g. `projects[3].status`, in the notation of `serde_path_to_error`
//! (`.` for the root). It is not generic: one copy serves every type.

/// One open container on the way to the position.
enum Frame {
    /// An object, with the key whose value is being read.
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The byte offset just past `line` (1-based) and `column` (1-based, as
/// `serde_json` counts: the number of bytes of the line read).
fn offset(text: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].iter().position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => return text.len(),
        }
    }
    (start + column).min(text.len())
}

/// The path of the value being read when `serde_json` stopped at `line` and
/// `column` of `text`.
pub(crate) fn path_at(text: &[u8], line: usize, column: usize) -> String {
    format_path(&frames(text, offset(text, line, column)))
}

/// The path of the object that `serde_json` found a required field missing
/// from, when it stopped at `line` and `column` of `text`: it stops just
/// past the object's closing brace.
pub(crate) fn object_path_at(text: &[u8], line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    if end == 0 || text[end - 1] != b'}' {
        return path_at(text, line, column);
    }
    let mut stack = frames(text, end - 1);
    stack.pop();
    format_path(&stack)
}

/// The containers open at byte `end` of `text`.
fn frames(text: &[u8], end: usize) -> Vec<Frame> {
    let mut stack: Vec<Frame> = Vec::new();
    // In an object: whether the next string is a key.
    let mut expecting_key = false;
    let mut i = 0;
    while i < end {
        match text[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            b'[' => {
                stack.push(Frame::Array(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b':' => expecting_key = false,
            b',' => match stack.last_mut() {
                Some(Frame::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < text.len() && text[i] != b'"' {
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        let raw = &text[start..(i + 1).min(text.len())];
                        *key = Some(unquote(raw));
                    }
                    expecting_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
}

/// A key's text: the raw bytes between the quotes, unescaped when needed.
fn unquote(raw: &[u8]) -> String {
    if raw.contains(&b'\\') {
        if let Ok(key) = serde_json::from_slice::<String>(raw) {
            return key;
        }
    }
    let inner = raw.strip_prefix(b"\"").unwrap_or(raw);
    let inner = inner.strip_suffix(b"\"").unwrap_or(inner);
    String::from_utf8_lossy(inner).into_owned()
}

fn format_path(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::de::DeserializeOwned;
    use serde::Deserialize;

    use super::{object_path_at, path_at};

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Project {
        id: String,
        status: Status,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        db: Option<Db>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Db {
        host: String,
        port: u16,
    }

    #[derive(Debug, Deserialize)]
    enum Status {
        #[serde(rename = "ACTIVE")]
        Active,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct List {
        projects: Vec<Project>,
        meta: BTreeMap<String, u32>,
    }

    /// The path `serde_path_to_error` gives, and the one `path_at` gives.
    fn both<T: DeserializeOwned + std::fmt::Debug>(text: &str) -> (String, String) {
        let mut de = serde_json::Deserializer::from_str(text);
        let expected = match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(_) => match de.end() {
                Ok(()) => panic!("{text} decodes"),
                Err(_) => ".".to_owned(),
            },
            Err(e) => e.path().to_string(),
        };
        let error = serde_json::from_str::<T>(text).unwrap_err();
        (
            expected,
            path_at(text.as_bytes(), error.line(), error.column()),
        )
    }

    #[test]
    fn paths_match_serde_path_to_error() {
        let ok = r#"{"id": "a", "status": "ACTIVE"}"#;
        let cases = [
            format!(r#"{{"projects": [{ok}, {{"id": "b", "status": 42}}], "meta": {{}}}}"#),
            format!(r#"{{"projects": [{ok}, {ok}, {{"id": "c", "status": "GONE"}}], "meta": {{}}}}"#),
            format!(r#"{{"projects": [{ok}, {{"id": "d"}}], "meta": {{}}}}"#),
            r#"{"projects": [{"id": "e", "status": "ACTIVE", "tags": ["x", 3]}], "meta": {}}"#.to_owned(),
            "{\n  \"projects\": [\n    {\"id\": \"f\", \"status\": \"ACTIVE\",\n     \"db\": {\"host\": \"h\", \"port\": 70000}}\n  ],\n  \"meta\": {}\n}".to_owned(),
            r#"{"projects": [], "meta": {"a": 1, "b\"q": "two"}}"#.to_owned(),
            format!(r#"{{"meta": {{}}, "projects": [{ok}, {{"id": "g", "status": "ACTIVE", "db": {{"host": "h", "port": 1}}}}, {{"id": 7}}]}}"#),
            r#"{"projects": [], "meta": {}} trailing"#.to_owned(),
            r#"{"projects": "no", "meta": {}}"#.to_owned(),
            r#"[1, 2]"#.to_owned(),
            format!(r#"{{"projects": [{ok}, {{"id": "x\"}}]", "status": 5}}], "meta": {{}}}}"#),
        ];
        for text in &cases {
            let (expected, actual) = both::<List>(text);
            assert_eq!(actual, expected, "{text}");
        }
        // A truncated body: serde_path_to_error says `?`; the innermost
        // open value is more useful.
        let text = r#"{"projects": [], "meta": {"#;
        let error = serde_json::from_str::<List>(text).unwrap_err();
        assert_eq!(
            path_at(text.as_bytes(), error.line(), error.column()),
            "meta"
        );
        let (expected, actual) = both::<Vec<Project>>(&format!("[{ok}, {ok}, {{\"id\": 1}}]"));
        assert_eq!(actual, expected);
        assert_eq!(actual, "[2].id");
    }

    #[test]
    fn the_object_that_lacks_a_field_is_named() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            a: u8,
            b: u8,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            x: Vec<Inner>,
            y: Option<Inner>,
            z: BTreeMap<String, Inner>,
        }
        let cases = [
            (r#"{"x": [{"a": 1}], "y": null, "z": {}}"#, "x[0]"),
            (r#"{"x": [{"a": 1, "b": 2}, {"b": 1} ], "z": {}}"#, "x[1]"),
            (r#"{"x": [], "z": {}, "y": {"a": 1}}"#, "y"),
            ("{\"x\": [], \"z\": {},\n \"y\": {}\n}", "y"),
            (
                r#"{"x": [], "z": {"k}": {"a": 1, "b": 2}, "m": {}}}"#,
                "z.m",
            ),
            (r#"{"y": null, "z": {}}"#, "."),
        ];
        for (text, expected) in cases {
            let error = serde_json::from_str::<Outer>(text).unwrap_err();
            assert!(error.to_string().starts_with("missing field"), "{error}");
            let path = object_path_at(text.as_bytes(), error.line(), error.column());
            assert_eq!(path, expected, "{text}");
        }
    }
}
