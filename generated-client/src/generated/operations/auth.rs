//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Auth`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Creates a new SSO provider
    ///
    /// `POST /v1/projects/{ref}/config/auth/sso/providers` (operation `v1-create-a-sso-provider`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_a_sso_provider")]
    pub fn create_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        body: types::CreateProviderBody,
    ) -> CreateASsoProvider {
        CreateASsoProvider {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Set up the project's existing JWT secret as an in_use JWT signing key. This endpoint will be
    /// removed in the future always check for HTTP 404 Not Found.
    ///
    /// `POST /v1/projects/{ref}/config/auth/signing-keys/legacy` (operation
    /// `v1-create-legacy-signing-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_legacy_signing_key")]
    pub fn create_legacy_signing_key(
        &self,
        ref_: impl Into<String>,
    ) -> CreateLegacySigningKey {
        CreateLegacySigningKey {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Create a new signing key for the project in standby status
    ///
    /// `POST /v1/projects/{ref}/config/auth/signing-keys` (operation
    /// `v1-create-project-signing-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_project_signing_key")]
    pub fn create_project_signing_key(
        &self,
        ref_: impl Into<String>,
        body: types::CreateSigningKeyBody,
    ) -> CreateProjectSigningKey {
        CreateProjectSigningKey {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Creates a new third-party auth integration
    ///
    /// `POST /v1/projects/{ref}/config/auth/third-party-auth` (operation
    /// `v1-create-project-tpa-integration`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_project_tpa_integration")]
    pub fn create_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        body: types::CreateThirdPartyAuthBody,
    ) -> CreateProjectTpaIntegration {
        CreateProjectTpaIntegration {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Removes a SSO provider by its UUID
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/sso/providers/{provider_id}` (operation
    /// `v1-delete-a-sso-provider`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_a_sso_provider")]
    pub fn delete_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
    ) -> DeleteASsoProvider {
        DeleteASsoProvider {
            ref_: ref_.into(),
            provider_id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Removes a third-party auth integration
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}` (operation
    /// `v1-delete-project-tpa-integration`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_project_tpa_integration")]
    pub fn delete_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        tpa_id: crate::runtime::uuid::Uuid,
    ) -> DeleteProjectTpaIntegration {
        DeleteProjectTpaIntegration {
            ref_: ref_.into(),
            tpa_id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets a SSO provider by its UUID
    ///
    /// `GET /v1/projects/{ref}/config/auth/sso/providers/{provider_id}` (operation
    /// `v1-get-a-sso-provider`)
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_a_sso_provider")]
    pub fn get_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
    ) -> GetASsoProvider {
        GetASsoProvider {
            ref_: ref_.into(),
            provider_id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project's auth config
    ///
    /// `GET /v1/projects/{ref}/config/auth` (operation `v1-get-auth-service-config`)
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_auth_service_config")]
    pub fn get_auth_service_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetAuthServiceConfig {
        GetAuthServiceConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get the signing key information for the JWT secret imported as signing key for this project.
    /// This endpoint will be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys/legacy` (operation
    /// `v1-get-legacy-signing-key`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_legacy_signing_key")]
    pub fn get_legacy_signing_key(
        &self,
        ref_: impl Into<String>,
    ) -> GetLegacySigningKey {
        GetLegacySigningKey {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get information about a signing key
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys/{id}` (operation
    /// `v1-get-project-signing-key`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_signing_key")]
    pub fn get_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> GetProjectSigningKey {
        GetProjectSigningKey {
            ref_: ref_.into(),
            id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all signing keys for the project
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys` (operation `v1-get-project-signing-keys`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_signing_keys")]
    pub fn get_project_signing_keys(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectSigningKeys {
        GetProjectSigningKeys {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get a third-party integration
    ///
    /// `GET /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}` (operation
    /// `v1-get-project-tpa-integration`)
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_tpa_integration")]
    pub fn get_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        tpa_id: crate::runtime::uuid::Uuid,
    ) -> GetProjectTpaIntegration {
        GetProjectTpaIntegration {
            ref_: ref_.into(),
            tpa_id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists all SSO providers
    ///
    /// `GET /v1/projects/{ref}/config/auth/sso/providers` (operation `v1-list-all-sso-provider`)
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_sso_provider")]
    pub fn list_all_sso_provider(&self, ref_: impl Into<String>) -> ListAllSsoProvider {
        ListAllSsoProvider {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists all third-party auth integrations
    ///
    /// `GET /v1/projects/{ref}/config/auth/third-party-auth` (operation
    /// `v1-list-project-tpa-integrations`)
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_project_tpa_integrations")]
    pub fn list_project_tpa_integrations(
        &self,
        ref_: impl Into<String>,
    ) -> ListProjectTpaIntegrations {
        ListProjectTpaIntegrations {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Remove a signing key from a project. Only possible if the key has been in revoked status for
    /// a while.
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/signing-keys/{id}` (operation
    /// `v1-remove-project-signing-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_remove_project_signing_key")]
    pub fn remove_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> RemoveProjectSigningKey {
        RemoveProjectSigningKey {
            ref_: ref_.into(),
            id,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates a SSO provider by its UUID
    ///
    /// `PUT /v1/projects/{ref}/config/auth/sso/providers/{provider_id}` (operation
    /// `v1-update-a-sso-provider`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_a_sso_provider")]
    pub fn update_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
        body: types::UpdateProviderBody,
    ) -> UpdateASsoProvider {
        UpdateASsoProvider {
            ref_: ref_.into(),
            provider_id,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates a project's auth config
    ///
    /// `PATCH /v1/projects/{ref}/config/auth` (operation `v1-update-auth-service-config`)
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_auth_service_config")]
    pub fn update_auth_service_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateAuthConfigBody,
    ) -> UpdateAuthServiceConfig {
        UpdateAuthServiceConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Update a signing key, mainly its status
    ///
    /// `PATCH /v1/projects/{ref}/config/auth/signing-keys/{id}` (operation
    /// `v1-update-project-signing-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_project_signing_key")]
    pub fn update_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
        body: types::UpdateSigningKeyBody,
    ) -> UpdateProjectSigningKey {
        UpdateProjectSigningKey {
            ref_: ref_.into(),
            id,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::create_a_sso_provider`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateASsoProvider {
    ref_: String,
    body: types::CreateProviderBody,
    call: crate::runtime::CallOptions,
}

impl CreateASsoProvider {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-a-sso-provider",
            "POST",
            "/v1/projects/{ref}/config/auth/sso/providers",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateASsoProvider, types::CreateProviderResponse, Json);

/// Request builder for [`Client::create_legacy_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateLegacySigningKey {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl CreateLegacySigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-legacy-signing-key",
            "POST",
            "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(CreateLegacySigningKey, types::SigningKeyResponse, Json);

/// Request builder for [`Client::create_project_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectSigningKey {
    ref_: String,
    body: types::CreateSigningKeyBody,
    call: crate::runtime::CallOptions,
}

impl CreateProjectSigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-project-signing-key",
            "POST",
            "/v1/projects/{ref}/config/auth/signing-keys",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for [`Client::create_project_tpa_integration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectTpaIntegration {
    ref_: String,
    body: types::CreateThirdPartyAuthBody,
    call: crate::runtime::CallOptions,
}

impl CreateProjectTpaIntegration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-project-tpa-integration",
            "POST",
            "/v1/projects/{ref}/config/auth/third-party-auth",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for [`Client::delete_a_sso_provider`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteASsoProvider {
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl DeleteASsoProvider {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-a-sso-provider",
            "DELETE",
            "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        );
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteASsoProvider, types::DeleteProviderResponse, Json);

/// Request builder for [`Client::delete_project_tpa_integration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteProjectTpaIntegration {
    ref_: String,
    tpa_id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl DeleteProjectTpaIntegration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-project-tpa-integration",
            "DELETE",
            "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        );
        let segment_0 = {
            let value = self.tpa_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for [`Client::get_a_sso_provider`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetASsoProvider {
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl GetASsoProvider {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-sso-provider",
            "GET",
            "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        );
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetASsoProvider, types::GetProviderResponse, Json);

/// Request builder for [`Client::get_auth_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAuthServiceConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetAuthServiceConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-auth-service-config",
            "GET",
            "/v1/projects/{ref}/config/auth",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetAuthServiceConfig, types::AuthConfigResponse, Json);

/// Request builder for [`Client::get_legacy_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetLegacySigningKey {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetLegacySigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-legacy-signing-key",
            "GET",
            "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetLegacySigningKey, types::SigningKeyResponse, Json);

/// Request builder for [`Client::get_project_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectSigningKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl GetProjectSigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-signing-key",
            "GET",
            "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        );
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for [`Client::get_project_signing_keys`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectSigningKeys {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectSigningKeys {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-signing-keys",
            "GET",
            "/v1/projects/{ref}/config/auth/signing-keys",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectSigningKeys, types::SigningKeysResponse, Json);

/// Request builder for [`Client::get_project_tpa_integration`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectTpaIntegration {
    ref_: String,
    tpa_id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl GetProjectTpaIntegration {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-tpa-integration",
            "GET",
            "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        );
        let segment_0 = {
            let value = self.tpa_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for [`Client::list_all_sso_provider`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSsoProvider {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllSsoProvider {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-sso-provider",
            "GET",
            "/v1/projects/{ref}/config/auth/sso/providers",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllSsoProvider, types::ListProvidersResponse, Json);

/// Request builder for [`Client::list_project_tpa_integrations`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListProjectTpaIntegrations {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListProjectTpaIntegrations {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-project-tpa-integrations",
            "GET",
            "/v1/projects/{ref}/config/auth/third-party-auth",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListProjectTpaIntegrations, Vec < types::ThirdPartyAuth >, Json);

/// Request builder for [`Client::remove_project_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RemoveProjectSigningKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    call: crate::runtime::CallOptions,
}

impl RemoveProjectSigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-remove-project-signing-key",
            "DELETE",
            "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        );
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(RemoveProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for [`Client::update_a_sso_provider`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateASsoProvider {
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    body: types::UpdateProviderBody,
    call: crate::runtime::CallOptions,
}

impl UpdateASsoProvider {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-a-sso-provider",
            "PUT",
            "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        );
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateASsoProvider, types::UpdateProviderResponse, Json);

/// Request builder for [`Client::update_auth_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateAuthServiceConfig {
    ref_: String,
    body: types::UpdateAuthConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdateAuthServiceConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-auth-service-config",
            "PATCH",
            "/v1/projects/{ref}/config/auth",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateAuthServiceConfig, types::AuthConfigResponse, Json);

/// Request builder for [`Client::update_project_signing_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectSigningKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    body: types::UpdateSigningKeyBody,
    call: crate::runtime::CallOptions,
}

impl UpdateProjectSigningKey {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-project-signing-key",
            "PATCH",
            "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        );
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateProjectSigningKey, types::SigningKeyResponse, Json);
