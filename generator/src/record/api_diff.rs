//! What changed between two records, as users of the client see it, and
//! the aliases that keep renamed items compiling.

use std::collections::BTreeMap;

use super::{Aliases, ApiRecord, MemberRecord, OperationRecord, TypeRecord, FORM};

/// One change between two records, as users of the client see it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Whether code that compiled before may not compile now.
    pub breaking: bool,
    /// What changed, in a sentence (Markdown).
    pub text: String,
}

/// What changed between two generations, and the aliases that keep renamed
/// items compiling.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Every change, breaking ones first, then by text.
    pub changes: Vec<Change>,
    /// Old names of renamed operations and schemas, for deprecated aliases.
    pub aliases: Aliases,
    /// Operations added, removed and renamed, and types added and removed.
    pub counts: Counts,
}

/// Counts for a report's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Operations only in the new record.
    pub operations_added: usize,
    /// Operations only in the old record.
    pub operations_removed: usize,
    /// Operations with a new `operationId` on the same route.
    pub operations_renamed: usize,
    /// Operations whose parameters, body or response changed.
    pub operations_changed: usize,
    /// Types only in the new record.
    pub types_added: usize,
    /// Types only in the old record.
    pub types_removed: usize,
    /// Schemas with a new name and the same shape.
    pub types_renamed: usize,
    /// Types whose members changed.
    pub types_changed: usize,
}

impl Changes {
    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.breaking)
    }
}

/// Compares two records. Each change is classified by what it does to
/// code written against the generated crate: breaking when such code may
/// stop compiling (structs and enums are `#[non_exhaustive]`, so a new
/// optional field, enum value or variant is additive; a new required field
/// changes `new`, so it is breaking in any struct).
pub fn diff(old: &ApiRecord, new: &ApiRecord) -> Changes {
    let mut out = Changes::default();
    let push = |out: &mut Changes, breaking: bool, text: String| {
        out.changes.push(Change { breaking, text })
    };
    // A record written before the form was stored lacks each type's
    // request form and openness and each method's arguments: those are
    // compared only when both records hold them.
    let known = old.form >= FORM && new.form >= FORM;
    if old.form < FORM && new.form >= FORM {
        push(
            &mut out,
            true,
            "Structs and enums are now `#[non_exhaustive]`, so that fields, values and variants \
             the API adds later break no code: build a struct with `new` (its required fields) \
             or `default()`, then assign its optional fields; match enums with a `_` arm."
                .to_owned(),
        );
    }

    // Operations: renamed ones are matched by route.
    let old_routes: BTreeMap<&str, &str> = old
        .operations
        .iter()
        .map(|(id, o)| (o.route.as_str(), id.as_str()))
        .collect();
    let new_routes: BTreeMap<&str, &str> = new
        .operations
        .iter()
        .map(|(id, o)| (o.route.as_str(), id.as_str()))
        .collect();
    for (id, op) in &new.operations {
        if old.operations.contains_key(id) {
            continue;
        }
        match old_routes
            .get(op.route.as_str())
            .filter(|old_id| !new.operations.contains_key(**old_id))
        {
            Some(old_id) => {
                let before = &old.operations[*old_id];
                out.counts.operations_renamed += 1;
                if before.method != op.method {
                    out.aliases
                        .methods
                        .insert(before.method.clone(), id.clone());
                }
                if before.builder != op.builder {
                    out.aliases
                        .builders
                        .insert(before.builder.clone(), id.clone());
                }
                push(
                    &mut out,
                    false,
                    format!(
                        "Renamed operation `{old_id}` to `{id}` (`{}`): method `{}` is now `{}` and its builder `{}` is now `{}`; the old names stay as deprecated aliases.",
                        op.route, before.method, op.method, before.builder, op.builder
                    ),
                );
                operation_changes(&mut out, &op.method, before, op, known);
            }
            None => {
                out.counts.operations_added += 1;
                push(
                    &mut out,
                    false,
                    format!("Added method `{}` (`{}`).", op.method, op.route),
                );
            }
        }
    }
    for (id, op) in &old.operations {
        match new.operations.get(id) {
            Some(now) => {
                renamed_operation(&mut out, op, now);
                operation_changes(&mut out, &now.method, op, now, known);
            }
            None if new_routes
                .get(op.route.as_str())
                .is_some_and(|new_id| !old.operations.contains_key(*new_id)) => {}
            None => {
                out.counts.operations_removed += 1;
                push(
                    &mut out,
                    true,
                    format!("Removed method `{}` (`{}`).", op.method, op.route),
                );
            }
        }
    }

    // Types: the same key, or a type shared by identical schemas that now
    // has the key of another of its places, is the same type.
    let mut continued: BTreeMap<&str, &str> = BTreeMap::new();
    for new_ptr in new.types.keys() {
        if old.types.contains_key(new_ptr) {
            continued.insert(new_ptr, new_ptr);
        }
    }
    for (new_ptr, now) in &new.types {
        if old.types.contains_key(new_ptr) {
            continue;
        }
        if let Some(old_ptr) = old.continued(new_ptr, &now.also) {
            if !new.types.contains_key(old_ptr) && !continued.values().any(|p| *p == old_ptr) {
                continued.insert(new_ptr, old_ptr);
            }
        }
    }
    // A removed schema whose shape reappears under a new name is renamed.
    let added: Vec<(&String, &TypeRecord)> = new
        .types
        .iter()
        .filter(|(p, _)| !continued.contains_key(p.as_str()))
        .collect();
    let removed: Vec<(&String, &TypeRecord)> = old
        .types
        .iter()
        .filter(|(p, _)| !continued.values().any(|c| c == p))
        .collect();
    let mut renamed_to: BTreeMap<&str, &str> = BTreeMap::new();
    for (old_ptr, before) in &removed {
        if !old_ptr.starts_with("#/components/schemas/") {
            continue;
        }
        let same = added.iter().find(|(new_ptr, now)| {
            new_ptr.starts_with("#/components/schemas/")
                && now.kind == before.kind
                && same_shape(before, now)
                && !renamed_to.values().any(|p| p == new_ptr)
        });
        if let Some((new_ptr, _)) = same {
            renamed_to.insert(old_ptr.as_str(), new_ptr.as_str());
        }
    }
    for (ptr, now) in &added {
        if renamed_to.values().any(|p| p == ptr) {
            continue;
        }
        out.counts.types_added += 1;
        push(
            &mut out,
            false,
            format!("Added type `{}` ({}).", now.name, now.kind),
        );
    }
    for (ptr, before) in &removed {
        match renamed_to.get(ptr.as_str()) {
            Some(new_ptr) => {
                let now = &new.types[*new_ptr];
                out.counts.types_renamed += 1;
                if before.name != now.name {
                    out.aliases
                        .types
                        .insert(before.name.clone(), (*new_ptr).to_owned());
                }
                push(
                    &mut out,
                    false,
                    format!(
                        "Renamed type `{}` to `{}`; the old name stays as a deprecated alias.",
                        before.name, now.name
                    ),
                );
            }
            None => {
                out.counts.types_removed += 1;
                push(&mut out, true, format!("Removed type `{}`.", before.name));
            }
        }
    }
    for (new_ptr, old_ptr) in &continued {
        type_changes(&mut out, &old.types[*old_ptr], &new.types[*new_ptr], known);
    }
    out.changes
        .sort_by(|a, b| (!a.breaking, &a.text).cmp(&(!b.breaking, &b.text)));
    out.changes.dedup();
    out
}

fn same_shape(a: &TypeRecord, b: &TypeRecord) -> bool {
    a.members.len() == b.members.len()
        && a.members
            .iter()
            .zip(&b.members)
            .all(|((ka, ma), (kb, mb))| ka == kb && ma.ty == mb.ty && ma.required == mb.required)
}

/// Names of one operation that changed while its `operationId` did not.
fn renamed_operation(out: &mut Changes, before: &OperationRecord, now: &OperationRecord) {
    if before.method != now.method {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "Renamed method `{}` to `{}` (`{}`).",
                before.method, now.method, now.route
            ),
        });
    }
    if before.builder != now.builder {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "Renamed request builder `{}` to `{}` (`{}`).",
                before.builder, now.builder, now.route
            ),
        });
    }
}

fn operation_changes(
    out: &mut Changes,
    method: &str,
    before: &OperationRecord,
    now: &OperationRecord,
    known: bool,
) {
    let start = out.changes.len();
    for (key, p) in &now.params {
        match before.params.get(key) {
            None => out.changes.push(Change {
                breaking: p.required,
                text: if p.required {
                    format!(
                        "`{method}`: new required parameter `{}` ({key}: {}).",
                        p.name, p.ty
                    )
                } else {
                    format!(
                        "`{method}`: new optional parameter `{}` ({key}: {}).",
                        p.name, p.ty
                    )
                },
            }),
            Some(old) if old.ty != p.ty || old.required != p.required => out.changes.push(Change {
                breaking: true,
                text: format!(
                    "`{method}`: parameter `{}` ({key}) changed from {}{} to {}{}.",
                    p.name,
                    old.ty,
                    if old.required { "" } else { " (optional)" },
                    p.ty,
                    if p.required { "" } else { " (optional)" }
                ),
            }),
            Some(_) => {}
        }
        // A required parameter is a positional argument: its name is not
        // part of what callers write, so only an optional one's (a setter)
        // is a change.
        if let Some(old) = before
            .params
            .get(key)
            .filter(|old| old.name != p.name && !(old.required && p.required))
        {
            out.changes.push(Change {
                breaking: true,
                text: format!(
                    "`{method}`: parameter `{}` ({key}) is now named `{}`.",
                    old.name, p.name
                ),
            });
        }
    }
    for (key, p) in &before.params {
        if !now.params.contains_key(key) {
            out.changes.push(Change {
                breaking: true,
                text: format!("`{method}`: removed parameter `{}` ({key}).", p.name),
            });
        }
    }
    if before.body != now.body {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "`{method}`: request body changed from `{}` to `{}`.",
                before.body.as_deref().unwrap_or("none"),
                now.body.as_deref().unwrap_or("none")
            ),
        });
    }
    if before.response != now.response {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "`{method}`: response changed from `{}` to `{}`.",
                before.response, now.response
            ),
        });
    }
    // The method's arguments are positional: their types in order are its
    // signature (their names are not). Any change not described above
    // (arguments reordered) is described here.
    let types = |args: &[String]| -> Vec<String> {
        args.iter()
            .map(|a| a.split_once(": ").map_or(a.as_str(), |(_, t)| t).to_owned())
            .collect()
    };
    if known && out.changes.len() == start && types(&before.args) != types(&now.args) {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "`{method}`: arguments changed from ({}) to ({}).",
                before.args.join(", "),
                now.args.join(", ")
            ),
        });
    }
    if out.changes.len() > start {
        out.counts.operations_changed += 1;
    }
}

/// The Rust type of a field (what the emitter writes for it): required
/// ones are their type, or an `Option` when nullable; optional nullable
/// ones in a type sent in requests are `Nullable` (absent, null or a value).
fn field_form(m: &MemberRecord, request: bool) -> String {
    match (m.required, m.nullable) {
        (true, false) => m.ty.clone(),
        (false, true) if request => format!("Nullable<{}>", m.ty),
        _ => format!("Option<{}>", m.ty),
    }
}

/// A field as the report shows it: its Rust type, then what the spec says.
fn describe_field(m: &MemberRecord, request: bool) -> String {
    format!(
        "`{}` ({}{})",
        field_form(m, request),
        if m.required { "required" } else { "optional" },
        if m.nullable { ", nullable" } else { "" }
    )
}

/// What a form-0 record held of a member's type: of a `oneOf` variant's
/// fields, their wire names (now their lines, with Rust names), so only
/// how many there are compares; of a multipart part, its kind without its
/// type.
fn form0(ty: &str) -> String {
    if let Some(inner) = ty.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        // Commas outside brackets separate fields.
        let mut depth = 0i32;
        let mut fields = usize::from(!inner.trim().is_empty());
        for c in inner.chars() {
            match c {
                '<' | '(' | '[' | '{' => depth += 1,
                '>' | ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => fields += 1,
                _ => {}
            }
        }
        return format!("{{{fields} fields}}");
    }
    ty.split('(').next().unwrap_or(ty).to_owned()
}

fn type_changes(out: &mut Changes, before: &TypeRecord, now: &TypeRecord, known: bool) {
    let start = out.changes.len();
    let name = &now.name;
    if before.name != now.name {
        out.changes.push(Change {
            breaking: true,
            text: format!("Renamed type `{}` to `{name}`.", before.name),
        });
    }
    if before.kind != now.kind {
        out.changes.push(Change {
            breaking: true,
            text: format!("`{name}` changed from {} to {}.", before.kind, now.kind),
        });
    } else {
        let what = match now.kind.as_str() {
            "enum" => "value",
            "one-of" => "variant",
            _ => "field",
        };
        // Without the old request form, it is taken to be the new one.
        let was_request = if known { before.request } else { now.request };
        let sent = match (was_request, now.request) {
            (false, true) => " (the type is now sent in a request)",
            (true, false) => " (the type is no longer sent in a request)",
            _ => "",
        };
        if known && before.open != now.open {
            // A closed string enum is `Copy`; an open one is not, and has
            // `Unknown(String)`: either way round breaks code. A `oneOf`
            // gaining `Unknown` gains a variant (it is non-exhaustive).
            out.changes.push(Change {
                breaking: now.kind == "enum" || before.open,
                text: if now.open {
                    format!(
                        "`{name}`: new variant `Unknown`, for values the spec does not list{sent}."
                    )
                } else {
                    format!("`{name}`: removed variant `Unknown`{sent}.")
                },
            });
        }
        for (wire, m) in &now.members {
            match before.members.get(wire) {
                // New enum values and variants are additive (the enums are
                // non-exhaustive), and so are new optional fields (so are
                // the structs); a new required field is an argument of
                // `new`, and `Files` parts are never arguments.
                None => {
                    let argument = what == "field" && m.required && m.ty != "Files";
                    let ty = match now.kind.as_str() {
                        "struct" => field_form(m, now.request),
                        _ => m.ty.clone(),
                    };
                    out.changes.push(Change {
                        breaking: argument,
                        text: format!(
                            "`{name}`: new {}{what} `{}`{}{}.",
                            if argument { "required " } else { "" },
                            if wire.is_empty() { &m.name } else { wire },
                            if ty.is_empty() {
                                String::new()
                            } else {
                                format!(": {ty}")
                            },
                            if argument {
                                " (an argument of `new`)"
                            } else {
                                ""
                            }
                        ),
                    })
                }
                Some(old) if what == "field" && now.kind == "struct" => {
                    let (was, is) = (
                        describe_field(old, was_request),
                        describe_field(m, now.request),
                    );
                    if field_form(old, was_request) != field_form(m, now.request)
                        || old.required != m.required
                    {
                        out.changes.push(Change {
                            breaking: true,
                            text: format!(
                                "`{name}`: field `{wire}` changed from {was} to {is}{sent}."
                            ),
                        });
                    } else if old.nullable != m.nullable {
                        // The Rust type stays: only what the server may send.
                        out.changes.push(Change {
                            breaking: false,
                            text: format!("`{name}`: field `{wire}` changed from {was} to {is}."),
                        });
                    }
                }
                Some(old)
                    if (if known {
                        old.ty.clone()
                    } else {
                        form0(&old.ty)
                    }) != (if known { m.ty.clone() } else { form0(&m.ty) })
                        || old.required != m.required
                        || old.nullable != m.nullable =>
                {
                    let describe = |m: &MemberRecord| {
                        let mut s = m.ty.clone();
                        if what == "field" {
                            s.push_str(if m.required {
                                ", required"
                            } else {
                                ", optional"
                            });
                        }
                        s
                    };
                    out.changes.push(Change {
                        breaking: true,
                        text: format!(
                            "`{name}`: {what} `{wire}` changed from {} to {}{sent}.",
                            describe(old),
                            describe(m)
                        ),
                    });
                }
                Some(_) => {}
            }
            if let Some(old) = before.members.get(wire).filter(|old| old.name != m.name) {
                out.changes.push(Change {
                    breaking: true,
                    text: format!(
                        "`{name}`: {what} `{}` is now named `{}` (was `{}`).",
                        if wire.is_empty() { &m.name } else { wire },
                        m.name,
                        old.name
                    ),
                });
            }
        }
        for (wire, m) in &before.members {
            if !now.members.contains_key(wire) {
                out.changes.push(Change {
                    breaking: true,
                    text: format!(
                        "`{name}`: removed {what} `{}`.",
                        if wire.is_empty() { &m.name } else { wire }
                    ),
                });
            }
        }
    }
    if out.changes.len() > start {
        out.counts.types_changed += 1;
    }
}
