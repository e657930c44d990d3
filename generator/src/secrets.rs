//! Which fields and parameters hold secrets: their `Debug` shows
//! `[redacted]` instead of the value (the value itself stays a plain field).
//!
//! A field or parameter is sensitive when its schema says so (`format:
//! password` or `writeOnly: true`), when its JSON pointer is listed in
//! [`Secrets::pointers`], or when the last words of its wire name are one
//! of [`Secrets::words`] (`db_pass`, `jwt_secret`, `sms_access_key`...)
//! and its value can carry secret material: anything but a number, a
//! boolean or a string enum (a closed set of values is no secret), so
//! `password_min_length`, `rate_limit_token_refresh` and `token_type` are
//! shown.

/// The settings that decide which values are secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Secrets {
    /// Trailing words of a wire name (in snake case, several words joined
    /// by `_`) that mark its value secret.
    pub words: Vec<String>,
    /// JSON pointers of properties or parameters that are secret whatever
    /// their names, e.g. `#/components/schemas/SecretResponse/properties/value`.
    pub pointers: Vec<String>,
}

/// The default [`Secrets::words`].
pub const DEFAULT_WORDS: &[&str] = &[
    "pass",
    "passwd",
    "password",
    "secret",
    "secrets",
    "token",
    "key",
    "access_key",
    "private_key",
    "jwk",
    "credential",
    "credentials",
];

impl Default for Secrets {
    fn default() -> Self {
        Secrets {
            words: DEFAULT_WORDS.iter().map(|w| (*w).to_owned()).collect(),
            pointers: Vec::new(),
        }
    }
}

impl Secrets {
    /// Whether the wire name `wire` ends with one of the words.
    pub fn name_matches(&self, wire: &str) -> bool {
        use heck::ToSnakeCase;
        let name = crate::naming::snake(wire);
        let words: Vec<&str> = name.split('_').collect();
        self.words.iter().any(|entry| {
            let entry = entry.to_snake_case();
            let parts: Vec<&str> = entry.split('_').collect();
            !entry.is_empty() && words.ends_with(&parts)
        })
    }

    /// Whether the pointer of a property or parameter (or of its schema) is listed.
    pub fn pointer_listed(&self, pointer: &str) -> bool {
        self.pointers.iter().any(|p| {
            p == pointer
                || pointer
                    .strip_suffix("/schema")
                    .is_some_and(|base| p == base)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_words_decide() {
        let s = Secrets::default();
        for secret in [
            "db_pass",
            "smtp_pass",
            "jwt_secret",
            "external_github_secret",
            "sms_messagebird_access_key",
            "private_jwk",
            "access_token",
            "refresh_token",
            "password",
            "apiKey",
        ] {
            assert!(s.name_matches(secret), "{secret}");
        }
        for plain in [
            "password_min_length",
            "rate_limit_token_refresh",
            "token_type",
            "name",
            "keyboard",
            "monkey",
        ] {
            assert!(!s.name_matches(plain), "{plain}");
        }
    }

    #[test]
    fn pointers_match_the_property_or_its_schema() {
        let s = Secrets {
            pointers: vec!["#/paths/~1a/get/parameters/0".to_owned()],
            ..Secrets::default()
        };
        assert!(s.pointer_listed("#/paths/~1a/get/parameters/0"));
        assert!(s.pointer_listed("#/paths/~1a/get/parameters/0/schema"));
        assert!(!s.pointer_listed("#/paths/~1a/get/parameters/1"));
    }
}
