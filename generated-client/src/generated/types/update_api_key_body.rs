//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateApiKeyBody`.

/// `UpdateApiKeyBody`
///
/// Schema: `#/components/schemas/UpdateApiKeyBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateApiKeyBody {
    /// `description`
    pub description: crate::runtime::Nullable<String>,
    /// `name`
    pub name: Option<String>,
    /// `secret_jwt_template`
    pub secret_jwt_template: crate::runtime::Nullable<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
}

impl crate::runtime::ToFields for UpdateApiKeyBody {
    const NAME: &'static str = "UpdateApiKeyBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .nullable("description", &self.description)
            .optional("name", &self.name)
            .nullable("secret_jwt_template", &self.secret_jwt_template)
    }
}

impl crate::runtime::FromFields for UpdateApiKeyBody {
    const EXPECTING: &'static str = "struct UpdateApiKeyBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut description: crate::runtime::Nullable<String> = crate::runtime::Nullable::Absent;
        let mut name: Option<String> = None;
        let mut secret_jwt_template: crate::runtime::Nullable<
            std::collections::BTreeMap<String, serde_json::Value>,
        > = crate::runtime::Nullable::Absent;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "description" => __map.set(&mut description),
                "name" => __map.set(&mut name),
                "secret_jwt_template" => __map.set(&mut secret_jwt_template),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateApiKeyBody {
            description,
            name,
            secret_jwt_template,
        })
    }
}
crate::runtime::object_serde!(UpdateApiKeyBody);
