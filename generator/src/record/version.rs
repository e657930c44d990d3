//! The crate version that follows a set of changes.

use super::Changes;

/// The next version after `version` for these changes, while 0.x: breaking
/// changes bump the minor version, additive ones the patch; none, no bump.
pub fn bump(version: &str, changes: &Changes) -> String {
    let mut parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    parts.resize(3, 0);
    if changes.changes.is_empty() {
        return version.to_owned();
    }
    let major_zero = parts[0] == 0;
    if changes.is_breaking() {
        if major_zero {
            parts[1] += 1;
            parts[2] = 0;
        } else {
            parts[0] += 1;
            parts[1] = 0;
            parts[2] = 0;
        }
    } else if major_zero {
        parts[2] += 1;
    } else {
        parts[1] += 1;
        parts[2] = 0;
    }
    format!("{}.{}.{}", parts[0], parts[1], parts[2])
}
