//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/NetworkRestrictionsPatchRequest`.

/// `NetworkRestrictionsPatchRequest`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsPatchRequest {
    /// `add`
    pub add: Option<NetworkRestrictionsPatchRequestAdd>,
    /// `remove`
    pub remove: Option<NetworkRestrictionsPatchRequestRemove>,
}

impl crate::runtime::ToFields for NetworkRestrictionsPatchRequest {
    const NAME: &'static str = "NetworkRestrictionsPatchRequest";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("add", &self.add).optional("remove", &self.remove)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequest {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequest";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut add: Option<NetworkRestrictionsPatchRequestAdd> = None;
        let mut remove: Option<NetworkRestrictionsPatchRequestRemove> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "add" => __map.set(&mut add),
                "remove" => __map.set(&mut remove),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(NetworkRestrictionsPatchRequest {
            add,
            remove,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsPatchRequest);

/// `NetworkRestrictionsPatchRequestAdd`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/add`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsPatchRequestAdd {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl crate::runtime::ToFields for NetworkRestrictionsPatchRequestAdd {
    const NAME: &'static str = "NetworkRestrictionsPatchRequestAdd";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("dbAllowedCidrs", &self.db_allowed_cidrs)
            .optional("dbAllowedCidrsV6", &self.db_allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequestAdd {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequestAdd";
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
        Ok(NetworkRestrictionsPatchRequestAdd {
            db_allowed_cidrs,
            db_allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsPatchRequestAdd);

/// `NetworkRestrictionsPatchRequestRemove`
///
/// Schema: `#/components/schemas/NetworkRestrictionsPatchRequest/properties/remove`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkRestrictionsPatchRequestRemove {
    /// `dbAllowedCidrs`
    pub db_allowed_cidrs: Option<Vec<String>>,
    /// `dbAllowedCidrsV6`
    pub db_allowed_cidrs_v6: Option<Vec<String>>,
}

impl crate::runtime::ToFields for NetworkRestrictionsPatchRequestRemove {
    const NAME: &'static str = "NetworkRestrictionsPatchRequestRemove";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("dbAllowedCidrs", &self.db_allowed_cidrs)
            .optional("dbAllowedCidrsV6", &self.db_allowed_cidrs_v6)
    }
}

impl crate::runtime::FromFields for NetworkRestrictionsPatchRequestRemove {
    const EXPECTING: &'static str = "struct NetworkRestrictionsPatchRequestRemove";
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
        Ok(NetworkRestrictionsPatchRequestRemove {
            db_allowed_cidrs,
            db_allowed_cidrs_v6,
        })
    }
}
crate::runtime::object_serde!(NetworkRestrictionsPatchRequestRemove);
