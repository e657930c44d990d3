//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsRequest`.

/// `NetworkRestrictionsRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsRequest`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsRequest {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl crate::runtime::ToFields for NetworkRestrictionsRequest {
    const NAME: &'static str = "NetworkRestrictionsRequest";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("dbAllowedCidrs", &self.db_allowed_cidrs)
            .optional("dbAllowedCidrsV6", &self.db_allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsRequest {
    const EXPECTING: &'static str = "struct NetworkRestrictionsRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut db_allowed_cidrs: Option<Vec<String>> = None;
        let mut db_allowed_cidrs_v6: Option<Vec<String>> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "dbAllowedCidrs" => __map.set(&mut db_allowed_cidrs),
                "dbAllowedCidrsV6" => __map.set(&mut db_allowed_cidrs_v6),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsRequest {
            db_allowed_cidrs,
            db_allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsRequest);
