//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Storage`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets project's storage config
    ///
    /// `GET /v1/projects/{ref}/config/storage` (operation `v1-get-storage-config`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_storage_config")]
    pub fn get_storage_config(&self, ref_: impl Into<String>) -> GetStorageConfig {
        GetStorageConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Lists all buckets
    ///
    /// `GET /v1/projects/{ref}/storage/buckets` (operation `v1-list-all-buckets`)
    ///
    /// OAuth scope: `storage:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_buckets")]
    pub fn list_all_buckets(&self, ref_: impl Into<String>) -> ListAllBuckets {
        ListAllBuckets {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates project's storage config
    ///
    /// `PATCH /v1/projects/{ref}/config/storage` (operation `v1-update-storage-config`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
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
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-storage-config",
            "GET",
            "/v1/projects/{ref}/config/storage",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
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
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-buckets",
            "GET",
            "/v1/projects/{ref}/storage/buckets",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
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
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-storage-config",
            "PATCH",
            "/v1/projects/{ref}/config/storage",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateStorageConfig, (), Unit);
