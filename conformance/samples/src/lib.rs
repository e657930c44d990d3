//! Sample arguments for every operation of a generated client, and the
//! Rust file that calls each operation with them: what the conformance
//! harness (`conformance/`) runs against a mock server built from the same
//! document.
//!
//! Built on the generator's public model: [`samples`] computes a side table
//! from the document and the finished [`Api`] (the model carries no sample
//! values, and the client's files do not depend on them), and
//! [`samples_file`] turns it into Rust. Each value is the schema's `example`
//! when it satisfies the schema, otherwise one synthesized from the schema's
//! constraints ([`value`], with [`pattern`] for `pattern`s). What cannot be
//! satisfied is kept as a note, never an error.

mod emit;
pub mod pattern;
pub mod value;

use generator::model::{Api, Body, BodyForm, Operation, ParamLocation};
use openapiv3::OpenAPI;
use serde_json::Value;

pub use emit::{samples_file, SamplesOptions};
use value::{escape, Sampler};

/// The arguments of one sample call.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationSample {
    /// A value for each parameter, by index in [`Operation::params`].
    pub params: Vec<(usize, Value)>,
    /// The body: the index of the form in [`Body::forms`] and
    /// its value (for `multipart/form-data`, an object of the parts).
    pub body: Option<(usize, Value)>,
    /// The status code of the success response the client decodes, when
    /// the spec gives one (not `2XX` or `default`).
    pub status: Option<u16>,
    /// Schema constraints no value was found for, with their JSON pointers.
    pub notes: Vec<String>,
}

/// A sample for each operation of `api`, in the order of `api.operations`.
pub fn samples(document: &OpenAPI, api: &Api) -> Vec<OperationSample> {
    let doc = serde_json::to_value(document).unwrap_or(Value::Null);
    api.operations
        .iter()
        .map(|op| operation_sample(&doc, op))
        .collect()
}

fn operation_sample(doc: &Value, op: &Operation) -> OperationSample {
    let mut sampler = Sampler::new(doc);
    let path_ptr = format!("#/paths/{}", escape(&op.path));
    let op_ptr = format!("{path_ptr}/{}", op.http_method.to_ascii_lowercase());
    let item = sampler.pointer(&path_ptr);
    let spec_op = sampler.pointer(&op_ptr);
    let mut sample = OperationSample {
        params: Vec::new(),
        body: None,
        status: spec_op.and_then(success_status),
        notes: Vec::new(),
    };
    let (Some(item), Some(spec_op)) = (item, spec_op) else {
        sample
            .notes
            .push(format!("{op_ptr}: not found in the document"));
        return sample;
    };
    for (index, param) in op.params.iter().enumerate() {
        let location = match param.location {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        };
        let found = find_param(&sampler, spec_op, &op_ptr, &param.wire, location)
            .or_else(|| find_param(&sampler, item, &path_ptr, &param.wire, location));
        let Some((spec_param, at)) = found else {
            sample.notes.push(format!(
                "{op_ptr}: no {location} parameter `{}` found",
                param.wire
            ));
            continue;
        };
        let (schema, schema_at) = match spec_param.get("schema") {
            Some(schema) => (schema.clone(), format!("{at}/schema")),
            None => {
                // `content`: the schema of its (only) media type.
                let media = spec_param
                    .get("content")
                    .and_then(Value::as_object)
                    .and_then(|c| c.iter().next());
                match media {
                    Some((name, m)) => (
                        m.get("schema").cloned().unwrap_or(Value::Null),
                        format!("{at}/content/{}/schema", escape(name)),
                    ),
                    None => (Value::Null, at.clone()),
                }
            }
        };
        let value = match spec_param.get("example") {
            Some(example) if sampler.valid(example, &schema) => example.clone(),
            _ => sampler.sample(&schema, &schema_at, 0, 0),
        };
        sample.params.push((index, value));
    }
    if let Some(body) = &op.body {
        sample.body = body_sample(&mut sampler, spec_op, &op_ptr, body);
        if sample.body.is_none() {
            sampler
                .notes
                .push(format!("{op_ptr}/requestBody: no media type to sample"));
        }
    }
    sample.notes.extend(sampler.notes);
    sample.notes.sort();
    sample.notes.dedup();
    sample
}

/// The parameter `name` in `location` of an operation or path item
/// (following `$ref`s), with its pointer.
fn find_param<'d>(
    sampler: &Sampler<'d>,
    owner: &'d Value,
    owner_ptr: &str,
    name: &str,
    location: &str,
) -> Option<(&'d Value, String)> {
    let list = owner.get("parameters")?.as_array()?;
    list.iter().enumerate().find_map(|(i, p)| {
        let mut at = format!("{owner_ptr}/parameters/{i}");
        let p = sampler.resolve_in(p, &mut at, "parameters");
        let matches = p.get("name").and_then(Value::as_str) == Some(name)
            && p.get("in").and_then(Value::as_str) == Some(location);
        matches.then_some((p, at))
    })
}

/// The body form to call with (JSON first, then forms, multipart, bytes)
/// and a value for it.
fn body_sample(
    sampler: &mut Sampler<'_>,
    spec_op: &Value,
    op_ptr: &str,
    body: &Body,
) -> Option<(usize, Value)> {
    let mut at = format!("{op_ptr}/requestBody");
    let request_body = sampler.resolve_in(spec_op.get("requestBody")?, &mut at, "requestBodies");
    let content = request_body.get("content")?.as_object()?;
    let rank = |form: &BodyForm| match form {
        BodyForm::Json(_) => 0,
        BodyForm::Form(_) => 1,
        BodyForm::Multipart(_) => 2,
        BodyForm::Bytes { .. } => 3,
    };
    let (index, form) = body
        .forms
        .iter()
        .enumerate()
        .min_by_key(|(i, (_, form))| (rank(form), *i))
        .map(|(i, (_, form))| (i, form))?;
    let essence = |media: &str| {
        media
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    };
    let mut media: Vec<(&String, &Value)> = content.iter().collect();
    media.sort_by_key(|(m, _)| *m);
    let (media_type, content) = media.into_iter().find(|(m, _)| {
        let e = essence(m);
        match form {
            BodyForm::Json(_) => e == "application/json" || e.ends_with("+json"),
            BodyForm::Form(_) => e == "application/x-www-form-urlencoded",
            BodyForm::Multipart(_) => e == "multipart/form-data",
            BodyForm::Bytes { content_type } => e == *content_type,
        }
    })?;
    let schema_at = format!("{at}/content/{}/schema", escape(media_type));
    let schema = content.get("schema").cloned().unwrap_or(Value::Null);
    let value = match content.get("example") {
        Some(example) if sampler.valid(example, &schema) => example.clone(),
        _ => sampler.sample(&schema, &schema_at, 0, 0),
    };
    Some((index, value))
}

/// The first 2xx status code of an operation's responses.
fn success_status(op: &Value) -> Option<u16> {
    op.get("responses")?
        .as_object()?
        .keys()
        .filter_map(|code| code.parse::<u16>().ok())
        .filter(|code| (200..300).contains(code))
        .min()
}
