//! OpenAPI Overlay Specification 1.0: documents of `update` and `remove`
//! actions, each aimed at the nodes a JSONPath (RFC 9535) `target` selects,
//! applied in order to the document as it is read (see [`crate::load`]).
//!
//! Semantics, per the specification:
//! - `update` on an object merges the update object into it: keys of the
//!   update that hold objects on both sides are merged recursively; any
//!   other value (arrays included) replaces the one at its key. `update` on
//!   an array appends the update value to it.
//! - `remove: true` deletes each selected node from its parent (object key or
//!   array element); an action with `remove: true` ignores its `update`.
//! - An action whose target selects nothing is an error naming the action
//!   (its index in `actions`, its description and its target), except in
//!   [`Mode::Update`] for a `remove` (see [`Obsolete`]).
//!
//! JSONPath is evaluated by `serde_json_path`: it implements RFC 9535 (the
//! JSONPath the Overlay specification refers to), and it reports the
//! normalized path of every node it selects, which is what mutating the
//! selected nodes needs.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;
use serde_json_path::JsonPath;

use crate::diagnostics::Pointer;

/// A parsed overlay document.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// The overlay's name in messages (usually its path).
    pub source: String,
    /// `info.title`.
    pub title: String,
    /// The actions, in document order.
    pub actions: Vec<Action>,
}

/// One action of an overlay.
#[derive(Debug, Clone)]
pub struct Action {
    /// The JSONPath text, as written.
    pub target: String,
    path: JsonPath,
    /// The action's `description`, if any.
    pub description: Option<String>,
    /// What it does.
    pub kind: ActionKind,
}

/// What an action does to the nodes it selects.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionKind {
    /// Merge this value into each (object), or append it to each (array).
    Update(Value),
    /// Delete each from its parent.
    Remove,
}

/// How an action that selects nothing is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every action must select something: the overlay was written against
    /// this document (generating, checking).
    #[default]
    Strict,
    /// The document is a new upstream version (`update`): a `remove` whose
    /// target selects nothing is reported obsolete instead of failing.
    Update,
}

/// Why an action no longer changes the document: the upstream document may
/// now be fixed, and the action can be deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Obsolete {
    /// An `update` that selects nodes, every one of which the update leaves
    /// as it is (its keys already hold these values; an array already holds
    /// the appended value).
    AlreadyPresent,
    /// A `remove` whose target selects nothing ([`Mode::Update`] only).
    TargetAbsent,
}

/// What one action did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionOutcome {
    /// The overlay's name.
    pub overlay: String,
    /// The action's index in the overlay's `actions` (0-based).
    pub index: usize,
    /// The action's description.
    pub description: Option<String>,
    /// Its target.
    pub target: String,
    /// `update` or `remove`.
    pub kind: &'static str,
    /// The JSON pointers of the nodes it changed, in document order.
    pub changed: Vec<String>,
    /// Set when the action changed nothing.
    pub obsolete: Option<Obsolete>,
    /// The operations (`POST /path`) the change reaches in the overlaid
    /// document: those holding a changed node, and those referencing
    /// (through any chain of `$ref`s) a component holding one. Sorted.
    pub operations: Vec<String>,
}

impl ActionOutcome {
    /// The action as `overlay actions[i] ("description", target `...`)`.
    pub fn name(&self) -> String {
        action_name(
            &self.overlay,
            self.index,
            self.description.as_deref(),
            &self.target,
        )
    }

    /// What it changed, for people: the operations (`POST /path`) and
    /// component entries (`components/schemas/X`) holding a changed node,
    /// sorted, without repeats.
    pub fn changed_items(&self) -> Vec<String> {
        let mut items: Vec<String> = self.changed.iter().map(|p| item_of_pointer(p)).collect();
        items.sort();
        items.dedup();
        items
    }
}

fn action_name(overlay: &str, index: usize, description: Option<&str>, target: &str) -> String {
    match description {
        Some(d) => format!("{overlay} actions[{index}] ({d:?}, target `{target}`)"),
        None => format!("{overlay} actions[{index}] (target `{target}`)"),
    }
}

/// `POST /path` for a pointer inside an operation, the first three segments
/// (`components/schemas/X`) for one inside the components, else the pointer.
fn item_of_pointer(pointer: &str) -> String {
    let segments = crate::diagnostics::pointer_segments(pointer);
    match segments.as_slice() {
        [paths, path, method, ..] if paths == "paths" => {
            format!("{} {path}", method.to_ascii_uppercase())
        }
        [components, kind, name, ..] if components == "components" => {
            format!("components/{kind}/{name}")
        }
        _ => pointer.to_owned(),
    }
}

/// Why an overlay could not be read or applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OverlayError {
    /// The overlay is not valid JSON/YAML or not an Overlay 1.0 document.
    #[error("{source_name}: {message}")]
    Invalid {
        /// The overlay's name.
        source_name: String,
        /// What is wrong, with its place.
        message: String,
    },
    /// An action cannot be applied to the document.
    #[error("{action}: {message}")]
    Action {
        /// The action, named as by [`ActionOutcome::name`].
        action: String,
        /// What went wrong.
        message: String,
    },
}

#[derive(Deserialize)]
struct RawOverlay {
    overlay: String,
    info: RawInfo,
    #[serde(default)]
    #[allow(dead_code)] // Read for validation; the document to apply to is given.
    extends: Option<String>,
    actions: Vec<RawAction>,
    #[serde(flatten)]
    #[allow(dead_code)]
    extensions: std::collections::BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct RawInfo {
    title: String,
    #[allow(dead_code)]
    version: String,
}

#[derive(Deserialize)]
struct RawAction {
    target: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    update: Option<Value>,
    #[serde(default)]
    remove: Option<bool>,
    #[serde(flatten)]
    #[allow(dead_code)]
    extensions: std::collections::BTreeMap<String, Value>,
}

impl Overlay {
    /// Parses an overlay document (JSON when it starts with `{`, YAML otherwise).
    pub fn parse(text: &str, source_name: &str) -> Result<Overlay, OverlayError> {
        let invalid = |message: String| OverlayError::Invalid {
            source_name: source_name.to_owned(),
            message,
        };
        let value =
            crate::load::parse_value(text, source_name).map_err(|e| invalid(e.to_string()))?;
        if let Some(extra) = value
            .as_object()
            .and_then(|o| o.keys().find(|k| !is_overlay_key(k)))
        {
            return Err(invalid(format!(
                "unknown field `{extra}` (an Overlay document has `overlay`, `info`, `extends`, \
                 `actions` and `x-` extensions)"
            )));
        }
        let mut track = serde_path_to_error::Track::new();
        let de = serde_path_to_error::Deserializer::new(&value, &mut track);
        let raw = RawOverlay::deserialize(de).map_err(|e| {
            let pointer = crate::load::extend_pointer(Pointer::root(), &track.path());
            invalid(format!("{pointer}: {e}"))
        })?;
        if !(raw.overlay == "1.0" || raw.overlay.starts_with("1.0.")) {
            return Err(invalid(format!(
                "unsupported overlay version {:?}; this generator applies Overlay 1.0.x",
                raw.overlay
            )));
        }
        let mut actions = Vec::with_capacity(raw.actions.len());
        for (index, action) in raw.actions.into_iter().enumerate() {
            let name = || {
                action_name(
                    source_name,
                    index,
                    action.description.as_deref(),
                    &action.target,
                )
            };
            if let Some(key) = action.extensions.keys().find(|k| !k.starts_with("x-")) {
                return Err(OverlayError::Action {
                    action: name(),
                    message: format!("unknown field `{key}`"),
                });
            }
            let path = JsonPath::parse(&action.target).map_err(|e| OverlayError::Action {
                action: name(),
                message: format!("the target is not a JSONPath (RFC 9535): {e}"),
            })?;
            let kind = match (action.remove, &action.update) {
                (Some(true), _) => ActionKind::Remove,
                (_, Some(update)) => ActionKind::Update(update.clone()),
                (_, None) => {
                    return Err(OverlayError::Action {
                        action: name(),
                        message: "the action has neither `update` nor `remove: true`".to_owned(),
                    })
                }
            };
            actions.push(Action {
                target: action.target,
                path,
                description: action.description,
                kind,
            });
        }
        Ok(Overlay {
            source: source_name.to_owned(),
            title: raw.info.title,
            actions,
        })
    }
}

fn is_overlay_key(key: &str) -> bool {
    matches!(key, "overlay" | "info" | "extends" | "actions") || key.starts_with("x-")
}

/// One segment of a selected node's location.
enum Step {
    Key(String),
    Index(usize),
}

/// Applies `overlays` in order to `document`, returning what each action did.
pub fn apply(
    document: &mut Value,
    overlays: &[Overlay],
    mode: Mode,
) -> Result<Vec<ActionOutcome>, OverlayError> {
    let mut outcomes = Vec::new();
    for overlay in overlays {
        for (index, action) in overlay.actions.iter().enumerate() {
            outcomes.push(apply_action(document, overlay, index, action, mode)?);
        }
    }
    if outcomes.iter().any(|o| !o.changed.is_empty()) {
        let uses = Uses::of(document);
        for outcome in &mut outcomes {
            outcome.operations = uses.operations_reaching(&outcome.changed);
        }
    }
    Ok(outcomes)
}

/// Which operations reference which components, directly or not.
struct Uses {
    /// `METHOD /path` and the components its operation references.
    operations: Vec<(String, BTreeSet<String>)>,
    /// Each component (`#/components/KIND/NAME`) and those it references.
    components: BTreeMap<String, BTreeSet<String>>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Uses {
    fn of(document: &Value) -> Uses {
        let mut operations = Vec::new();
        if let Some(paths) = document.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                let Some(item) = item.as_object() else {
                    continue;
                };
                for method in METHODS {
                    if let Some(operation) = item.get(method) {
                        let mut refs = BTreeSet::new();
                        collect_refs(operation, &mut refs);
                        // Path-level parameters belong to every operation.
                        if let Some(parameters) = item.get("parameters") {
                            collect_refs(parameters, &mut refs);
                        }
                        let name = format!("{} {path}", method.to_ascii_uppercase());
                        operations.push((name, refs));
                    }
                }
            }
        }
        let mut components = BTreeMap::new();
        if let Some(kinds) = document.get("components").and_then(Value::as_object) {
            for (kind, entries) in kinds {
                let Some(entries) = entries.as_object() else {
                    continue;
                };
                for (name, entry) in entries {
                    let mut refs = BTreeSet::new();
                    collect_refs(entry, &mut refs);
                    let pointer = Pointer::root().push("components").push(kind).push(name);
                    components.insert(pointer.to_string(), refs);
                }
            }
        }
        Uses {
            operations,
            components,
        }
    }

    /// The operations whose node holds one of `changed`, or that reach a
    /// component holding one.
    fn operations_reaching(&self, changed: &[String]) -> Vec<String> {
        let holds = |base: &str| {
            changed
                .iter()
                .any(|p| p == base || p.strip_prefix(base).is_some_and(|r| r.starts_with('/')))
        };
        let touched: BTreeSet<&String> = self.components.keys().filter(|c| holds(c)).collect();
        let mut found = BTreeSet::new();
        for (name, refs) in &self.operations {
            let (method, path) = name.split_once(' ').unwrap_or_default();
            let base = Pointer::root()
                .push("paths")
                .push(path)
                .push(method.to_ascii_lowercase())
                .to_string();
            if holds(&base) || self.reaches(refs, &touched) {
                found.insert(name.clone());
            }
        }
        found.into_iter().collect()
    }

    fn reaches(&self, start: &BTreeSet<String>, targets: &BTreeSet<&String>) -> bool {
        if targets.is_empty() {
            return false;
        }
        let mut seen: BTreeSet<&String> = BTreeSet::new();
        let mut stack: Vec<&String> = start.iter().collect();
        while let Some(reference) = stack.pop() {
            if !seen.insert(reference) {
                continue;
            }
            if targets.contains(reference) {
                return true;
            }
            if let Some(next) = self.components.get(reference) {
                stack.extend(next.iter());
            }
        }
        false
    }
}

/// Every local `$ref` under `value`, as the component it names
/// (`#/components/KIND/NAME`).
fn collect_refs(value: &Value, refs: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                let parts: Vec<&str> = reference.splitn(5, '/').collect();
                if let ["#", "components", kind, name, ..] = parts.as_slice() {
                    refs.insert(format!("#/components/{kind}/{name}"));
                }
            }
            map.values().for_each(|v| collect_refs(v, refs));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, refs)),
        _ => {}
    }
}

fn apply_action(
    document: &mut Value,
    overlay: &Overlay,
    index: usize,
    action: &Action,
    mode: Mode,
) -> Result<ActionOutcome, OverlayError> {
    let name = || {
        action_name(
            &overlay.source,
            index,
            action.description.as_deref(),
            &action.target,
        )
    };
    let error = |message: String| OverlayError::Action {
        action: name(),
        message,
    };
    let mut locations: Vec<Vec<Step>> = action
        .path
        .query_located(document)
        .dedup()
        .into_iter()
        .map(|node| {
            node.location()
                .iter()
                .map(|element| match element.as_index() {
                    Some(i) => Step::Index(i),
                    None => Step::Key(element.as_name().unwrap_or_default().to_owned()),
                })
                .collect()
        })
        .collect();
    let kind = match action.kind {
        ActionKind::Update(_) => "update",
        ActionKind::Remove => "remove",
    };
    let mut outcome = ActionOutcome {
        overlay: overlay.source.clone(),
        index,
        description: action.description.clone(),
        target: action.target.clone(),
        kind,
        changed: Vec::new(),
        obsolete: None,
        operations: Vec::new(),
    };
    if locations.is_empty() {
        if mode == Mode::Update && action.kind == ActionKind::Remove {
            outcome.obsolete = Some(Obsolete::TargetAbsent);
            return Ok(outcome);
        }
        return Err(error(
            "the target selects nothing in the document (if the document was fixed upstream, \
             delete this action)"
                .to_owned(),
        ));
    }
    match &action.kind {
        ActionKind::Update(update) => {
            for location in &locations {
                let pointer = pointer_of(location);
                let node = document
                    .pointer_mut(&json_pointer(location))
                    .ok_or_else(|| error(format!("{pointer} vanished while applying")))?;
                let changed = match (node, update) {
                    (Value::Object(node), Value::Object(update)) => merge(node, update),
                    (Value::Array(items), value) => {
                        if items.contains(value) {
                            false
                        } else {
                            items.push(value.clone());
                            true
                        }
                    }
                    (Value::Object(_), _) => {
                        return Err(error(format!(
                            "{pointer} is an object: `update` must be an object to merge into it"
                        )))
                    }
                    _ => {
                        return Err(error(format!(
                            "{pointer} is neither an object nor an array: `update` applies to those"
                        )))
                    }
                };
                if changed {
                    outcome.changed.push(pointer.to_string());
                }
            }
            if outcome.changed.is_empty() {
                outcome.obsolete = Some(Obsolete::AlreadyPresent);
            }
        }
        ActionKind::Remove => {
            // Later array elements first, so earlier indexes stay valid.
            locations.sort_by(|a, b| compare_for_removal(a, b));
            let mut removed = Vec::new();
            for location in &locations {
                let Some((last, parent)) = location.split_last() else {
                    return Err(error("the target selects the document root".to_owned()));
                };
                let gone = match (document.pointer_mut(&json_pointer(parent)), last) {
                    (Some(Value::Object(map)), Step::Key(key)) => map.remove(key).is_some(),
                    (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
                        items.remove(*i);
                        true
                    }
                    // Inside a node an earlier selection of this action removed.
                    _ => false,
                };
                if gone {
                    removed.push(pointer_of(location).to_string());
                }
            }
            removed.reverse();
            outcome.changed = removed;
        }
    }
    Ok(outcome)
}

/// Locations in the reverse of document order, deeper ones first.
fn compare_for_removal(a: &[Step], b: &[Step]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let order = match (x, y) {
            (Step::Index(x), Step::Index(y)) => y.cmp(x),
            (Step::Key(x), Step::Key(y)) => y.cmp(x),
            (Step::Index(_), Step::Key(_)) => std::cmp::Ordering::Less,
            (Step::Key(_), Step::Index(_)) => std::cmp::Ordering::Greater,
        };
        if order.is_ne() {
            return order;
        }
    }
    b.len().cmp(&a.len())
}

/// Merges `update` into `node`; returns whether anything changed.
fn merge(
    node: &mut serde_json::Map<String, Value>,
    update: &serde_json::Map<String, Value>,
) -> bool {
    let mut changed = false;
    for (key, value) in update {
        match (node.get_mut(key), value) {
            (Some(Value::Object(inner)), Value::Object(update)) => {
                changed |= merge(inner, update);
            }
            (Some(existing), value) if existing == value => {}
            _ => {
                node.insert(key.clone(), value.clone());
                changed = true;
            }
        }
    }
    changed
}

fn json_pointer(location: &[Step]) -> String {
    location.iter().fold(String::new(), |mut text, step| {
        text.push('/');
        match step {
            Step::Key(key) => text.push_str(&crate::diagnostics::escape_segment(key)),
            Step::Index(i) => text.push_str(&i.to_string()),
        }
        text
    })
}

fn pointer_of(location: &[Step]) -> Pointer {
    location
        .iter()
        .fold(Pointer::root(), |pointer, step| match step {
            Step::Key(key) => pointer.push(key),
            Step::Index(i) => pointer.push(i.to_string()),
        })
}
