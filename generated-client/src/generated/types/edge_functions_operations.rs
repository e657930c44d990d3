//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

use super::FunctionDeployBodyMetadata;

crate::runtime::object! {
    /// Schema:
    /// `#/paths/~1v1~1projects~1{ref}~1functions~1{function_slug}/delete/responses/200/content/application~1json/schema`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct DeleteAFunctionResponse {
        #[wire(required)]
        pub message: String,
    }
}

/// Schema:
/// `#/paths/~1v1~1projects~1{ref}~1functions~1deploy/post/requestBody/content/multipart~1form-data/schema`
#[allow(missing_docs)]
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeployAFunctionBody {
    pub file: Vec<crate::runtime::FilePart>,
    pub metadata: FunctionDeployBodyMetadata,
}

impl DeployAFunctionBody {
    /// A value with the required parts given and every other part empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(metadata: impl Into<FunctionDeployBodyMetadata>) -> Self {
        Self {
            file: Default::default(),
            metadata: metadata.into(),
        }
    }

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
