//! Specs the benchmark makes from the pinned one: scaled copies, and the
//! copy with the edits progenitor needs.

use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};

const SCHEMA_REF: &str = "#/components/schemas/";
const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// How many operations and component schemas a document has.
pub fn counts(spec: &Value) -> (usize, usize) {
    let operations = spec["paths"].as_object().map_or(0, |paths| {
        paths
            .values()
            .filter_map(Value::as_object)
            .flat_map(|item| item.keys())
            .filter(|k| METHODS.contains(&k.as_str()))
            .count()
    });
    let schemas = spec["components"]["schemas"]
        .as_object()
        .map_or(0, Map::len);
    (operations, schemas)
}

/// `factor` times the paths, operations and schemas of `spec`: copy `n`
/// (from 2) renames every path (`/copyN/...`), `operationId` (`...-copyN`),
/// schema (`...CopyN`) and every reference to a schema inside the copy.
pub fn scale(spec: &Value, factor: usize) -> Result<Value> {
    let mut out = spec.clone();
    let paths = spec["paths"].as_object().context("the spec has no paths")?;
    let schemas = spec["components"]["schemas"]
        .as_object()
        .context("the spec has no component schemas")?;
    for copy in 2..=factor {
        let suffix = format!("Copy{copy}");
        for (path, item) in paths {
            let mut item = item.clone();
            rename_refs(&mut item, &suffix);
            if let Some(item) = item.as_object_mut() {
                for (method, op) in item.iter_mut() {
                    if !METHODS.contains(&method.as_str()) {
                        continue;
                    }
                    if let Some(id) = op.get_mut("operationId") {
                        if let Some(text) = id.as_str() {
                            *id = Value::String(format!("{text}-copy{copy}"));
                        }
                    }
                }
            }
            out["paths"][format!("/copy{copy}{path}")] = item;
        }
        for (name, schema) in schemas {
            let mut schema = schema.clone();
            rename_refs(&mut schema, &suffix);
            out["components"]["schemas"][format!("{name}{suffix}")] = schema;
        }
    }
    Ok(out)
}

/// Appends `suffix` to every schema a string value refers to (`$ref`,
/// discriminator mappings).
fn rename_refs(value: &mut Value, suffix: &str) {
    match value {
        Value::String(text) if text.starts_with(SCHEMA_REF) => text.push_str(suffix),
        Value::Array(items) => items.iter_mut().for_each(|v| rename_refs(v, suffix)),
        Value::Object(map) => map.values_mut().for_each(|v| rename_refs(v, suffix)),
        _ => {}
    }
}

/// The edits without which `cargo-progenitor` 0.15.1 panics on the pinned
/// spec, applied to `spec`; returns what each one did. Fails when the spec no
/// longer has what an edit expects, so the report never hides a change.
pub fn progenitor_edits(spec: &mut Value) -> Result<Vec<String>> {
    let mut done = Vec::new();
    // Request bodies offered as both an eszip bundle and JSON: progenitor
    // takes one media type per body and no `application/vnd.denoland.eszip`.
    for (path, method) in [
        ("/v1/projects/{ref}/functions", "post"),
        ("/v1/projects/{ref}/functions/{function_slug}", "patch"),
    ] {
        let content = spec["paths"][path][method]["requestBody"]["content"]
            .as_object_mut()
            .with_context(|| format!("{} {path} has no request body", method.to_uppercase()))?;
        if content.remove("application/vnd.denoland.eszip").is_none() {
            bail!(
                "{} {path} no longer accepts an eszip body",
                method.to_uppercase()
            );
        }
        done.push(format!(
            "`{} {path}`: dropped the `application/vnd.denoland.eszip` request body, kept the JSON one",
            method.to_uppercase()
        ));
    }
    // A multipart body: progenitor has no multipart/form-data support.
    let path = "/v1/projects/{ref}/functions/deploy";
    let item = spec["paths"][path]
        .as_object_mut()
        .with_context(|| format!("the spec has no {path}"))?;
    if item.remove("post").is_none() {
        bail!("the spec has no POST {path}");
    }
    if !item.keys().any(|k| METHODS.contains(&k.as_str())) {
        spec["paths"]
            .as_object_mut()
            .map(|paths| paths.remove(path));
    }
    done.push(format!(
        "`POST {path}` (multipart/form-data body): removed the operation"
    ));
    // Two properties that are one Rust field name for progenitor.
    let schema = "SupavisorConfigResponse";
    let object = &mut spec["components"]["schemas"][schema];
    let removed = object["properties"]
        .as_object_mut()
        .and_then(|p| p.remove("connectionString"));
    if removed.is_none() {
        bail!("{schema} no longer has a property connectionString");
    }
    if let Some(required) = object["required"].as_array_mut() {
        required.retain(|v| v != "connectionString");
    }
    done.push(format!(
        "`{schema}`: removed the property `connectionString`, which clashes with `connection_string`"
    ));
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "openapi": "3.0.0",
            "paths": {
                "/v1/a/{id}": {
                    "parameters": [],
                    "get": {
                        "operationId": "get-a",
                        "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}
                    }
                }
            },
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"oneOf": [{"$ref": "#/components/schemas/A"}], "discriminator": {"propertyName": "t", "mapping": {"a": "#/components/schemas/A"}}}
            }}
        })
    }

    #[test]
    fn scaling_copies_and_renames_everything() {
        let scaled = scale(&spec(), 3).unwrap();
        assert_eq!(counts(&scaled), (3, 6));
        let copy = &scaled["paths"]["/copy3/v1/a/{id}"]["get"];
        assert_eq!(copy["operationId"], "get-a-copy3");
        assert_eq!(
            copy["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/ACopy3"
        );
        let b = &scaled["components"]["schemas"]["BCopy2"];
        assert_eq!(b["oneOf"][0]["$ref"], "#/components/schemas/ACopy2");
        assert_eq!(
            b["discriminator"]["mapping"]["a"],
            "#/components/schemas/ACopy2"
        );
        // The original is untouched.
        assert_eq!(
            scaled["components"]["schemas"]["B"],
            spec()["components"]["schemas"]["B"]
        );
        assert_eq!(scale(&spec(), 1).unwrap(), spec());
    }

    #[test]
    fn progenitor_edits_fail_loudly_on_another_spec() {
        let error = progenitor_edits(&mut spec()).unwrap_err().to_string();
        assert!(error.contains("has no request body"), "{error}");
    }
}
