//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Storage`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets project's storage config
    ///
    /// `GET /v1/projects/{ref}/config/storage`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-storage-config`
    #[doc(alias = "v1_get_storage_config")]
    pub fn get_storage_config(&self, ref_: impl Into<String>) -> GetStorageConfig<'_> {
        GetStorageConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Lists all buckets
    ///
    /// `GET /v1/projects/{ref}/storage/buckets`
    ///
    /// OAuth scope: `storage:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-list-all-buckets`
    #[doc(alias = "v1_list_all_buckets")]
    pub fn list_all_buckets(&self, ref_: impl Into<String>) -> ListAllBuckets<'_> {
        ListAllBuckets {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates project's storage config
    ///
    /// `PATCH /v1/projects/{ref}/config/storage`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-storage-config`
    #[doc(alias = "v1_update_storage_config")]
    pub fn update_storage_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateStorageConfigBody,
    ) -> UpdateStorageConfig<'_> {
        UpdateStorageConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_storage_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetStorageConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetStorageConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-storage-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/storage",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/storage",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetStorageConfig, types::StorageConfigResponse, Json);

/// Request builder for [`Client::list_all_buckets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBuckets<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllBuckets<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-list-all-buckets",
            method: "GET",
            path: "/v1/projects/{ref}/storage/buckets",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/storage/buckets",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ListAllBuckets, Vec < types::V1StorageBucketResponse >, Json);

/// Request builder for [`Client::update_storage_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateStorageConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdateStorageConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateStorageConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-storage-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/config/storage",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/storage",
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

crate::runtime::call!(UpdateStorageConfig, (), Unit);
