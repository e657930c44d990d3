//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RegionsInfo`.

crate::runtime::object! {
    /// Schema: `RegionsInfo`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfo {
        #[wire(required)]
        pub all: RegionsInfoAll,
        #[wire(required)]
        pub recommendations: RegionsInfoRecommendations,
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.all`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoAll {
        #[wire("smartGroup", required)]
        pub smart_group: Vec<RegionsInfoAllSmartGroupItem>,
        #[wire(required)]
        pub specific: Vec<RegionsInfoAllSpecificItem>,
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.all.smartGroup[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoAllSmartGroupItem {
        #[wire(required)]
        pub code: RegionsInfoAllSmartGroupItemCode,
        #[wire(required)]
        pub name: String,
        #[wire("type", required)]
        pub type_: RegionsInfoAllSmartGroupItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.smartGroup[].code`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSmartGroupItemCode {
        Americas = "americas",
        Emea = "emea",
        Apac = "apac",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.smartGroup[].type`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSmartGroupItemType {
        SmartGroup = "smartGroup",
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.all.specific[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoAllSpecificItem {
        #[wire(required)]
        pub code: RegionsInfoAllSpecificItemCode,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub provider: RegionsInfoAllSpecificItemProvider,
        pub status: Option<RegionsInfoAllSpecificItemStatus>,
        #[wire("type", required)]
        pub type_: RegionsInfoAllSpecificItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.specific[].code`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSpecificItemCode {
        UsEast1 = "us-east-1",
        UsEast2 = "us-east-2",
        UsWest1 = "us-west-1",
        UsWest2 = "us-west-2",
        ApSoutheast1 = "ap-southeast-1",
        ApNortheast1 = "ap-northeast-1",
        ApNortheast2 = "ap-northeast-2",
        ApEast1 = "ap-east-1",
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

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.specific[].provider`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSpecificItemProvider {
        Aws = "AWS",
        Fly = "FLY",
        AwsK8s = "AWS_K8S",
        AwsNimbus = "AWS_NIMBUS",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.specific[].status`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSpecificItemStatus {
        Capacity = "capacity",
        Other = "other",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.all.specific[].type`
    #[allow(missing_docs)]
    pub enum RegionsInfoAllSpecificItemType {
        Specific = "specific",
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.recommendations`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoRecommendations {
        #[wire("smartGroup", required)]
        pub smart_group: RegionsInfoRecommendationsSmartGroup,
        #[wire(required)]
        pub specific: Vec<RegionsInfoRecommendationsSpecificItem>,
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.recommendations.smartGroup`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoRecommendationsSmartGroup {
        #[wire(required)]
        pub code: RegionsInfoRecommendationsSmartGroupCode,
        #[wire(required)]
        pub name: String,
        #[wire("type", required)]
        pub type_: RegionsInfoRecommendationsSmartGroupType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.smartGroup.code`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSmartGroupCode {
        Americas = "americas",
        Emea = "emea",
        Apac = "apac",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.smartGroup.type`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSmartGroupType {
        SmartGroup = "smartGroup",
    }
}

crate::runtime::object! {
    /// Schema: `RegionsInfo.recommendations.specific[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct RegionsInfoRecommendationsSpecificItem {
        #[wire(required)]
        pub code: RegionsInfoRecommendationsSpecificItemCode,
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub provider: RegionsInfoRecommendationsSpecificItemProvider,
        pub status: Option<RegionsInfoRecommendationsSpecificItemStatus>,
        #[wire("type", required)]
        pub type_: RegionsInfoRecommendationsSpecificItemType,
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.specific[].code`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSpecificItemCode {
        UsEast1 = "us-east-1",
        UsEast2 = "us-east-2",
        UsWest1 = "us-west-1",
        UsWest2 = "us-west-2",
        ApSoutheast1 = "ap-southeast-1",
        ApNortheast1 = "ap-northeast-1",
        ApNortheast2 = "ap-northeast-2",
        ApEast1 = "ap-east-1",
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

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.specific[].provider`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSpecificItemProvider {
        Aws = "AWS",
        Fly = "FLY",
        AwsK8s = "AWS_K8S",
        AwsNimbus = "AWS_NIMBUS",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.specific[].status`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSpecificItemStatus {
        Capacity = "capacity",
        Other = "other",
    }
}

crate::runtime::open_enum! {
    /// Schema: `RegionsInfo.recommendations.specific[].type`
    #[allow(missing_docs)]
    pub enum RegionsInfoRecommendationsSpecificItemType {
        Specific = "specific",
    }
}
