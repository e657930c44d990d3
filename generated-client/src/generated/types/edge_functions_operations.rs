//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1projects~1{ref}~1functions~1deploy/post/requestBody/content/multipart~1form-data/schema`.

use super::FunctionDeployBodyMetadata;

/// `DeployAFunctionBody`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1functions~1deploy/post/requestBody/content/multipart~1form-data/schema`
#[derive(Debug, Clone)]
pub struct DeployAFunctionBody {
    /// The `file` part.
    pub file: Vec<crate::runtime::FilePart>,
    /// The `metadata` part.
    pub metadata: FunctionDeployBodyMetadata,
}

impl DeployAFunctionBody {
    /// The body as `multipart/form-data` parts.
    pub fn into_parts(
        self,
    ) -> crate::runtime::Result<Vec<crate::runtime::MultipartPart>> {
        let mut parts = Vec::new();
        for value in self.file {
            parts.push(value.into_part("file"));
        }
        let value = self.metadata;
        parts.push(crate::runtime::MultipartPart::json("metadata", &value)?);
        Ok(parts)
    }
}
