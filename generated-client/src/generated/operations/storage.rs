//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Storage`.

use super::super::types;

impl crate::runtime::Client {
    /// Gets project's storage config
    ///
    /// `GET /v1/projects/{ref}/config/storage`
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-storage-config`
    #[doc(alias = "v1_get_storage_config")]
    pub fn get_storage_config(&self, r#ref: impl Into<String>) -> GetStorageConfig<'_> {
        GetStorageConfig {
            client: self,
            r#ref: r#ref.into(),
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
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-list-all-buckets`
    #[doc(alias = "v1_list_all_buckets")]
    pub fn list_all_buckets(&self, r#ref: impl Into<String>) -> ListAllBuckets<'_> {
        ListAllBuckets {
            client: self,
            r#ref: r#ref.into(),
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
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-storage-config`
    #[doc(alias = "v1_update_storage_config")]
    pub fn update_storage_config(
        &self,
        r#ref: impl Into<String>,
        body: types::UpdateStorageConfigBody,
    ) -> UpdateStorageConfig<'_> {
        UpdateStorageConfig {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_storage_config`](crate::Client::get_storage_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetStorageConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetStorageConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/config/storage",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::StorageConfigResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetStorageConfig<'a> {
    type Output = crate::runtime::Result<types::StorageConfigResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::StorageConfigResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::list_all_buckets`](crate::Client::list_all_buckets).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllBuckets<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ListAllBuckets<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/storage/buckets",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<
        'a,
        Vec<types::V1StorageBucketResponse>,
        crate::runtime::Json,
    > {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for ListAllBuckets<'a> {
    type Output = crate::runtime::Result<Vec<types::V1StorageBucketResponse>>;
    type IntoFuture = crate::runtime::Call<
        'a,
        Vec<types::V1StorageBucketResponse>,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_storage_config`](crate::Client::update_storage_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateStorageConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::UpdateStorageConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateStorageConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
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

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, (), crate::runtime::Unit> {
        crate::runtime::Call::new(self.request(), crate::runtime::Unit)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for UpdateStorageConfig<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
