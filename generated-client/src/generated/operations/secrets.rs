//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Secrets`.

use super::super::types;

impl super::super::Client {
    /// Bulk create secrets
    ///
    /// Creates multiple secrets and adds them to the specified project.
    ///
    /// `POST /v1/projects/{ref}/secrets`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-bulk-create-secrets`
    #[doc(alias = "v1_bulk_create_secrets")]
    pub fn bulk_create_secrets(
        &self,
        ref_: impl Into<String>,
        body: types::CreateSecretBody,
    ) -> BulkCreateSecrets<'_> {
        BulkCreateSecrets {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Bulk delete secrets
    ///
    /// Deletes all secrets with the given names from the specified project
    ///
    /// `DELETE /v1/projects/{ref}/secrets`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-bulk-delete-secrets`
    #[doc(alias = "v1_bulk_delete_secrets")]
    pub fn bulk_delete_secrets(
        &self,
        ref_: impl Into<String>,
        body: types::DeleteSecretsBody,
    ) -> BulkDeleteSecrets<'_> {
        BulkDeleteSecrets {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Creates a new API key for the project
    ///
    /// `POST /v1/projects/{ref}/api-keys`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-create-project-api-key`
    #[doc(alias = "v1_create_project_api_key")]
    pub fn create_project_api_key(
        &self,
        ref_: impl Into<String>,
        body: types::CreateApiKeyBody,
    ) -> CreateProjectApiKey<'_> {
        CreateProjectApiKey {
            client: self,
            ref_: ref_.into(),
            reveal: None,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Deletes an API key for the project
    ///
    /// `DELETE /v1/projects/{ref}/api-keys/{id}`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-delete-project-api-key`
    #[doc(alias = "v1_delete_project_api_key")]
    pub fn delete_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> DeleteProjectApiKey<'_> {
        DeleteProjectApiKey {
            client: self,
            ref_: ref_.into(),
            id,
            reason: None,
            reveal: None,
            was_compromised: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Gets project's pgsodium config
    ///
    /// `GET /v1/projects/{ref}/pgsodium`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-pgsodium-config`
    #[doc(alias = "v1_get_pgsodium_config")]
    pub fn get_pgsodium_config(&self, ref_: impl Into<String>) -> GetPgsodiumConfig<'_> {
        GetPgsodiumConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get API key
    ///
    /// `GET /v1/projects/{ref}/api-keys/{id}`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-api-key`
    #[doc(alias = "v1_get_project_api_key")]
    pub fn get_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
    ) -> GetProjectApiKey<'_> {
        GetProjectApiKey {
            client: self,
            ref_: ref_.into(),
            id,
            reveal: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Get project api keys
    ///
    /// `GET /v1/projects/{ref}/api-keys`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-api-keys`
    #[doc(alias = "v1_get_project_api_keys")]
    pub fn get_project_api_keys(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectApiKeys<'_> {
        GetProjectApiKeys {
            client: self,
            ref_: ref_.into(),
            reveal: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Check whether JWT based legacy (anon, service_role) API keys are enabled. This API endpoint
    /// will be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `GET /v1/projects/{ref}/api-keys/legacy`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-project-legacy-api-keys`
    #[doc(alias = "v1_get_project_legacy_api_keys")]
    pub fn get_project_legacy_api_keys(
        &self,
        ref_: impl Into<String>,
    ) -> GetProjectLegacyApiKeys<'_> {
        GetProjectLegacyApiKeys {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// List all secrets
    ///
    /// Returns all secrets you've previously added to the specified project.
    ///
    /// `GET /v1/projects/{ref}/secrets`
    ///
    /// OAuth scope: `secrets:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-all-secrets`
    #[doc(alias = "v1_list_all_secrets")]
    pub fn list_all_secrets(&self, ref_: impl Into<String>) -> ListAllSecrets<'_> {
        ListAllSecrets {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Updates project's pgsodium config. Updating the root_key can cause all data
    /// encrypted with the older key to become inaccessible.
    ///
    /// `PUT /v1/projects/{ref}/pgsodium`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-pgsodium-config`
    #[doc(alias = "v1_update_pgsodium_config")]
    pub fn update_pgsodium_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdatePgsodiumConfigBody,
    ) -> UpdatePgsodiumConfig<'_> {
        UpdatePgsodiumConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates an API key for the project
    ///
    /// `PATCH /v1/projects/{ref}/api-keys/{id}`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-project-api-key`
    #[doc(alias = "v1_update_project_api_key")]
    pub fn update_project_api_key(
        &self,
        ref_: impl Into<String>,
        id: crate::runtime::uuid::Uuid,
        body: types::UpdateApiKeyBody,
    ) -> UpdateProjectApiKey<'_> {
        UpdateProjectApiKey {
            client: self,
            ref_: ref_.into(),
            id,
            reveal: None,
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Disable or re-enable JWT based legacy (anon, service_role) API keys. This API endpoint will
    /// be removed in the future, check for HTTP 404 Not Found.
    ///
    /// `PUT /v1/projects/{ref}/api-keys/legacy`
    ///
    /// OAuth scope: `secrets:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `enabled`: Boolean string, true or false
    ///
    /// Operation: `v1-update-project-legacy-api-keys`
    #[doc(alias = "v1_update_project_legacy_api_keys")]
    pub fn update_project_legacy_api_keys(
        &self,
        ref_: impl Into<String>,
        enabled: bool,
    ) -> UpdateProjectLegacyApiKeys<'_> {
        UpdateProjectLegacyApiKeys {
            client: self,
            ref_: ref_.into(),
            enabled,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::bulk_create_secrets`](super::super::Client::bulk_create_secrets).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct BulkCreateSecrets<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::CreateSecretBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> BulkCreateSecrets<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-bulk-create-secrets",
            method: "POST",
            path: "/v1/projects/{ref}/secrets",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/secrets",
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

crate::runtime::call!(BulkCreateSecrets, (), Unit);

/// Request builder for [`Client::bulk_delete_secrets`](super::super::Client::bulk_delete_secrets).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct BulkDeleteSecrets<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::DeleteSecretsBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> BulkDeleteSecrets<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-bulk-delete-secrets",
            method: "DELETE",
            path: "/v1/projects/{ref}/secrets",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/secrets",
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

crate::runtime::call!(BulkDeleteSecrets, (), Unit);

/// Request builder for
/// [`Client::create_project_api_key`](super::super::Client::create_project_api_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateProjectApiKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    reveal: Option<bool>,
    body: types::CreateApiKeyBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CreateProjectApiKey<'a> {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-create-project-api-key",
            method: "POST",
            path: "/v1/projects/{ref}/api-keys",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(CreateProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for
/// [`Client::delete_project_api_key`](super::super::Client::delete_project_api_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteProjectApiKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reason: Option<String>,
    reveal: Option<bool>,
    was_compromised: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> DeleteProjectApiKey<'a> {
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
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-delete-project-api-key",
            method: "DELETE",
            path: "/v1/projects/{ref}/api-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
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
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(DeleteProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for [`Client::get_pgsodium_config`](super::super::Client::get_pgsodium_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPgsodiumConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPgsodiumConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-pgsodium-config",
            method: "GET",
            path: "/v1/projects/{ref}/pgsodium",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/pgsodium",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetPgsodiumConfig, types::PgsodiumConfigResponse, Json);

/// Request builder for [`Client::get_project_api_key`](super::super::Client::get_project_api_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectApiKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reveal: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectApiKey<'a> {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-api-key",
            method: "GET",
            path: "/v1/projects/{ref}/api-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for
/// [`Client::get_project_api_keys`](super::super::Client::get_project_api_keys).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectApiKeys<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    reveal: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectApiKeys<'a> {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-api-keys",
            method: "GET",
            path: "/v1/projects/{ref}/api-keys",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectApiKeys, Vec < types::ApiKeyResponse >, Json);

/// Request builder for
/// [`Client::get_project_legacy_api_keys`](super::super::Client::get_project_legacy_api_keys).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProjectLegacyApiKeys<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProjectLegacyApiKeys<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-project-legacy-api-keys",
            method: "GET",
            path: "/v1/projects/{ref}/api-keys/legacy",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys/legacy",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetProjectLegacyApiKeys, types::LegacyApiKeysResponse, Json);

/// Request builder for [`Client::list_all_secrets`](super::super::Client::list_all_secrets).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllSecrets<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllSecrets<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-secrets",
            method: "GET",
            path: "/v1/projects/{ref}/secrets",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/secrets",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllSecrets, Vec < types::SecretResponse >, Json);

/// Request builder for
/// [`Client::update_pgsodium_config`](super::super::Client::update_pgsodium_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePgsodiumConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdatePgsodiumConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdatePgsodiumConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-pgsodium-config",
            method: "PUT",
            path: "/v1/projects/{ref}/pgsodium",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/pgsodium",
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

crate::runtime::call!(UpdatePgsodiumConfig, types::PgsodiumConfigResponse, Json);

/// Request builder for
/// [`Client::update_project_api_key`](super::super::Client::update_project_api_key).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectApiKey<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    id: crate::runtime::uuid::Uuid,
    reveal: Option<bool>,
    body: types::UpdateApiKeyBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateProjectApiKey<'a> {
    /// Boolean string, true or false
    pub fn reveal(mut self, value: bool) -> Self {
        self.reveal = Some(value);
        self
    }

    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-project-api-key",
            method: "PATCH",
            path: "/v1/projects/{ref}/api-keys/{id}",
        };
        let segment_0 = {
            let value = self.id;
            value.to_string()
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys/",
            crate::runtime::encode_path_segment(&segment_0).as_str(),
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.reveal {
            request.query.push(("reveal", value.to_string()));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateProjectApiKey, types::ApiKeyResponse, Json);

/// Request builder for
/// [`Client::update_project_legacy_api_keys`](super::super::Client::update_project_legacy_api_keys).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateProjectLegacyApiKeys<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    enabled: bool,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateProjectLegacyApiKeys<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-project-legacy-api-keys",
            method: "PUT",
            path: "/v1/projects/{ref}/api-keys/legacy",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/api-keys/legacy",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.enabled;
        request.query.push(("enabled", value.to_string()));
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateProjectLegacyApiKeys, types::LegacyApiKeysResponse, Json);
