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
    pub fn get_storage_config(&self, ref_: impl Into<String>) -> GetStorageConfig {
        GetStorageConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
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
    pub fn list_all_buckets(&self, ref_: impl Into<String>) -> ListAllBuckets {
        ListAllBuckets {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
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
    ) -> UpdateStorageConfig {
        UpdateStorageConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_storage_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetStorageConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetStorageConfig {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(crate::runtime::Client, crate::runtime::Request)> {
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
        let request = crate::runtime::Request::new(&OPERATION, path);
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetStorageConfig, types::StorageConfigResponse, Json);

/// Request builder for [`Client::list_all_buckets`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBuckets {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllBuckets {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(crate::runtime::Client, crate::runtime::Request)> {
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
        let request = crate::runtime::Request::new(&OPERATION, path);
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ListAllBuckets, Vec < types::V1StorageBucketResponse >, Json);

/// Request builder for [`Client::update_storage_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateStorageConfig {
    ref_: String,
    body: types::UpdateStorageConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdateStorageConfig {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(crate::runtime::Client, crate::runtime::Request)> {
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
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateStorageConfig, (), Unit);
