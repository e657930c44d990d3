//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Auth`.

use super::super::types;

impl super::super::Client {
    /// Creates a new SSO provider
    ///
    /// `POST /v1/projects/{ref}/config/auth/sso/providers`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-a-sso-provider`
    #[doc(alias = "v1_create_a_sso_provider")]
    pub fn create_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        body: types::CreateProviderBody,
    ) -> CreateASsoProvider<'_> {
        CreateASsoProvider {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Set up the project's existing JWT secret as an in_use JWT signing key. This endpoint will be
    /// removed in the future always check for HTTP 404 Not Found.
    ///
    /// `POST /v1/projects/{ref}/config/auth/signing-keys/legacy`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-legacy-signing-key`
    #[doc(alias = "v1_create_legacy_signing_key")]
    pub fn create_legacy_signing_key(
        &self,
        ref_: impl Into<String>,
    ) -> CreateLegacySigningKey<'_> {
        CreateLegacySigningKey {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Create a new signing key for the project in standby status
    ///
    /// `POST /v1/projects/{ref}/config/auth/signing-keys`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-project-signing-key`
    #[doc(alias = "v1_create_project_signing_key")]
    pub fn create_project_signing_key(
        &self,
        ref_: impl Into<String>,
        body: types::CreateSigningKeyBody,
    ) -> CreateProjectSigningKey<'_> {
        CreateProjectSigningKey {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Creates a new third-party auth integration
    ///
    /// `POST /v1/projects/{ref}/config/auth/third-party-auth`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-project-tpa-integration`
    #[doc(alias = "v1_create_project_tpa_integration")]
    pub fn create_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        body: types::CreateThirdPartyAuthBody,
    ) -> CreateProjectTpaIntegration<'_> {
        CreateProjectTpaIntegration {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Removes a SSO provider by its UUID
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-delete-a-sso-provider`
    #[doc(alias = "v1_delete_a_sso_provider")]
    pub fn delete_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
    ) -> DeleteASsoProvider<'_> {
        DeleteASsoProvider {
            client: self,
            ref_: ref_.into(),
            provider_id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Removes a third-party auth integration
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-delete-project-tpa-integration`
    #[doc(alias = "v1_delete_project_tpa_integration")]
    pub fn delete_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        tpa_id: crate::runtime::uuid::Uuid,
    ) -> DeleteProjectTpaIntegration<'_> {
        DeleteProjectTpaIntegration {
            client: self,
            ref_: ref_.into(),
            tpa_id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets a SSO provider by its UUID
    ///
    /// `GET /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-a-sso-provider`
    #[doc(alias = "v1_get_a_sso_provider")]
    pub fn get_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
    ) -> GetASsoProvider<'_> {
        GetASsoProvider {
            client: self,
            ref_: ref_.into(),
            provider_id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project's auth config
    ///
    /// `GET /v1/projects/{ref}/config/auth`
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-auth-service-config`
    #[doc(alias = "v1_get_auth_service_config")]
    pub fn get_auth_service_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetAuthServiceConfig<'_> {
        GetAuthServiceConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get the signing key information for the JWT secret imported as signing key for this project.
    /// This endpoint will be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys/legacy`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-legacy-signing-key`
    #[doc(alias = "v1_get_legacy_signing_key")]
    pub fn get_legacy_signing_key(
        &self,
        ref_: impl Into<String>,
    ) -> GetLegacySigningKey<'_> {
        GetLegacySigningKey {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get information about a signing key
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys/{id}`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-signing-key`
    #[doc(alias = "v1_get_project_signing_key")]
    pub fn get_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> GetProjectSigningKey<'_> {
        GetProjectSigningKey {
            client: self,
            ref_: ref_.into(),
            id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all signing keys for the project
    ///
    /// `GET /v1/projects/{ref}/config/auth/signing-keys`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-signing-keys`
    #[doc(alias = "v1_get_project_signing_keys")]
    pub fn get_project_signing_keys(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectSigningKeys<'_> {
        GetProjectSigningKeys {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get a third-party integration
    ///
    /// `GET /v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}`
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-tpa-integration`
    #[doc(alias = "v1_get_project_tpa_integration")]
    pub fn get_project_tpa_integration(
        &self,
        ref_: impl Into<String>,
        tpa_id: crate::runtime::uuid::Uuid,
    ) -> GetProjectTpaIntegration<'_> {
        GetProjectTpaIntegration {
            client: self,
            ref_: ref_.into(),
            tpa_id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Lists all SSO providers
    ///
    /// `GET /v1/projects/{ref}/config/auth/sso/providers`
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-all-sso-provider`
    #[doc(alias = "v1_list_all_sso_provider")]
    pub fn list_all_sso_provider(
        &self,
        ref_: impl Into<String>,
    ) -> ListAllSsoProvider<'_> {
        ListAllSsoProvider {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Lists all third-party auth integrations
    ///
    /// `GET /v1/projects/{ref}/config/auth/third-party-auth`
    ///
    /// OAuth scope: `auth:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-project-tpa-integrations`
    #[doc(alias = "v1_list_project_tpa_integrations")]
    pub fn list_project_tpa_integrations(
        &self,
        ref_: impl Into<String>,
    ) -> ListProjectTpaIntegrations<'_> {
        ListProjectTpaIntegrations {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Remove a signing key from a project. Only possible if the key has been in revoked status for
    /// a while.
    ///
    /// `DELETE /v1/projects/{ref}/config/auth/signing-keys/{id}`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-remove-project-signing-key`
    #[doc(alias = "v1_remove_project_signing_key")]
    pub fn remove_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> RemoveProjectSigningKey<'_> {
        RemoveProjectSigningKey {
            client: self,
            ref_: ref_.into(),
            id,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates a SSO provider by its UUID
    ///
    /// `PUT /v1/projects/{ref}/config/auth/sso/providers/{provider_id}`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-a-sso-provider`
    #[doc(alias = "v1_update_a_sso_provider")]
    pub fn update_a_sso_provider(
        &self,
        ref_: impl Into<String>,
        provider_id: crate::runtime::uuid::Uuid,
        body: types::UpdateProviderBody,
    ) -> UpdateASsoProvider<'_> {
        UpdateASsoProvider {
            client: self,
            ref_: ref_.into(),
            provider_id,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates a project's auth config
    ///
    /// `PATCH /v1/projects/{ref}/config/auth`
    ///
    /// OAuth scope: `auth:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-auth-service-config`
    #[doc(alias = "v1_update_auth_service_config")]
    pub fn update_auth_service_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateAuthConfigBody,
    ) -> UpdateAuthServiceConfig<'_> {
        UpdateAuthServiceConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Update a signing key, mainly its status
    ///
    /// `PATCH /v1/projects/{ref}/config/auth/signing-keys/{id}`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-project-signing-key`
    #[doc(alias = "v1_update_project_signing_key")]
    pub fn update_project_signing_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
        body: types::UpdateSigningKeyBody,
    ) -> UpdateProjectSigningKey<'_> {
        UpdateProjectSigningKey {
            client: self,
            ref_: ref_.into(),
            id,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for
/// [`Client::create_a_sso_provider`](super::super::Client::create_a_sso_provider).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateASsoProvider<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateProviderBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateASsoProvider<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-a-sso-provider",
            method: "POST",
            path: "/v1/projects/{ref}/config/auth/sso/providers",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/sso/providers",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateASsoProvider, types::CreateProviderResponse, Json);

/// Request builder for
/// [`Client::create_legacy_signing_key`](super::super::Client::create_legacy_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateLegacySigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateLegacySigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-legacy-signing-key",
            method: "POST",
            path: "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys/legacy",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateLegacySigningKey, types::SigningKeyResponse, Json);

/// Request builder for
/// [`Client::create_project_signing_key`](super::super::Client::create_project_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectSigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateSigningKeyBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateProjectSigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-project-signing-key",
            method: "POST",
            path: "/v1/projects/{ref}/config/auth/signing-keys",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for
/// [`Client::create_project_tpa_integration`](super::super::Client::create_project_tpa_integration).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectTpaIntegration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateThirdPartyAuthBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateProjectTpaIntegration<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-project-tpa-integration",
            method: "POST",
            path: "/v1/projects/{ref}/config/auth/third-party-auth",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/third-party-auth",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for
/// [`Client::delete_a_sso_provider`](super::super::Client::delete_a_sso_provider).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteASsoProvider<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteASsoProvider<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-a-sso-provider",
            method: "DELETE",
            path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        };
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/sso/providers/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DeleteASsoProvider, types::DeleteProviderResponse, Json);

/// Request builder for
/// [`Client::delete_project_tpa_integration`](super::super::Client::delete_project_tpa_integration).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteProjectTpaIntegration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    tpa_id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteProjectTpaIntegration<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-project-tpa-integration",
            method: "DELETE",
            path: "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        };
        let segment_0 = {
            let value = self.tpa_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/third-party-auth/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DeleteProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for [`Client::get_a_sso_provider`](super::super::Client::get_a_sso_provider).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetASsoProvider<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetASsoProvider<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-a-sso-provider",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        };
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/sso/providers/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetASsoProvider, types::GetProviderResponse, Json);

/// Request builder for
/// [`Client::get_auth_service_config`](super::super::Client::get_auth_service_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAuthServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetAuthServiceConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-auth-service-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetAuthServiceConfig, types::AuthConfigResponse, Json);

/// Request builder for
/// [`Client::get_legacy_signing_key`](super::super::Client::get_legacy_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetLegacySigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetLegacySigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-legacy-signing-key",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/signing-keys/legacy",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys/legacy",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetLegacySigningKey, types::SigningKeyResponse, Json);

/// Request builder for
/// [`Client::get_project_signing_key`](super::super::Client::get_project_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectSigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectSigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-signing-key",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for
/// [`Client::get_project_signing_keys`](super::super::Client::get_project_signing_keys).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectSigningKeys<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectSigningKeys<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-signing-keys",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/signing-keys",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectSigningKeys, types::SigningKeysResponse, Json);

/// Request builder for
/// [`Client::get_project_tpa_integration`](super::super::Client::get_project_tpa_integration).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectTpaIntegration<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    tpa_id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectTpaIntegration<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-tpa-integration",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/third-party-auth/{tpa_id}",
        };
        let segment_0 = {
            let value = self.tpa_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/third-party-auth/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectTpaIntegration, types::ThirdPartyAuth, Json);

/// Request builder for
/// [`Client::list_all_sso_provider`](super::super::Client::list_all_sso_provider).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSsoProvider<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllSsoProvider<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-sso-provider",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/sso/providers",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/sso/providers",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllSsoProvider, types::ListProvidersResponse, Json);

/// Request builder for
/// [`Client::list_project_tpa_integrations`](super::super::Client::list_project_tpa_integrations).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListProjectTpaIntegrations<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListProjectTpaIntegrations<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-project-tpa-integrations",
            method: "GET",
            path: "/v1/projects/{ref}/config/auth/third-party-auth",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/third-party-auth",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListProjectTpaIntegrations, Vec < types::ThirdPartyAuth >, Json);

/// Request builder for
/// [`Client::remove_project_signing_key`](super::super::Client::remove_project_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RemoveProjectSigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> RemoveProjectSigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-remove-project-signing-key",
            method: "DELETE",
            path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(RemoveProjectSigningKey, types::SigningKeyResponse, Json);

/// Request builder for
/// [`Client::update_a_sso_provider`](super::super::Client::update_a_sso_provider).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateASsoProvider<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    provider_id: crate::runtime::uuid::Uuid,
    body: types::UpdateProviderBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateASsoProvider<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-a-sso-provider",
            method: "PUT",
            path: "/v1/projects/{ref}/config/auth/sso/providers/{provider_id}",
        };
        let segment_0 = {
            let value = self.provider_id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/sso/providers/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateASsoProvider, types::UpdateProviderResponse, Json);

/// Request builder for
/// [`Client::update_auth_service_config`](super::super::Client::update_auth_service_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateAuthServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdateAuthConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateAuthServiceConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-auth-service-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/config/auth",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateAuthServiceConfig, types::AuthConfigResponse, Json);

/// Request builder for
/// [`Client::update_project_signing_key`](super::super::Client::update_project_signing_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectSigningKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    body: types::UpdateSigningKeyBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateProjectSigningKey<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-project-signing-key",
            method: "PATCH",
            path: "/v1/projects/{ref}/config/auth/signing-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/auth/signing-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateProjectSigningKey, types::SigningKeyResponse, Json);
