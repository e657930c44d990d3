//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Billing`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Apply or update billing addons, including compute instance size
    ///
    /// Selects an addon variant, for example scaling the project’s compute instance up or down, and
    /// applies it to the project.
    ///
    /// `PATCH /v1/projects/{ref}/billing/addons` (operation `v1-apply-project-addon`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_apply_project_addon")]
    pub fn apply_project_addon(
        &self,
        ref_: impl Into<String>,
        body: types::ApplyProjectAddonBody,
    ) -> ApplyProjectAddon {
        ApplyProjectAddon {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// List billing addons and compute instance selections
    ///
    /// Returns the billing addons that are currently applied, including the active compute instance
    /// size, and lists every addon option that can be provisioned with pricing metadata.
    ///
    /// `GET /v1/projects/{ref}/billing/addons` (operation `v1-list-project-addons`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_list_project_addons")]
    pub fn list_project_addons(&self, ref_: impl Into<String>) -> ListProjectAddons {
        ListProjectAddons {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Remove billing addons or revert compute instance sizing
    ///
    /// Disables the selected addon variant, including rolling the compute instance back to its
    /// previous size.
    ///
    /// `DELETE /v1/projects/{ref}/billing/addons/{addon_variant}` (operation
    /// `v1-remove-project-addon`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_remove_project_addon")]
    pub fn remove_project_addon(
        &self,
        ref_: impl Into<String>,
        addon_variant: types::RemoveProjectAddonAddonVariant,
    ) -> RemoveProjectAddon {
        RemoveProjectAddon {
            ref_: ref_.into(),
            addon_variant,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::apply_project_addon`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ApplyProjectAddon {
    ref_: String,
    body: types::ApplyProjectAddonBody,
    call: crate::runtime::CallOptions,
}

impl ApplyProjectAddon {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-apply-project-addon",
            "PATCH",
            "/v1/projects/{ref}/billing/addons",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ApplyProjectAddon, (), Unit);

/// Request builder for [`Client::list_project_addons`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ListProjectAddons {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ListProjectAddons {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-list-project-addons",
            "GET",
            "/v1/projects/{ref}/billing/addons",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ListProjectAddons, types::ListProjectAddonsResponse, Json);

/// Request builder for [`Client::remove_project_addon`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RemoveProjectAddon {
    ref_: String,
    addon_variant: types::RemoveProjectAddonAddonVariant,
    call: crate::runtime::CallOptions,
}

impl RemoveProjectAddon {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-remove-project-addon",
            "DELETE",
            "/v1/projects/{ref}/billing/addons/{addon_variant}",
        );
        let segment_0 = {
            let value = self.addon_variant;
            value.to_string()
        };
        let path = crate::runtime::expand_path(
            OPERATION.path,
            &[&self.ref_, &segment_0],
        );
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(RemoveProjectAddon, (), Unit);
