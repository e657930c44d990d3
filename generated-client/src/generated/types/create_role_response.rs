//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleResponse`.

/// `CreateRoleResponse`
///
/// Schema: `#/components/schemas/CreateRoleResponse`
#[derive(Clone, PartialEq)]
pub struct CreateRoleResponse {
    /// `password`
    pub password: String,
    /// `role`
    pub role: String,
    /// `ttl_seconds`
    pub ttl_seconds: i64,
}

impl std::fmt::Debug for CreateRoleResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateRoleResponse")
            .field("password", &format_args!("[redacted]"))
            .field("role", &self.role)
            .field("ttl_seconds", &self.ttl_seconds)
            .finish()
    }
}

impl crate::runtime::ToFields for CreateRoleResponse {
    const NAME: &'static str = "CreateRoleResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("password", &self.password)
            .field("role", &self.role)
            .field("ttl_seconds", &self.ttl_seconds)
    }
}

impl crate::runtime::FromFields for CreateRoleResponse {
    const EXPECTING: &'static str = "struct CreateRoleResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut password: Option<String> = None;
        let mut role: Option<String> = None;
        let mut ttl_seconds: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "password" => __map.fill(&mut password),
                "role" => __map.fill(&mut role),
                "ttl_seconds" => __map.fill(&mut ttl_seconds),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateRoleResponse {
            password: crate::runtime::required(password, "password")?,
            role: crate::runtime::required(role, "role")?,
            ttl_seconds: crate::runtime::required(ttl_seconds, "ttl_seconds")?,
        })
    }
}
crate::runtime::object_serde!(CreateRoleResponse);
