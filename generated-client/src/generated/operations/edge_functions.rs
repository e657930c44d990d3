//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Edge Functions`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Bulk update functions
    ///
    /// Bulk update functions. It will create a new function or replace existing. The operation is
    /// idempotent. NOTE: You will need to manually bump the version.
    ///
    /// `PUT /v1/projects/{ref}/functions` (operation `v1-bulk-update-functions`)
    ///
    /// OAuth scope: `edge_functions:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_bulk_update_functions")]
    pub fn bulk_update_functions(
        &self,
        ref_: impl Into<String>,
        body: types::BulkUpdateFunctionBody,
    ) -> BulkUpdateFunctions {
        BulkUpdateFunctions {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Create a function
    ///
    /// This endpoint is deprecated - use the deploy endpoint. Creates a function and adds it to the
    /// specified project.
    ///
    /// `POST /v1/projects/{ref}/functions` (operation `v1-create-a-function`)
    ///
    /// OAuth scope: `edge_functions:write`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_create_a_function")]
    #[deprecated = "deprecated in the API"]
    pub fn create_a_function(
        &self,
        ref_: impl Into<String>,
        body: impl Into<CreateAFunctionBody>,
    ) -> CreateAFunction {
        CreateAFunction {
            ref_: ref_.into(),
            entrypoint_path: None,
            ezbr_sha256: None,
            import_map: None,
            import_map_path: None,
            name: None,
            slug: None,
            verify_jwt: None,
            body: body.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Delete a function
    ///
    /// Deletes a function with the specified slug from the specified project.
    ///
    /// `DELETE /v1/projects/{ref}/functions/{function_slug}` (operation `v1-delete-a-function`)
    ///
    /// OAuth scope: `edge_functions:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `function_slug`: Function slug
    #[doc(alias = "v1_delete_a_function")]
    pub fn delete_a_function(
        &self,
        ref_: impl Into<String>,
        function_slug: impl Into<String>,
    ) -> DeleteAFunction {
        DeleteAFunction {
            ref_: ref_.into(),
            function_slug: function_slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Deploy a function
    ///
    /// A new endpoint to deploy functions. It will create if function does not exist.
    ///
    /// `POST /v1/projects/{ref}/functions/deploy` (operation `v1-deploy-a-function`)
    ///
    /// OAuth scope: `edge_functions:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_deploy_a_function")]
    pub fn deploy_a_function(
        &self,
        ref_: impl Into<String>,
        body: types::DeployAFunctionBody,
    ) -> DeployAFunction {
        DeployAFunction {
            ref_: ref_.into(),
            bundle_only: None,
            slug: None,
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Retrieve a function
    ///
    /// Retrieves a function with the specified slug and project.
    ///
    /// `GET /v1/projects/{ref}/functions/{function_slug}` (operation `v1-get-a-function`)
    ///
    /// OAuth scope: `edge_functions:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `function_slug`: Function slug
    #[doc(alias = "v1_get_a_function")]
    pub fn get_a_function(
        &self,
        ref_: impl Into<String>,
        function_slug: impl Into<String>,
    ) -> GetAFunction {
        GetAFunction {
            ref_: ref_.into(),
            function_slug: function_slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Retrieve a function body
    ///
    /// Retrieves a function body for the specified slug and project.
    ///
    /// `GET /v1/projects/{ref}/functions/{function_slug}/body` (operation `v1-get-a-function-body`)
    ///
    /// OAuth scope: `edge_functions:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `function_slug`: Function slug
    #[doc(alias = "v1_get_a_function_body")]
    pub fn get_a_function_body(
        &self,
        ref_: impl Into<String>,
        function_slug: impl Into<String>,
    ) -> GetAFunctionBody {
        GetAFunctionBody {
            ref_: ref_.into(),
            function_slug: function_slug.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List all functions
    ///
    /// Returns all functions you've previously added to the specified project.
    ///
    /// `GET /v1/projects/{ref}/functions` (operation `v1-list-all-functions`)
    ///
    /// OAuth scope: `edge_functions:read`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_all_functions")]
    pub fn list_all_functions(&self, ref_: impl Into<String>) -> ListAllFunctions {
        ListAllFunctions {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Update a function
    ///
    /// Updates a function with the specified slug and project.
    ///
    /// `PATCH /v1/projects/{ref}/functions/{function_slug}` (operation `v1-update-a-function`)
    ///
    /// OAuth scope: `edge_functions:write`.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    /// - `function_slug`: Function slug
    #[doc(alias = "v1_update_a_function")]
    pub fn update_a_function(
        &self,
        ref_: impl Into<String>,
        function_slug: impl Into<String>,
        body: impl Into<UpdateAFunctionBody>,
    ) -> UpdateAFunction {
        UpdateAFunction {
            ref_: ref_.into(),
            function_slug: function_slug.into(),
            entrypoint_path: None,
            ezbr_sha256: None,
            import_map: None,
            import_map_path: None,
            name: None,
            slug: None,
            verify_jwt: None,
            body: body.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::bulk_update_functions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct BulkUpdateFunctions {
    ref_: String,
    body: types::BulkUpdateFunctionBody,
    call: crate::runtime::CallOptions,
}

impl BulkUpdateFunctions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-bulk-update-functions",
            "PUT",
            "/v1/projects/{ref}/functions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(BulkUpdateFunctions, types::BulkUpdateFunctionResponse, Json);

/// Request builder for [`Client::create_a_function`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CreateAFunction {
    ref_: String,
    entrypoint_path: Option<String>,
    ezbr_sha256: Option<String>,
    import_map: Option<bool>,
    import_map_path: Option<String>,
    name: Option<String>,
    slug: Option<String>,
    verify_jwt: Option<bool>,
    body: CreateAFunctionBody,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl CreateAFunction {
    pub fn entrypoint_path(mut self, value: impl Into<String>) -> Self {
        self.entrypoint_path = Some(value.into());
        self
    }

    pub fn ezbr_sha256(mut self, value: impl Into<String>) -> Self {
        self.ezbr_sha256 = Some(value.into());
        self
    }

    /// Boolean string, true or false
    pub fn import_map(mut self, value: bool) -> Self {
        self.import_map = Some(value);
        self
    }

    pub fn import_map_path(mut self, value: impl Into<String>) -> Self {
        self.import_map_path = Some(value.into());
        self
    }

    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Boolean string, true or false
    pub fn verify_jwt(mut self, value: bool) -> Self {
        self.verify_jwt = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-create-a-function",
            "POST",
            "/v1/projects/{ref}/functions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.entrypoint_path {
            request.query.push(("entrypoint_path", value));
        }
        if let Some(value) = self.ezbr_sha256 {
            request.query.push(("ezbr_sha256", value));
        }
        if let Some(value) = self.import_map {
            request.query.push(("import_map", value.to_string()));
        }
        if let Some(value) = self.import_map_path {
            request.query.push(("import_map_path", value));
        }
        if let Some(value) = self.name {
            request.query.push(("name", value));
        }
        if let Some(value) = self.slug {
            request.query.push(("slug", value));
        }
        if let Some(value) = self.verify_jwt {
            request.query.push(("verify_jwt", value.to_string()));
        }
        let value = self.body;
        request.body = match value {
            CreateAFunctionBody::Json(value) => {
                crate::runtime::RequestBody::json(&value)?
            }
            CreateAFunctionBody::Eszip(value) => {
                crate::runtime::RequestBody::Bytes {
                    content_type: "application/vnd.denoland.eszip",
                    data: value,
                }
            }
        };
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(CreateAFunction, types::FunctionResponse, Json);

/// A request body in one of the media types the operation accepts.
#[derive(Debug, Clone)]
pub enum CreateAFunctionBody {
    /// Sent as `application/json`.
    Json(types::V1CreateFunctionBody),
    /// Sent as `application/vnd.denoland.eszip`.
    Eszip(bytes::Bytes),
}

impl From<types::V1CreateFunctionBody> for CreateAFunctionBody {
    fn from(value: types::V1CreateFunctionBody) -> Self {
        Self::Json(value)
    }
}

/// Request builder for [`Client::delete_a_function`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteAFunction {
    ref_: String,
    function_slug: String,
    call: crate::runtime::CallOptions,
}

impl DeleteAFunction {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-delete-a-function",
            "DELETE",
            "/v1/projects/{ref}/functions/{function_slug}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.function_slug],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(DeleteAFunction, types::DeleteAFunctionResponse, Json);

/// Request builder for [`Client::deploy_a_function`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeployAFunction {
    ref_: String,
    bundle_only: Option<bool>,
    slug: Option<String>,
    body: types::DeployAFunctionBody,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl DeployAFunction {
    /// Boolean string, true or false
    pub fn bundle_only(mut self, value: bool) -> Self {
        self.bundle_only = Some(value);
        self
    }

    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-deploy-a-function",
            "POST",
            "/v1/projects/{ref}/functions/deploy",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.bundle_only {
            request.query.push(("bundleOnly", value.to_string()));
        }
        if let Some(value) = self.slug {
            request.query.push(("slug", value));
        }
        let value = self.body;
        request.body = crate::runtime::RequestBody::Multipart(value.into_parts()?);
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(DeployAFunction, types::DeployFunctionResponse, Json);

/// Request builder for [`Client::get_a_function`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAFunction {
    ref_: String,
    function_slug: String,
    call: crate::runtime::CallOptions,
}

impl GetAFunction {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-function",
            "GET",
            "/v1/projects/{ref}/functions/{function_slug}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.function_slug],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetAFunction, types::FunctionSlugResponse, Json);

/// Request builder for [`Client::get_a_function_body`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetAFunctionBody {
    ref_: String,
    function_slug: String,
    call: crate::runtime::CallOptions,
}

impl GetAFunctionBody {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-a-function-body",
            "GET",
            "/v1/projects/{ref}/functions/{function_slug}/body",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.function_slug],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetAFunctionBody, types::StreamableFile, Json);

/// Request builder for [`Client::list_all_functions`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListAllFunctions {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListAllFunctions {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-all-functions",
            "GET",
            "/v1/projects/{ref}/functions",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListAllFunctions, Vec < types::FunctionResponse >, Json);

/// Request builder for [`Client::update_a_function`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateAFunction {
    ref_: String,
    function_slug: String,
    entrypoint_path: Option<String>,
    ezbr_sha256: Option<String>,
    import_map: Option<bool>,
    import_map_path: Option<String>,
    name: Option<String>,
    slug: Option<String>,
    verify_jwt: Option<bool>,
    body: UpdateAFunctionBody,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl UpdateAFunction {
    pub fn entrypoint_path(mut self, value: impl Into<String>) -> Self {
        self.entrypoint_path = Some(value.into());
        self
    }

    pub fn ezbr_sha256(mut self, value: impl Into<String>) -> Self {
        self.ezbr_sha256 = Some(value.into());
        self
    }

    /// Boolean string, true or false
    pub fn import_map(mut self, value: bool) -> Self {
        self.import_map = Some(value);
        self
    }

    pub fn import_map_path(mut self, value: impl Into<String>) -> Self {
        self.import_map_path = Some(value.into());
        self
    }

    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Boolean string, true or false
    pub fn verify_jwt(mut self, value: bool) -> Self {
        self.verify_jwt = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-a-function",
            "PATCH",
            "/v1/projects/{ref}/functions/{function_slug}",
        );
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &self.function_slug],
        );
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.entrypoint_path {
            request.query.push(("entrypoint_path", value));
        }
        if let Some(value) = self.ezbr_sha256 {
            request.query.push(("ezbr_sha256", value));
        }
        if let Some(value) = self.import_map {
            request.query.push(("import_map", value.to_string()));
        }
        if let Some(value) = self.import_map_path {
            request.query.push(("import_map_path", value));
        }
        if let Some(value) = self.name {
            request.query.push(("name", value));
        }
        if let Some(value) = self.slug {
            request.query.push(("slug", value));
        }
        if let Some(value) = self.verify_jwt {
            request.query.push(("verify_jwt", value.to_string()));
        }
        let value = self.body;
        request.body = match value {
            UpdateAFunctionBody::Json(value) => {
                crate::runtime::RequestBody::json(&value)?
            }
            UpdateAFunctionBody::Eszip(value) => {
                crate::runtime::RequestBody::Bytes {
                    content_type: "application/vnd.denoland.eszip",
                    data: value,
                }
            }
        };
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateAFunction, types::FunctionResponse, Json);

/// A request body in one of the media types the operation accepts.
#[derive(Debug, Clone)]
pub enum UpdateAFunctionBody {
    /// Sent as `application/json`.
    Json(types::V1UpdateFunctionBody),
    /// Sent as `application/vnd.denoland.eszip`.
    Eszip(bytes::Bytes),
}

impl From<types::V1UpdateFunctionBody> for UpdateAFunctionBody {
    fn from(value: types::V1UpdateFunctionBody) -> Self {
        Self::Json(value)
    }
}
