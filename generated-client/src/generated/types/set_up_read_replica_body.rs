//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SetUpReadReplicaBody`.

crate::runtime::object! {
    /// Schema: `SetUpReadReplicaBody`
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct SetUpReadReplicaBody {
        /// Region you want your read replica to reside in
        #[wire(required)]
        pub read_replica_region: SetUpReadReplicaBodyReadReplicaRegion,
    }
}

crate::runtime::open_enum! {
    /// Region you want your read replica to reside in
    ///
    /// Schema: `SetUpReadReplicaBody.read_replica_region`
    #[allow(missing_docs)]
    pub enum SetUpReadReplicaBodyReadReplicaRegion {
        UsEast1 = "us-east-1",
        UsEast2 = "us-east-2",
        UsWest1 = "us-west-1",
        UsWest2 = "us-west-2",
        ApEast1 = "ap-east-1",
        ApSoutheast1 = "ap-southeast-1",
        ApNortheast1 = "ap-northeast-1",
        ApNortheast2 = "ap-northeast-2",
        ApSoutheast2 = "ap-southeast-2",
        EuWest1 = "eu-west-1",
        EuWest2 = "eu-west-2",
        EuWest3 = "eu-west-3",
        EuNorth1 = "eu-north-1",
        EuCentral1 = "eu-central-1",
        EuCentral2 = "eu-central-2",
        CaCentral1 = "ca-central-1",
        ApSouth1 = "ap-south-1",
        SaEast1 = "sa-east-1",
    }
}
