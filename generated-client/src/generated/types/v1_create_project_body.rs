//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateProjectBody`.

use serde::{Deserialize, Serialize};

crate::runtime::object! {
    /// Schema: `V1CreateProjectBody`
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub struct V1CreateProjectBody {
        /// Database password
        #[wire(required)]
        pub db_pass: String,
        /// Desired instance size. Omit this field to always default to the smallest possible size.
        pub desired_instance_size: Option<V1CreateProjectBodyDesiredInstanceSize>,
        /// This field is deprecated and is ignored in this request
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub kps_enabled: Option<bool>,
        /// Name of your project
        #[wire(required)]
        pub name: String,
        /// Deprecated: Use `organization_slug` instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub organization_id: Option<String>,
        /// Organization slug
        #[wire(required)]
        pub organization_slug: String,
        /// Subscription Plan is now set on organization level and is ignored in this request
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub plan: Option<V1CreateProjectBodyPlan>,
        /// Region you want your server to reside in. Use region_selection instead.
        ///
        /// **Deprecated** in the API.
        #[deprecated = "deprecated in the API"]
        pub region: Option<V1CreateProjectBodyRegion>,
        /// Region selection. Only one of region or region_selection can be specified.
        pub region_selection: Option<V1CreateProjectBodyRegionSelection>,
        /// Template URL used to create the project from the CLI.
        pub template_url: Option<String>,
    }
}

#[allow(deprecated)]
impl std::fmt::Debug for V1CreateProjectBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1CreateProjectBody")
            .field("db_pass", &format_args!("[redacted]"))
            .field("desired_instance_size", &self.desired_instance_size)
            .field("kps_enabled", &self.kps_enabled)
            .field("name", &self.name)
            .field("organization_id", &self.organization_id)
            .field("organization_slug", &self.organization_slug)
            .field("plan", &self.plan)
            .field("region", &self.region)
            .field("region_selection", &self.region_selection)
            .field("template_url", &self.template_url)
            .finish()
    }
}

crate::runtime::open_enum! {
    /// Desired instance size. Omit this field to always default to the smallest possible size.
    ///
    /// Schema: `V1CreateProjectBody.desired_instance_size`
    #[allow(missing_docs)]
    pub enum V1CreateProjectBodyDesiredInstanceSize {
        Nano = "nano",
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
        Xlarge = "xlarge",
        V2xlarge = "2xlarge",
        V4xlarge = "4xlarge",
        V8xlarge = "8xlarge",
        V12xlarge = "12xlarge",
        V16xlarge = "16xlarge",
        V24xlarge = "24xlarge",
        V24xlargeOptimizedMemory = "24xlarge_optimized_memory",
        V24xlargeOptimizedCpu = "24xlarge_optimized_cpu",
        V24xlargeHighMemory = "24xlarge_high_memory",
        V48xlarge = "48xlarge",
        V48xlargeOptimizedMemory = "48xlarge_optimized_memory",
        V48xlargeOptimizedCpu = "48xlarge_optimized_cpu",
        V48xlargeHighMemory = "48xlarge_high_memory",
    }
}

crate::runtime::open_enum! {
    /// Subscription Plan is now set on organization level and is ignored in this request
    ///
    /// **Deprecated** in the API.
    ///
    /// Schema: `V1CreateProjectBody.plan`
    #[allow(missing_docs)]
    pub enum V1CreateProjectBodyPlan {
        Free = "free",
        Pro = "pro",
    }
}

crate::runtime::open_enum! {
    /// Region you want your server to reside in. Use region_selection instead.
    ///
    /// **Deprecated** in the API.
    ///
    /// Schema: `V1CreateProjectBody.region`
    #[allow(missing_docs)]
    pub enum V1CreateProjectBodyRegion {
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

/// Region selection. Only one of region or region_selection can be specified.
///
/// Schema: `V1CreateProjectBody.region_selection`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum V1CreateProjectBodyRegionSelection {
    #[serde(rename = "specific")]
    Specific {
        /// Specific region code. The codes supported are not a stable API, and should be retrieved
        /// from the /available-regions endpoint.
        code: V1CreateProjectBodyRegionSelectionSpecificCode,
    },
    #[serde(rename = "smartGroup")]
    SmartGroup {
        /// The Smart Region Group's code. The codes supported are not a stable API, and should be
        /// retrieved from the /available-regions endpoint.
        code: V1CreateProjectBodyRegionSelectionSmartGroupCode,
    },
}

impl crate::runtime::Field for V1CreateProjectBodyRegionSelection {}
crate::runtime::open_enum! {
    /// The Smart Region Group's code. The codes supported are not a stable API, and should be
    /// retrieved from the /available-regions endpoint.
    ///
    /// Schema: `V1CreateProjectBody.region_selection.oneOf[1].code`
    #[allow(missing_docs)]
    pub enum V1CreateProjectBodyRegionSelectionSmartGroupCode {
        Americas = "americas",
        Emea = "emea",
        Apac = "apac",
    }
}

crate::runtime::open_enum! {
    /// Specific region code. The codes supported are not a stable API, and should be retrieved from
    /// the /available-regions endpoint.
    ///
    /// Schema: `V1CreateProjectBody.region_selection.oneOf[0].code`
    #[allow(missing_docs)]
    pub enum V1CreateProjectBodyRegionSelectionSpecificCode {
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
