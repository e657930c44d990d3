//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/AuthorizeJitAccessBody`.

/// `AuthorizeJitAccessBody`
///
/// Schema: `#/components/schemas/AuthorizeJitAccessBody`
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizeJitAccessBody {
    /// `rhost`
    pub rhost: String,
    /// `role`
    pub role: String,
}

impl crate::runtime::ToFields for AuthorizeJitAccessBody {
    const NAME: &'static str = "AuthorizeJitAccessBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("rhost", &self.rhost).field("role", &self.role)
    }
}

impl crate::runtime::FromFields for AuthorizeJitAccessBody {
    const EXPECTING: &'static str = "struct AuthorizeJitAccessBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut rhost: Option<String> = None;
        let mut role: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "rhost" => __map.fill(&mut rhost),
                "role" => __map.fill(&mut role),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(AuthorizeJitAccessBody {
            rhost: crate::runtime::required(rhost, "rhost")?,
            role: crate::runtime::required(role, "role")?,
        })
    }
}
crate::runtime::object_serde!(AuthorizeJitAccessBody);

impl AuthorizeJitAccessBody {
    /// A value with the required fields (`rhost`, `role`) set and every optional field absent.
    pub fn new(rhost: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            rhost: rhost.into(),
            role: role.into(),
        }
    }
}
