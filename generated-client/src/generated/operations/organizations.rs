//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Organizations`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Claims project for the specified organization
    ///
    /// `POST /v1/organizations/{slug}/project-claim/{token}` (operation
    /// `v1-claim-project-for-organization`)
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_claim_project_for_organization")]
    pub fn claim_project_for_organization(
        &self,
        slug: impl Into<String>,
        token: impl Into<String>,
    ) -> ClaimProjectForOrganization {
        ClaimProjectForOrganization {
            slug: slug.into(),
            token: token.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Create an organization
    ///
    /// `POST /v1/organizations` (operation `v1-create-an-organization`)
    #[doc(alias = "v1_create_an_organization")]
    pub fn create_an_organization(
        &self,
        body: types::CreateOrganizationV1,
    ) -> CreateAnOrganization {
        CreateAnOrganization {
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets information about the organization
    ///
    /// `GET /v1/organizations/{slug}` (operation `v1-get-an-organization`)
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_get_an_organization")]
    pub fn get_an_organization(&self, slug: impl Into<String>) -> GetAnOrganization {
        GetAnOrganization {
            slug: slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get entitlements for an organization
    ///
    /// Returns the entitlements available to the organization based on their plan and any
    /// overrides.
    ///
    /// `GET /v1/organizations/{slug}/entitlements` (operation `v1-get-organization-entitlements`)
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_get_organization_entitlements")]
    pub fn get_organization_entitlements(
        &self,
        slug: impl Into<String>,
    ) -> GetOrganizationEntitlements {
        GetOrganizationEntitlements {
            slug: slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project details for the specified organization and claim token
    ///
    /// `GET /v1/organizations/{slug}/project-claim/{token}` (operation
    /// `v1-get-organization-project-claim`)
    ///
    /// **Internal**: marked `x-internal` in the spec; it may change without notice.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_get_organization_project_claim")]
    pub fn get_organization_project_claim(
        &self,
        slug: impl Into<String>,
        token: impl Into<String>,
    ) -> GetOrganizationProjectClaim {
        GetOrganizationProjectClaim {
            slug: slug.into(),
            token: token.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all organizations
    ///
    /// Returns a list of organizations that you currently belong to.
    ///
    /// `GET /v1/organizations` (operation `v1-list-all-organizations`)
    ///
    /// OAuth scope: `organizations:read`.
    #[doc(alias = "v1_list_all_organizations")]
    pub fn list_all_organizations(&self) -> ListAllOrganizations {
        ListAllOrganizations {
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List members of an organization
    ///
    /// `GET /v1/organizations/{slug}/members` (operation `v1-list-organization-members`)
    ///
    /// OAuth scope: `organizations:read`.
    ///
    /// # Arguments
    ///
    /// - `slug`: Organization slug
    #[doc(alias = "v1_list_organization_members")]
    pub fn list_organization_members(
        &self,
        slug: impl Into<String>,
    ) -> ListOrganizationMembers {
        ListOrganizationMembers {
            slug: slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

impl std::fmt::Debug for ClaimProjectForOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClaimProjectForOrganization")
            .field("slug", &self.slug)
            .field("token", &format_args!("[redacted]"))
            .field("call", &self.call)
            .finish()
    }
}

/// Request builder for [`Client::claim_project_for_organization`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ClaimProjectForOrganization {
    slug: String,
    token: String,
    call: crate::runtime::CallOptions,
}

impl ClaimProjectForOrganization {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-claim-project-for-organization",
            "POST",
            "/v1/organizations/{slug}/project-claim/{token}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.slug, &self.token],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ClaimProjectForOrganization, (), Unit);

/// Request builder for [`Client::create_an_organization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateAnOrganization {
    body: types::CreateOrganizationV1,
    call: crate::runtime::CallOptions,
}

impl CreateAnOrganization {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-an-organization",
            "POST",
            "/v1/organizations",
        );
        let path = String::from("/v1/organizations");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateAnOrganization, types::OrganizationResponseV1, Json);

/// Request builder for [`Client::get_an_organization`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAnOrganization {
    slug: String,
    call: crate::runtime::CallOptions,
}

impl GetAnOrganization {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-an-organization",
            "GET",
            "/v1/organizations/{slug}",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.slug]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetAnOrganization, types::V1OrganizationSlugResponse, Json);

/// Request builder for [`Client::get_organization_entitlements`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetOrganizationEntitlements {
    slug: String,
    call: crate::runtime::CallOptions,
}

impl GetOrganizationEntitlements {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-organization-entitlements",
            "GET",
            "/v1/organizations/{slug}/entitlements",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.slug]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetOrganizationEntitlements, types::V1ListEntitlementsResponse, Json
);

impl std::fmt::Debug for GetOrganizationProjectClaim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationProjectClaim")
            .field("slug", &self.slug)
            .field("token", &format_args!("[redacted]"))
            .field("call", &self.call)
            .finish()
    }
}

/// Request builder for [`Client::get_organization_project_claim`].
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetOrganizationProjectClaim {
    slug: String,
    token: String,
    call: crate::runtime::CallOptions,
}

impl GetOrganizationProjectClaim {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-organization-project-claim",
            "GET",
            "/v1/organizations/{slug}/project-claim/{token}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.slug, &self.token],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetOrganizationProjectClaim, types::OrganizationProjectClaimResponse, Json
);

/// Request builder for [`Client::list_all_organizations`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllOrganizations {
    call: crate::runtime::CallOptions,
}

impl ListAllOrganizations {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-organizations",
            "GET",
            "/v1/organizations",
        );
        let path = String::from("/v1/organizations");
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllOrganizations, Vec < types::OrganizationResponseV1 >, Json);

/// Request builder for [`Client::list_organization_members`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListOrganizationMembers {
    slug: String,
    call: crate::runtime::CallOptions,
}

impl ListOrganizationMembers {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-organization-members",
            "GET",
            "/v1/organizations/{slug}/members",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.slug]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    ListOrganizationMembers, Vec < types::V1OrganizationMemberResponse >, Json
);
