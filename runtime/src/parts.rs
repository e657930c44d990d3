//! Values generated code turns into request parts: files and fields of
//! `multipart/form-data` bodies, and structured parameters as text.

use std::fmt;

use bytes::Bytes;

use super::error::{Error, Result};
use super::request::MultipartPart;

/// A file to upload in a `multipart/form-data` body.
///
/// `Debug` shows the size of the data, not its content.
#[derive(Clone, Default)]
pub struct FilePart {
    /// The file name sent with the part.
    pub file_name: Option<String>,
    /// The part's content type; `application/octet-stream` when `None`.
    pub content_type: Option<String>,
    /// The file's bytes.
    pub data: Bytes,
}

impl FilePart {
    /// A file part holding `data`.
    pub fn new(data: impl Into<Bytes>) -> Self {
        Self {
            file_name: None,
            content_type: None,
            data: data.into(),
        }
    }

    /// Sets the file name sent with the part.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// Sets the part's content type.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// This file as the form field `name`, with `content_type` unless the
    /// file has its own (the content type the spec's `encoding` gives).
    pub fn into_part_typed(mut self, name: &str, content_type: &str) -> MultipartPart {
        if self.content_type.is_none() {
            self.content_type = Some(content_type.to_owned());
        }
        self.into_part(name)
    }

    /// This file as the form field `name`.
    pub fn into_part(self, name: &str) -> MultipartPart {
        MultipartPart {
            name: name.to_owned(),
            file_name: Some(self.file_name.unwrap_or_else(|| name.to_owned())),
            content_type: Some(
                self.content_type
                    .unwrap_or_else(|| "application/octet-stream".to_owned()),
            ),
            data: self.data,
        }
    }
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("data", &format_args!("<{} bytes>", self.data.len()))
            .finish()
    }
}

impl MultipartPart {
    /// A text field.
    pub fn text(name: &str, value: String) -> Self {
        MultipartPart {
            name: name.to_owned(),
            file_name: None,
            content_type: None,
            data: Bytes::from(value),
        }
    }

    /// The same part with `content_type`.
    pub fn with_content_type(mut self, content_type: &str) -> Self {
        self.content_type = Some(content_type.to_owned());
        self
    }

    /// The parts of the field `name` holding `value` (anything but a file),
    /// by OpenAPI's defaults for `multipart/form-data`: a primitive is a
    /// text part (its JSON text without quotes), an object a JSON part
    /// (`application/json`), an array one part per item, and `null` no
    /// part. A `content_type` (the spec's `encoding`) of JSON writes the whole
    /// value as one part of that type; any other is the type of each part.
    pub fn values<T: serde::Serialize + ?Sized>(
        name: &str,
        value: &T,
        content_type: Option<&str>,
    ) -> Result<Vec<Self>> {
        if content_type.is_some_and(is_json) {
            let mut part = Self::json(name, value)?;
            part.content_type = content_type.map(str::to_owned);
            return Ok(vec![part]);
        }
        let items = match serde_json::to_value(value).map_err(|e| Error::Encode(e.to_string()))? {
            serde_json::Value::Array(items) => items,
            // Written from the value itself, so its keys keep their order.
            serde_json::Value::Object(_) => {
                let part = Self::json(name, value)?;
                return Ok(vec![match content_type {
                    Some(ct) => part.with_content_type(ct),
                    None => part,
                }]);
            }
            other => vec![other],
        };
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            let part = match item {
                serde_json::Value::Null => continue,
                serde_json::Value::String(text) => Self::text(name, text),
                serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
                    Self::text(name, item.to_string())
                }
                serde_json::Value::Array(_) | serde_json::Value::Object(_) => {
                    Self::json(name, &item)?
                }
            };
            parts.push(match content_type {
                Some(ct) => part.with_content_type(ct),
                None => part,
            });
        }
        Ok(parts)
    }

    /// A field holding `value` as JSON (`application/json`).
    pub fn json<T: serde::Serialize + ?Sized>(name: &str, value: &T) -> Result<Self> {
        let data = serde_json::to_vec(value).map_err(|e| Error::Encode(e.to_string()))?;
        Ok(MultipartPart {
            name: name.to_owned(),
            file_name: None,
            content_type: Some("application/json".to_owned()),
            data: Bytes::from(data),
        })
    }
}

/// Whether a media type is JSON (`application/json`, `+json`).
fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
        || essence.to_ascii_lowercase().ends_with("+json")
}

/// A parameter's value as JSON text: how a parameter described by
/// `content: application/json` is sent (then percent-encoded as any value).
pub fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Encode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(parts: &[MultipartPart]) -> Vec<(String, Option<String>, String)> {
        parts
            .iter()
            .map(|p| {
                let data = String::from_utf8(p.data.to_vec()).unwrap();
                (p.name.clone(), p.content_type.clone(), data)
            })
            .collect()
    }

    fn part(content_type: Option<&str>, data: &str) -> (String, Option<String>, String) {
        (
            "f".to_owned(),
            content_type.map(str::to_owned),
            data.to_owned(),
        )
    }

    #[test]
    fn values_are_text_json_or_one_part_per_item() {
        let json = Some("application/json");
        let values =
            |v: serde_json::Value, ct| summary(&MultipartPart::values("f", &v, ct).unwrap());
        assert_eq!(values(serde_json::json!(5), None), [part(None, "5")]);
        assert_eq!(values(serde_json::json!("a b"), None), [part(None, "a b")]);
        assert_eq!(values(serde_json::json!(null), None), []);
        assert_eq!(
            values(serde_json::json!({"a": 1}), None),
            [part(json, r#"{"a":1}"#)]
        );
        assert_eq!(
            values(serde_json::json!([1, "x", {"a": true}]), None),
            [
                part(None, "1"),
                part(None, "x"),
                part(json, r#"{"a":true}"#)
            ]
        );
        // The `encoding`'s content type: JSON is the whole value in one part.
        assert_eq!(
            values(serde_json::json!([1, 2]), json),
            [part(json, "[1,2]")]
        );
        assert_eq!(
            values(serde_json::json!(["a", "b"]), Some("text/csv")),
            [part(Some("text/csv"), "a"), part(Some("text/csv"), "b")]
        );
        let file = FilePart::new("x").into_part_typed("f", "image/png");
        assert_eq!(file.content_type.as_deref(), Some("image/png"));
        let own = FilePart::new("x")
            .content_type("image/gif")
            .into_part_typed("f", "image/png");
        assert_eq!(own.content_type.as_deref(), Some("image/gif"));
    }
}
