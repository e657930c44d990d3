//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Rest`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets project's postgrest config
    ///
    /// `GET /v1/projects/{ref}/postgrest`
    ///
    /// OAuth scope: `rest:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-postgrest-service-config`
    #[doc(alias = "v1_get_postgrest_service_config")]
    pub fn get_postgrest_service_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetPostgrestServiceConfig<'_> {
        GetPostgrestServiceConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates project's postgrest config
    ///
    /// `PATCH /v1/projects/{ref}/postgrest`
    ///
    /// OAuth scope: `rest:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-postgrest-service-config`
    #[doc(alias = "v1_update_postgrest_service_config")]
    pub fn update_postgrest_service_config(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdatePostgrestConfigBody,
    ) -> UpdatePostgrestServiceConfig<'_> {
        UpdatePostgrestServiceConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_postgrest_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgrestServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPostgrestServiceConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-postgrest-service-config",
            method: "GET",
            path: "/v1/projects/{ref}/postgrest",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/postgrest",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(
    GetPostgrestServiceConfig, types::PostgrestConfigWithJwtSecretResponse, Json
);

/// Request builder for [`Client::update_postgrest_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePostgrestServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::V1UpdatePostgrestConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdatePostgrestServiceConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-postgrest-service-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/postgrest",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/postgrest",
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

crate::runtime::call!(
    UpdatePostgrestServiceConfig, types::V1PostgrestConfigResponse, Json
);
