//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Organizations`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Claims project for the specified organization
    ///
    /// `POST /v1/organizations/{slug}/project-claim/{token}`
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    ///
    /// Operation: `v1-claim-project-for-organization`
    #[doc(alias = "v1_claim_project_for_organization")]
    pub fn claim_project_for_organization(
        &self,
        slug: impl Into<String>,
        token: impl Into<String>,
    ) -> ClaimProjectForOrganization<'_> {
        ClaimProjectForOrganization {
            client: self,
            slug: slug.into(),
            token: token.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Create an organization
    ///
    /// `POST /v1/organizations`
    ///
    /// Operation: `v1-create-an-organization`
    #[doc(alias = "v1_create_an_organization")]
    pub fn create_an_organization(
        &self,
        body: types::CreateOrganizationV1,
    ) -> CreateAnOrganization<'_> {
        CreateAnOrganization {
            client: self,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets information about the organization
    ///
    /// `GET /v1/organizations/{slug}`
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    ///
    /// Operation: `v1-get-an-organization`
    #[doc(alias = "v1_get_an_organization")]
    pub fn get_an_organization(&self, slug: impl Into<String>) -> GetAnOrganization<'_> {
        GetAnOrganization {
            client: self,
            slug: slug.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get entitlements for an organization
    ///
    /// Returns the entitlements available to the organization based on their plan and any
    /// overrides.
    ///
    /// `GET /v1/organizations/{slug}/entitlements`
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    ///
    /// Operation: `v1-get-organization-entitlements`
    #[doc(alias = "v1_get_organization_entitlements")]
    pub fn get_organization_entitlements(
        &self,
        slug: impl Into<String>,
    ) -> GetOrganizationEntitlements<'_> {
        GetOrganizationEntitlements {
            client: self,
            slug: slug.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project details for the specified organization and claim token
    ///
    /// `GET /v1/organizations/{slug}/project-claim/{token}`
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    ///
    /// Operation: `v1-get-organization-project-claim`
    #[doc(alias = "v1_get_organization_project_claim")]
    pub fn get_organization_project_claim(
        &self,
        slug: impl Into<String>,
        token: impl Into<String>,
    ) -> GetOrganizationProjectClaim<'_> {
        GetOrganizationProjectClaim {
            client: self,
            slug: slug.into(),
            token: token.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all organizations
    ///
    /// Returns a list of organizations that you currently belong to.
    ///
    /// `GET /v1/organizations`
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// Operation: `v1-list-all-organizations`
    #[doc(alias = "v1_list_all_organizations")]
    pub fn list_all_organizations(&self) -> ListAllOrganizations<'_> {
        ListAllOrganizations {
            client: self,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List members of an organization
    ///
    /// `GET /v1/organizations/{slug}/members`
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    ///
    /// Operation: `v1-list-organization-members`
    #[doc(alias = "v1_list_organization_members")]
    pub fn list_organization_members(
        &self,
        slug: impl Into<String>,
    ) -> ListOrganizationMembers<'_> {
        ListOrganizationMembers {
            client: self,
            slug: slug.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }
}

impl std::fmt::Debug for ClaimProjectForOrganization<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClaimProjectForOrganization")
            .field("client", &self.client)
            .field("slug", &self.slug)
            .field("token", &format_args!("[redacted]"))
            .field("headers", &self.headers)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Request builder for [`Client::claim_project_for_organization`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ClaimProjectForOrganization<'a> {
    client: &'a crate::runtime::Client,
    slug: String,
    token: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ClaimProjectForOrganization<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-claim-project-for-organization",
            method: "POST",
            path: "/v1/organizations/{slug}/project-claim/{token}",
        };
        let path = [
            "/v1/organizations/",
            crate::runtime::encode_path_segment(&self.slug).as_str(),
            "/project-claim/",
            crate::runtime::encode_path_segment(&self.token).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ClaimProjectForOrganization, (), Unit);

/// Request builder for [`Client::create_an_organization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateAnOrganization<'a> {
    client: &'a crate::runtime::Client,
    body: types::CreateOrganizationV1,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateAnOrganization<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-an-organization",
            method: "POST",
            path: "/v1/organizations",
        };
        let path = String::from("/v1/organizations");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateAnOrganization, types::OrganizationResponseV1, Json);

/// Request builder for [`Client::get_an_organization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAnOrganization<'a> {
    client: &'a crate::runtime::Client,
    slug: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetAnOrganization<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-an-organization",
            method: "GET",
            path: "/v1/organizations/{slug}",
        };
        let path = [
            "/v1/organizations/",
            crate::runtime::encode_path_segment(&self.slug).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetAnOrganization, types::V1OrganizationSlugResponse, Json);

/// Request builder for [`Client::get_organization_entitlements`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetOrganizationEntitlements<'a> {
    client: &'a crate::runtime::Client,
    slug: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetOrganizationEntitlements<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-organization-entitlements",
            method: "GET",
            path: "/v1/organizations/{slug}/entitlements",
        };
        let path = [
            "/v1/organizations/",
            crate::runtime::encode_path_segment(&self.slug).as_str(),
            "/entitlements",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    GetOrganizationEntitlements, types::V1ListEntitlementsResponse, Json
);

impl std::fmt::Debug for GetOrganizationProjectClaim<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationProjectClaim")
            .field("client", &self.client)
            .field("slug", &self.slug)
            .field("token", &format_args!("[redacted]"))
            .field("headers", &self.headers)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// Request builder for [`Client::get_organization_project_claim`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetOrganizationProjectClaim<'a> {
    client: &'a crate::runtime::Client,
    slug: String,
    token: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetOrganizationProjectClaim<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-organization-project-claim",
            method: "GET",
            path: "/v1/organizations/{slug}/project-claim/{token}",
        };
        let path = [
            "/v1/organizations/",
            crate::runtime::encode_path_segment(&self.slug).as_str(),
            "/project-claim/",
            crate::runtime::encode_path_segment(&self.token).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    GetOrganizationProjectClaim, types::OrganizationProjectClaimResponse, Json
);

/// Request builder for [`Client::list_all_organizations`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllOrganizations<'a> {
    client: &'a crate::runtime::Client,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllOrganizations<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-organizations",
            method: "GET",
            path: "/v1/organizations",
        };
        let path = String::from("/v1/organizations");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllOrganizations, Vec < types::OrganizationResponseV1 >, Json);

/// Request builder for [`Client::list_organization_members`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListOrganizationMembers<'a> {
    client: &'a crate::runtime::Client,
    slug: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListOrganizationMembers<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-organization-members",
            method: "GET",
            path: "/v1/organizations/{slug}/members",
        };
        let path = [
            "/v1/organizations/",
            crate::runtime::encode_path_segment(&self.slug).as_str(),
            "/members",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    ListOrganizationMembers, Vec < types::V1OrganizationMemberResponse >, Json
);
