//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Rest`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets project's postgrest config
    ///
    /// `GET /v1/projects/{ref}/postgrest` (operation `v1-get-postgrest-service-config`)
    ///
    /// OAuth scope: `rest:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_postgrest_service_config")]
    pub fn get_postgrest_service_config(
        &self,
        ref_: impl Into<String>,
    ) -> GetPostgrestServiceConfig {
        GetPostgrestServiceConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates project's postgrest config
    ///
    /// `PATCH /v1/projects/{ref}/postgrest` (operation `v1-update-postgrest-service-config`)
    ///
    /// OAuth scope: `rest:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_postgrest_service_config")]
    pub fn update_postgrest_service_config(
        &self,
        ref_: impl Into<String>,
        body: types::V1UpdatePostgrestConfigBody,
    ) -> UpdatePostgrestServiceConfig {
        UpdatePostgrestServiceConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_postgrest_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgrestServiceConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPostgrestServiceConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-postgrest-service-config",
            "GET",
            "/v1/projects/{ref}/postgrest",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(
    GetPostgrestServiceConfig, types::PostgrestConfigWithJwtSecretResponse, Json
);

/// Request builder for [`Client::update_postgrest_service_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePostgrestServiceConfig {
    ref_: String,
    body: types::V1UpdatePostgrestConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdatePostgrestServiceConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-postgrest-service-config",
            "PATCH",
            "/v1/projects/{ref}/postgrest",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(
    UpdatePostgrestServiceConfig, types::V1PostgrestConfigResponse, Json
);
