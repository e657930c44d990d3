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

/// A structured query or header parameter as JSON text (the spec gives no
/// simpler form for objects).
#[allow(dead_code)] // Used only when a spec has object-valued parameters.
pub fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Encode(e.to_string()))
}
