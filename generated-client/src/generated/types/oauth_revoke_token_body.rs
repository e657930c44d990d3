//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OAuthRevokeTokenBody`.

/// `OAuthRevokeTokenBody`
///
/// Schema: `#/components/schemas/OAuthRevokeTokenBody`
#[derive(Clone, PartialEq)]
pub struct OAuthRevokeTokenBody {
    /// `client_id`
    pub client_id: String,
    /// `client_secret`
    pub client_secret: String,
    /// `refresh_token`
    pub refresh_token: String,
}

impl std::fmt::Debug for OAuthRevokeTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthRevokeTokenBody")
            .field("client_id", &self.client_id)
            .field("client_secret", &format_args!("[redacted]"))
            .field("refresh_token", &format_args!("[redacted]"))
            .finish()
    }
}

impl crate::runtime::ToFields for OAuthRevokeTokenBody {
    const NAME: &'static str = "OAuthRevokeTokenBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("refresh_token", &self.refresh_token)
    }
}

impl crate::runtime::FromFields for OAuthRevokeTokenBody {
    const EXPECTING: &'static str = "struct OAuthRevokeTokenBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut client_id: Option<String> = None;
        let mut client_secret: Option<String> = None;
        let mut refresh_token: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "client_id" => __map.fill(&mut client_id),
                "client_secret" => __map.fill(&mut client_secret),
                "refresh_token" => __map.fill(&mut refresh_token),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OAuthRevokeTokenBody {
            client_id: crate::runtime::required(client_id, "client_id")?,
            client_secret: crate::runtime::required(client_secret, "client_secret")?,
            refresh_token: crate::runtime::required(refresh_token, "refresh_token")?,
        })
    }
}
crate::runtime::object_serde!(OAuthRevokeTokenBody);

impl OAuthRevokeTokenBody {
    /// A value with the required fields (`client_id`, `client_secret`, `refresh_token`) set and every optional field absent.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            refresh_token: refresh_token.into(),
        }
    }
}
