//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Domains`.

use super::super::Client;
use super::super::types;

impl Client {
    /// \[Beta\] Activates a custom hostname for a project.
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/activate` (operation `v1-activate-custom-hostname`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_activate_custom_hostname")]
    pub fn activate_custom_hostname(
        &self,
        ref_: impl Into<String>,
    ) -> ActivateCustomHostname {
        ActivateCustomHostname {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Activates a vanity subdomain for a project.
    ///
    /// `POST /v1/projects/{ref}/vanity-subdomain/activate` (operation
    /// `v1-activate-vanity-subdomain-config`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_activate_vanity_subdomain_config")]
    pub fn activate_vanity_subdomain_config(
        &self,
        ref_: impl Into<String>,
        body: types::VanitySubdomainBody,
    ) -> ActivateVanitySubdomainConfig {
        ActivateVanitySubdomainConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Checks vanity subdomain availability
    ///
    /// `POST /v1/projects/{ref}/vanity-subdomain/check-availability` (operation
    /// `v1-check-vanity-subdomain-availability`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_check_vanity_subdomain_availability")]
    pub fn check_vanity_subdomain_availability(
        &self,
        ref_: impl Into<String>,
        body: types::VanitySubdomainBody,
    ) -> CheckVanitySubdomainAvailability {
        CheckVanitySubdomainAvailability {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Deletes a project's vanity subdomain configuration
    ///
    /// `DELETE /v1/projects/{ref}/vanity-subdomain` (operation
    /// `v1-deactivate-vanity-subdomain-config`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_deactivate_vanity_subdomain_config")]
    pub fn deactivate_vanity_subdomain_config(
        &self,
        ref_: impl Into<String>,
    ) -> DeactivateVanitySubdomainConfig {
        DeactivateVanitySubdomainConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Deletes a project's custom hostname configuration
    ///
    /// `DELETE /v1/projects/{ref}/custom-hostname` (operation `v1-Delete hostname config`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_Delete_hostname_config")]
    pub fn delete_hostname_config(
        &self,
        ref_: impl Into<String>,
    ) -> DeleteHostnameConfig {
        DeleteHostnameConfig {
            ref_: ref_.into(),
            remove_addon: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets project's custom hostname config
    ///
    /// `GET /v1/projects/{ref}/custom-hostname` (operation `v1-get-hostname-config`)
    ///
    /// OAuth scope: `domains:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_hostname_config")]
    pub fn get_hostname_config(&self, ref_: impl Into<String>) -> GetHostnameConfig {
        GetHostnameConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets current vanity subdomain config
    ///
    /// `GET /v1/projects/{ref}/vanity-subdomain` (operation `v1-get-vanity-subdomain-config`)
    ///
    /// OAuth scope: `domains:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_vanity_subdomain_config")]
    pub fn get_vanity_subdomain_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetVanitySubdomainConfig {
        GetVanitySubdomainConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Updates project's custom hostname configuration
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/initialize` (operation `v1-update-hostname-config`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_hostname_config")]
    pub fn update_hostname_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateCustomHostnameBody,
    ) -> UpdateHostnameConfig {
        UpdateHostnameConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Attempts to verify the DNS configuration for project's custom hostname
    /// configuration
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/reverify` (operation `v1-verify-dns-config`)
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_verify_dns_config")]
    pub fn verify_dns_config(&self, ref_: impl Into<String>) -> VerifyDnsConfig {
        VerifyDnsConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::activate_custom_hostname`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ActivateCustomHostname {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ActivateCustomHostname {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-activate-custom-hostname",
            "POST",
            "/v1/projects/{ref}/custom-hostname/activate",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ActivateCustomHostname, types::UpdateCustomHostnameResponse, Json);

/// Request builder for [`Client::activate_vanity_subdomain_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ActivateVanitySubdomainConfig {
    ref_: String,
    body: types::VanitySubdomainBody,
    call: crate::runtime::CallOptions,
}

impl ActivateVanitySubdomainConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-activate-vanity-subdomain-config",
            "POST",
            "/v1/projects/{ref}/vanity-subdomain/activate",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    ActivateVanitySubdomainConfig, types::ActivateVanitySubdomainResponse, Json
);

/// Request builder for [`Client::check_vanity_subdomain_availability`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CheckVanitySubdomainAvailability {
    ref_: String,
    body: types::VanitySubdomainBody,
    call: crate::runtime::CallOptions,
}

impl CheckVanitySubdomainAvailability {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-check-vanity-subdomain-availability",
            "POST",
            "/v1/projects/{ref}/vanity-subdomain/check-availability",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    CheckVanitySubdomainAvailability, types::SubdomainAvailabilityResponse, Json
);

/// Request builder for [`Client::deactivate_vanity_subdomain_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeactivateVanitySubdomainConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl DeactivateVanitySubdomainConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-deactivate-vanity-subdomain-config",
            "DELETE",
            "/v1/projects/{ref}/vanity-subdomain",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeactivateVanitySubdomainConfig, (), Unit);

/// Request builder for [`Client::delete_hostname_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteHostnameConfig {
    ref_: String,
    remove_addon: Option<bool>,
    call: crate::runtime::CallOptions,
}

impl DeleteHostnameConfig {
    /// If true, also removes the custom domain add-on from the project subscription.
    ///
    /// Defaults to `"false"` on the server.
    pub fn remove_addon(mut self, value: bool) -> Self {
        self.remove_addon = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-Delete hostname config",
            "DELETE",
            "/v1/projects/{ref}/custom-hostname",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.remove_addon {
            request.query.push(("remove_addon", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DeleteHostnameConfig, (), Unit);

/// Request builder for [`Client::get_hostname_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetHostnameConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetHostnameConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-hostname-config",
            "GET",
            "/v1/projects/{ref}/custom-hostname",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetHostnameConfig, types::UpdateCustomHostnameResponse, Json);

/// Request builder for [`Client::get_vanity_subdomain_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetVanitySubdomainConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetVanitySubdomainConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-vanity-subdomain-config",
            "GET",
            "/v1/projects/{ref}/vanity-subdomain",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetVanitySubdomainConfig, types::VanitySubdomainConfigResponse, Json
);

/// Request builder for [`Client::update_hostname_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateHostnameConfig {
    ref_: String,
    body: types::UpdateCustomHostnameBody,
    call: crate::runtime::CallOptions,
}

impl UpdateHostnameConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-hostname-config",
            "POST",
            "/v1/projects/{ref}/custom-hostname/initialize",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateHostnameConfig, types::UpdateCustomHostnameResponse, Json);

/// Request builder for [`Client::verify_dns_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct VerifyDnsConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl VerifyDnsConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-verify-dns-config",
            "POST",
            "/v1/projects/{ref}/custom-hostname/reverify",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(VerifyDnsConfig, types::UpdateCustomHostnameResponse, Json);
