//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SetUpReadReplicaBody`.

use serde::{Deserialize, Serialize};

/// `SetUpReadReplicaBody`
///
/// Schema: `#/components/schemas/SetUpReadReplicaBody`
#[derive(Debug, Clone, PartialEq)]
pub struct SetUpReadReplicaBody {
    /// Region you want your read replica to reside in
    pub read_replica_region: SetUpReadReplicaBodyReadReplicaRegion,
}

impl crate::runtime::ToFields for SetUpReadReplicaBody {
    const NAME: &'static str = "SetUpReadReplicaBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("read_replica_region", &self.read_replica_region)
    }
}

impl crate::runtime::FromFields for SetUpReadReplicaBody {
    const EXPECTING: &'static str = "struct SetUpReadReplicaBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut read_replica_region: Option<SetUpReadReplicaBodyReadReplicaRegion> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "read_replica_region" => __map.fill(&mut read_replica_region),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SetUpReadReplicaBody {
            read_replica_region: crate::runtime::required(
                read_replica_region,
                "read_replica_region",
            )?,
        })
    }
}
crate::runtime::object_serde!(SetUpReadReplicaBody);

impl SetUpReadReplicaBody {
    /// A value with the required fields (`read_replica_region`) set and every optional field absent.
    pub fn new(read_replica_region: SetUpReadReplicaBodyReadReplicaRegion) -> Self {
        Self { read_replica_region }
    }
}

/// Region you want your read replica to reside in
///
/// Schema: `#/components/schemas/SetUpReadReplicaBody/properties/read_replica_region`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SetUpReadReplicaBodyReadReplicaRegion {
    /// `us-east-1`
    UsEast1,
    /// `us-east-2`
    UsEast2,
    /// `us-west-1`
    UsWest1,
    /// `us-west-2`
    UsWest2,
    /// `ap-east-1`
    ApEast1,
    /// `ap-southeast-1`
    ApSoutheast1,
    /// `ap-northeast-1`
    ApNortheast1,
    /// `ap-northeast-2`
    ApNortheast2,
    /// `ap-southeast-2`
    ApSoutheast2,
    /// `eu-west-1`
    EuWest1,
    /// `eu-west-2`
    EuWest2,
    /// `eu-west-3`
    EuWest3,
    /// `eu-north-1`
    EuNorth1,
    /// `eu-central-1`
    EuCentral1,
    /// `eu-central-2`
    EuCentral2,
    /// `ca-central-1`
    CaCentral1,
    /// `ap-south-1`
    ApSouth1,
    /// `sa-east-1`
    SaEast1,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl SetUpReadReplicaBodyReadReplicaRegion {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsEast1 => "us-east-1",
            Self::UsEast2 => "us-east-2",
            Self::UsWest1 => "us-west-1",
            Self::UsWest2 => "us-west-2",
            Self::ApEast1 => "ap-east-1",
            Self::ApSoutheast1 => "ap-southeast-1",
            Self::ApNortheast1 => "ap-northeast-1",
            Self::ApNortheast2 => "ap-northeast-2",
            Self::ApSoutheast2 => "ap-southeast-2",
            Self::EuWest1 => "eu-west-1",
            Self::EuWest2 => "eu-west-2",
            Self::EuWest3 => "eu-west-3",
            Self::EuNorth1 => "eu-north-1",
            Self::EuCentral1 => "eu-central-1",
            Self::EuCentral2 => "eu-central-2",
            Self::CaCentral1 => "ca-central-1",
            Self::ApSouth1 => "ap-south-1",
            Self::SaEast1 => "sa-east-1",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SetUpReadReplicaBodyReadReplicaRegion {
    fn from(value: &str) -> Self {
        match value {
            "us-east-1" => Self::UsEast1,
            "us-east-2" => Self::UsEast2,
            "us-west-1" => Self::UsWest1,
            "us-west-2" => Self::UsWest2,
            "ap-east-1" => Self::ApEast1,
            "ap-southeast-1" => Self::ApSoutheast1,
            "ap-northeast-1" => Self::ApNortheast1,
            "ap-northeast-2" => Self::ApNortheast2,
            "ap-southeast-2" => Self::ApSoutheast2,
            "eu-west-1" => Self::EuWest1,
            "eu-west-2" => Self::EuWest2,
            "eu-west-3" => Self::EuWest3,
            "eu-north-1" => Self::EuNorth1,
            "eu-central-1" => Self::EuCentral1,
            "eu-central-2" => Self::EuCentral2,
            "ca-central-1" => Self::CaCentral1,
            "ap-south-1" => Self::ApSouth1,
            "sa-east-1" => Self::SaEast1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for SetUpReadReplicaBodyReadReplicaRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SetUpReadReplicaBodyReadReplicaRegion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SetUpReadReplicaBodyReadReplicaRegion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
