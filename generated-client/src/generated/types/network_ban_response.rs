//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkBanResponse`.

/// `NetworkBanResponse`
///
/// Schema: `#/components/schemas/NetworkBanResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkBanResponse {
    /// `banned_ipv4_addresses`
    pub banned_ipv4_addresses: Vec<String>,
}

impl crate::runtime::ToFields for NetworkBanResponse {
    const NAME: &'static str = "NetworkBanResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("banned_ipv4_addresses", &self.banned_ipv4_addresses)
    }
}

impl crate::runtime::FromFields for NetworkBanResponse {
    const EXPECTING: &'static str = "struct NetworkBanResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut banned_ipv4_addresses: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "banned_ipv4_addresses" => __map.fill(&mut banned_ipv4_addresses),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkBanResponse {
            banned_ipv4_addresses: crate::runtime::required(
                banned_ipv4_addresses,
                "banned_ipv4_addresses",
            )?,
        })
    }
}
crate::runtime::object_serde!(NetworkBanResponse);
