//! Collision resolution within one scope: [`resolve`] gives every claim a
//! unique name by looking only at the colliding claims.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToUpperCamelCase;

/// One request for a name within a scope.
#[derive(Debug, Clone)]
pub struct Claim {
    /// The spelling in the spec (or, for inline types, their JSON pointer).
    pub raw: String,
    /// The derived name before collision resolution.
    pub candidate: String,
    /// Lower wins a contested name (component schemas before inline ones).
    pub priority: u8,
    /// The name this item had in the previous generation, which it keeps
    /// while no other item kept it first (and while it is no longer than
    /// [`super::MAX_NAME`]).
    pub previous: Option<String>,
}

/// Gives every claim a unique name, in the claims' order.
///
/// Claims whose candidates collide are resolved using only those claims: the
/// one with the lowest priority keeps the name, then the one whose raw
/// spelling already is the candidate, then the first by raw spelling. The
/// others get a suffix describing their raw spelling (`_camel`, `_kebab`, ...)
/// or, failing that, a number in the order of their raw spellings.
pub fn resolve(claims: &[Claim], snake_case: bool) -> Vec<String> {
    let mut names: Vec<Option<String>> = vec![None; claims.len()];
    // Names from the previous generation are kept first, in raw order.
    let mut kept: BTreeSet<String> = BTreeSet::new();
    let mut with_previous: Vec<usize> = (0..claims.len())
        .filter(|&i| {
            claims[i]
                .previous
                .as_ref()
                .is_some_and(|p| p.chars().count() <= super::MAX_NAME)
        })
        .collect();
    with_previous.sort_by(|&a, &b| claims[a].raw.cmp(&claims[b].raw));
    for i in with_previous {
        if let Some(previous) = &claims[i].previous {
            if kept.insert(previous.clone()) {
                names[i] = Some(previous.clone());
            }
        }
    }
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, claim) in claims.iter().enumerate() {
        if names[i].is_none() {
            groups.entry(claim.candidate.as_str()).or_default().push(i);
        }
    }
    let mut taken: BTreeSet<String> = groups.keys().map(|k| (*k).to_owned()).collect();
    taken.extend(kept.iter().cloned());
    for (candidate, mut members) in groups {
        members.sort_by(|&a, &b| {
            let (ca, cb) = (&claims[a], &claims[b]);
            (ca.priority, ca.raw != candidate, &ca.raw).cmp(&(
                cb.priority,
                cb.raw != candidate,
                &cb.raw,
            ))
        });
        let mut rest = &members[..];
        if !kept.contains(candidate) {
            names[members[0]] = Some(candidate.to_owned());
            rest = &members[1..];
        }
        let mut counter = 1;
        for &i in rest {
            let styled = spelling_suffix(&claims[i].raw)
                .map(|suffix| join(candidate, suffix, snake_case))
                .filter(|name| !taken.contains(name));
            let name = styled.unwrap_or_else(|| loop {
                counter += 1;
                let name = join(candidate, &counter.to_string(), snake_case);
                if !taken.contains(&name) {
                    break name;
                }
            });
            taken.insert(name.clone());
            names[i] = Some(name);
        }
    }
    names.into_iter().map(Option::unwrap_or_default).collect()
}

fn join(base: &str, suffix: &str, snake_case: bool) -> String {
    if snake_case {
        // `type_` + `2` -> `type_2`.
        format!(
            "{}_{suffix}",
            base.trim_start_matches("r#").trim_end_matches('_')
        )
    } else {
        format!("{base}{}", suffix.to_upper_camel_case())
    }
}

/// Describes how a raw name is spelled, to tell apart names that differ only
/// in case style (`connectionString` next to `connection_string`).
fn spelling_suffix(raw: &str) -> Option<&'static str> {
    let has_upper = raw.chars().any(|c| c.is_ascii_uppercase());
    let has_lower = raw.chars().any(|c| c.is_ascii_lowercase());
    let alnum = raw.chars().all(|c| c.is_ascii_alphanumeric());
    if raw.contains('-') && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Some("kebab")
    } else if has_upper && !has_lower {
        Some("upper")
    } else if alnum && has_lower && !has_upper {
        Some("lower")
    } else if alnum && has_upper && raw.starts_with(|c: char| c.is_ascii_lowercase()) {
        Some("camel")
    } else if alnum && has_upper {
        Some("pascal")
    } else {
        None
    }
}
