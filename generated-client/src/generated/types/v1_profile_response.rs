//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProfileResponse`.

/// `V1ProfileResponse`
///
/// Schema: `#/components/schemas/V1ProfileResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ProfileResponse {
    /// `gotrue_id`
    pub gotrue_id: String,
    /// `primary_email`
    pub primary_email: String,
    /// `username`
    pub username: String,
}

impl crate::runtime::ToFields for V1ProfileResponse {
    const NAME: &'static str = "V1ProfileResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("gotrue_id", &self.gotrue_id)
            .field("primary_email", &self.primary_email)
            .field("username", &self.username)
    }
}

impl crate::runtime::FromFields for V1ProfileResponse {
    const EXPECTING: &'static str = "struct V1ProfileResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut gotrue_id: Option<String> = None;
        let mut primary_email: Option<String> = None;
        let mut username: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "gotrue_id" => __map.fill(&mut gotrue_id),
                "primary_email" => __map.fill(&mut primary_email),
                "username" => __map.fill(&mut username),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProfileResponse {
            gotrue_id: crate::runtime::required(gotrue_id, "gotrue_id")?,
            primary_email: crate::runtime::required(primary_email, "primary_email")?,
            username: crate::runtime::required(username, "username")?,
        })
    }
}
crate::runtime::object_serde!(V1ProfileResponse);
