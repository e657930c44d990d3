//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/paths/~1v1~1projects~1{ref}~1functions~1{function_slug}/delete/responses/200/content/application~1json/schema`.

use super::FunctionDeployBodyMetadata;

/// `DeleteAFunctionResponse`
///
/// Schema: `#/paths/~1v1~1projects~1{ref}~1functions~1{function_slug}/delete/responses/200/content/application~1json/schema`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAFunctionResponse {
    /// `message`
    pub message: String,
}

impl crate::runtime::ToFields for DeleteAFunctionResponse {
    const NAME: &'static str = "DeleteAFunctionResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("message", &self.message)
    }
}

impl crate::runtime::FromFields for DeleteAFunctionResponse {
    const EXPECTING: &'static str = "struct DeleteAFunctionResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DeleteAFunctionResponse {
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(DeleteAFunctionResponse);

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
