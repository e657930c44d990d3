//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Secrets`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Bulk create secrets
    ///
    /// Creates multiple secrets and adds them to the specified project.
    ///
    /// `POST /v1/projects/{ref}/secrets` (operation `v1-bulk-create-secrets`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_bulk_create_secrets")]
    pub fn bulk_create_secrets(
        &self,
        ref_: impl Into<String>,
        body: types::CreateSecretBody,
    ) -> BulkCreateSecrets {
        BulkCreateSecrets {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Bulk delete secrets
    ///
    /// Deletes all secrets with the given names from the specified project
    ///
    /// `DELETE /v1/projects/{ref}/secrets` (operation `v1-bulk-delete-secrets`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_bulk_delete_secrets")]
    pub fn bulk_delete_secrets(
        &self,
        ref_: impl Into<String>,
        body: types::DeleteSecretsBody,
    ) -> BulkDeleteSecrets {
        BulkDeleteSecrets {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Creates a new API key for the project
    ///
    /// `POST /v1/projects/{ref}/api-keys` (operation `v1-create-project-api-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_project_api_key")]
    pub fn create_project_api_key(
        &self,
        ref_: impl Into<String>,
        body: types::CreateApiKeyBody,
    ) -> CreateProjectApiKey {
        CreateProjectApiKey {
            ref_: ref_.into(),
            reveal: None,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Deletes an API key for the project
    ///
    /// `DELETE /v1/projects/{ref}/api-keys/{id}` (operation `v1-delete-project-api-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_delete_project_api_key")]
    pub fn delete_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> DeleteProjectApiKey {
        DeleteProjectApiKey {
            ref_: ref_.into(),
            id,
            reason: None,
            reveal: None,
            was_compromised: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Gets project's pgsodium config
    ///
    /// `GET /v1/projects/{ref}/pgsodium` (operation `v1-get-pgsodium-config`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_pgsodium_config")]
    pub fn get_pgsodium_config(&self, ref_: impl Into<String>) -> GetPgsodiumConfig {
        GetPgsodiumConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get API key
    ///
    /// `GET /v1/projects/{ref}/api-keys/{id}` (operation `v1-get-project-api-key`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_api_key")]
    pub fn get_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> GetProjectApiKey {
        GetProjectApiKey {
            ref_: ref_.into(),
            id,
            reveal: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Get project api keys
    ///
    /// `GET /v1/projects/{ref}/api-keys` (operation `v1-get-project-api-keys`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_api_keys")]
    pub fn get_project_api_keys(&self, ref_: impl Into<String>) -> GetProjectApiKeys {
        GetProjectApiKeys {
            ref_: ref_.into(),
            reveal: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Check whether JWT based legacy (anon, service_role) API keys are enabled. This API endpoint
    /// will be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `GET /v1/projects/{ref}/api-keys/legacy` (operation `v1-get-project-legacy-api-keys`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_project_legacy_api_keys")]
    pub fn get_project_legacy_api_keys(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectLegacyApiKeys {
        GetProjectLegacyApiKeys {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all secrets
    ///
    /// Returns all secrets you've previously added to the specified project.
    ///
    /// `GET /v1/projects/{ref}/secrets` (operation `v1-list-all-secrets`)
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_secrets")]
    pub fn list_all_secrets(&self, ref_: impl Into<String>) -> ListAllSecrets {
        ListAllSecrets {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Updates project's pgsodium config. Updating the root_key can cause all data
    /// encrypted with the older key to become inaccessible.
    ///
    /// `PUT /v1/projects/{ref}/pgsodium` (operation `v1-update-pgsodium-config`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_pgsodium_config")]
    pub fn update_pgsodium_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdatePgsodiumConfigBody,
    ) -> UpdatePgsodiumConfig {
        UpdatePgsodiumConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates an API key for the project
    ///
    /// `PATCH /v1/projects/{ref}/api-keys/{id}` (operation `v1-update-project-api-key`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_project_api_key")]
    pub fn update_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
        body: types::UpdateApiKeyBody,
    ) -> UpdateProjectApiKey {
        UpdateProjectApiKey {
            ref_: ref_.into(),
            id,
            reveal: None,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Disable or re-enable JWT based legacy (anon, service_role) API keys. This API endpoint will
    /// be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `PUT /v1/projects/{ref}/api-keys/legacy` (operation `v1-update-project-legacy-api-keys`)
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `enabled`: Boolean string, true or false
    #[doc(alias = "v1_update_project_legacy_api_keys")]
    pub fn update_project_legacy_api_keys(
        &self,
        ref_: impl Into<String>,
        enabled: bool,
    ) -> UpdateProjectLegacyApiKeys {
        UpdateProjectLegacyApiKeys {
            ref_: ref_.into(),
            enabled,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::bulk_create_secrets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct BulkCreateSecrets {
    ref_: String,
    body: types::CreateSecretBody,
    call: crate::runtime::CallOptions,
}

impl BulkCreateSecrets {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-bulk-create-secrets",
            "POST",
            "/v1/projects/{ref}/secrets",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(BulkCreateSecrets, (), Unit);

/// Request builder for [`Client::bulk_delete_secrets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct BulkDeleteSecrets {
    ref_: String,
    body: types::DeleteSecretsBody,
    call: crate::runtime::CallOptions,
}

impl BulkDeleteSecrets {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-bulk-delete-secrets",
            "DELETE",
            "/v1/projects/{ref}/secrets",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(BulkDeleteSecrets, (), Unit);

/// Request builder for [`Client::create_project_api_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectApiKey {
    ref_: String,
    reveal: Option<bool>,
    body: types::CreateApiKeyBody,
    call: crate::runtime::CallOptions,
}

impl CreateProjectApiKey {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-project-api-key",
            "POST",
            "/v1/projects/{ref}/api-keys",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for [`Client::delete_project_api_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteProjectApiKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reason: Option<String>,
    reveal: Option<bool>,
    was_compromised: Option<bool>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl DeleteProjectApiKey {
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }

    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    /// Boolean string, true or false
    pub fn was_compromised(mut self, value: bool) -> Self {
        self.was_compromised = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-project-api-key",
            "DELETE",
            "/v1/projects/{ref}/api-keys/{id}",
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
        if let Some(value) = self.reason {
            request.query.push(("reason", value));
        }
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        if let Some(value) = self.was_compromised {
            request.query.push(("was_compromised", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DeleteProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for [`Client::get_pgsodium_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPgsodiumConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPgsodiumConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-pgsodium-config",
            "GET",
            "/v1/projects/{ref}/pgsodium",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetPgsodiumConfig, types::PgsodiumConfigResponse, Json);

/// Request builder for [`Client::get_project_api_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectApiKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reveal: Option<bool>,
    call: crate::runtime::CallOptions,
}

impl GetProjectApiKey {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-api-key",
            "GET",
            "/v1/projects/{ref}/api-keys/{id}",
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
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for [`Client::get_project_api_keys`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectApiKeys {
    ref_: String,
    reveal: Option<bool>,
    call: crate::runtime::CallOptions,
}

impl GetProjectApiKeys {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-api-keys",
            "GET",
            "/v1/projects/{ref}/api-keys",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetProjectApiKeys, Vec < types::ApiKeyResponse >, Json);

/// Request builder for [`Client::get_project_legacy_api_keys`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectLegacyApiKeys {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetProjectLegacyApiKeys {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-project-legacy-api-keys",
            "GET",
            "/v1/projects/{ref}/api-keys/legacy",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProjectLegacyApiKeys, types::LegacyApiKeysResponse, Json);

/// Request builder for [`Client::list_all_secrets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSecrets {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllSecrets {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-secrets",
            "GET",
            "/v1/projects/{ref}/secrets",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllSecrets, Vec < types::SecretResponse >, Json);

/// Request builder for [`Client::update_pgsodium_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePgsodiumConfig {
    ref_: String,
    body: types::UpdatePgsodiumConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdatePgsodiumConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-pgsodium-config",
            "PUT",
            "/v1/projects/{ref}/pgsodium",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdatePgsodiumConfig, types::PgsodiumConfigResponse, Json);

/// Request builder for [`Client::update_project_api_key`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectApiKey {
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reveal: Option<bool>,
    body: types::UpdateApiKeyBody,
    call: crate::runtime::CallOptions,
}

impl UpdateProjectApiKey {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-project-api-key",
            "PATCH",
            "/v1/projects/{ref}/api-keys/{id}",
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
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for [`Client::update_project_legacy_api_keys`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectLegacyApiKeys {
    ref_: String,
    enabled: bool,
    call: crate::runtime::CallOptions,
}

impl UpdateProjectLegacyApiKeys {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-project-legacy-api-keys",
            "PUT",
            "/v1/projects/{ref}/api-keys/legacy",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.enabled;
        request.query.push(("enabled", value.to_string()));
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateProjectLegacyApiKeys, types::LegacyApiKeysResponse, Json);
