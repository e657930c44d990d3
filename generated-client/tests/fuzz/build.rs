//! Lists the success type of every operation of the committed client.
//!
//! Parses `generated-client/src/generated/operations/*.rs` with `syn` and
//! writes `$OUT_DIR/responses.rs`: a function that calls a visitor with the
//! operation id, how the generated code decodes the body, and the type (the
//! response type its `crate::runtime::call!` names), for every operation. So
//! the list follows the generated code without anyone maintaining it. `types/*.rs`
//! also gives every wire name (`#[serde(rename = "...")]`, `#[wire("...")]`
//! and field names), the vocabulary of the fuzzer's random objects.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

use quote::ToTokens;

fn main() {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR"));
    let generated = manifest_dir.join("../../src/generated");
    println!("cargo:rerun-if-changed={}", generated.display());
    let mut calls = String::new();
    let mut count = 0;
    for path in rust_files(&generated.join("operations")) {
        for op in operations(&parse(&path)) {
            let _ = writeln!(
                calls,
                "    visitor.visit::<{}>({:?}, Decoding::{});",
                op.output, op.id, op.decoding
            );
            count += 1;
        }
    }
    if count == 0 {
        fail(&format!(
            "no operation found in {}/operations; has the shape of the generated code changed?",
            generated.display()
        ));
    }
    let mut names = BTreeSet::new();
    for path in rust_files(&generated.join("types")) {
        wire_names(&parse(&path), &mut names);
    }
    let names: Vec<String> = names.into_iter().collect();
    let out = format!(
        "/// Calls `visitor` for each of the {count} operations of the generated client.\n\
         pub fn each_response(visitor: &mut impl Visitor) {{\n{calls}}}\n\n\
         /// Every wire name (property or enum value) in the generated types.\n\
         pub const WIRE_NAMES: &[&str] = &{names:?};\n"
    );
    let target = PathBuf::from(env_var("OUT_DIR")).join("responses.rs");
    fs::write(&target, out).unwrap_or_else(|e| fail(&format!("{}: {e}", target.display())));
}

struct Op {
    id: String,
    output: String,
    decoding: &'static str,
}

/// The operations of one generated file: each builder named by a
/// `crate::runtime::call!(Builder, Response, Decoder)`, with its success
/// type, its operation id and decoding.
fn operations(file: &syn::File) -> Vec<Op> {
    let mut found = Vec::new();
    for item in &file.items {
        let syn::Item::Macro(m) = item else {
            continue;
        };
        if m.mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .as_deref()
            != Some("call")
        {
            continue;
        }
        let (builder, output, decoder) = m.mac.parse_body_with(call_args).unwrap_or_else(|e| {
            fail(&format!(
                "call!(Builder, Response, Decoder) does not parse: {e}"
            ))
        });
        let inherent = file.items.iter().filter_map(|i| match i {
            syn::Item::Impl(b) if b.trait_.is_none() && type_ident(&b.self_ty) == builder => {
                Some(b.to_token_stream().to_string())
            }
            _ => None,
        });
        let text: String = inherent.collect();
        let id = operation_id(&text)
            .unwrap_or_else(|| fail(&format!("no operation id found for builder {builder}")));
        // The decoder the builder hands to the runtime's `Call`.
        let decoding = match decoder.as_str() {
            "Json" => "Json",
            "Text" => "Text",
            _ => "Other",
        };
        found.push(Op {
            id,
            output: output.to_token_stream().to_string(),
            decoding,
        });
    }
    found
}

/// The builder, the success type and the decoder of a `call!`.
fn call_args(input: syn::parse::ParseStream) -> syn::Result<(String, syn::Type, String)> {
    let builder: syn::Ident = input.parse()?;
    input.parse::<syn::Token![,]>()?;
    let output: syn::Type = input.parse()?;
    input.parse::<syn::Token![,]>()?;
    let decoder: syn::Ident = input.parse()?;
    if input.peek(syn::token::Paren) {
        let name;
        syn::parenthesized!(name in input);
        name.parse::<syn::LitStr>()?;
    }
    Ok((builder.to_string(), output, decoder.to_string()))
}

fn type_ident(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The first argument of `Operation::new(id, method, path)` in the tokens
/// of a builder's `impl`.
fn operation_id(tokens: &str) -> Option<String> {
    let start = tokens.find("Operation :: new (\"")? + "Operation :: new (\"".len();
    let end = tokens[start..].find('"')?;
    Some(tokens[start..start + end].to_owned())
}

/// Property names and `#[serde(rename = "...")]` and `#[wire("...")]`
/// values of every type, inside the runtime's `object! { pub struct .. }`
/// or not.
fn wire_names(file: &syn::File, names: &mut BTreeSet<String>) {
    let tokens = file.to_token_stream().to_string();
    for marker in ["rename = \"", "wire (\""] {
        let mut rest = tokens.as_str();
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            if let Some(end) = rest.find('"') {
                names.insert(rest[..end].replace("\\\"", "\""));
            }
        }
    }
    for item in &file.items {
        let item = match item {
            syn::Item::Macro(m) => match m.mac.parse_body::<syn::Item>() {
                Ok(inner) => inner,
                Err(_) => continue,
            },
            other => other.clone(),
        };
        if let syn::Item::Struct(s) = item {
            for field in &s.fields {
                if let Some(ident) = &field.ident {
                    names.insert(ident.to_string().trim_start_matches("r#").to_owned());
                }
            }
        }
    }
}

fn parse(path: &Path) -> syn::File {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    syn::parse_file(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

/// The `.rs` files of `dir` but `mod.rs`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap_or_else(|e| fail(&e.to_string())).path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| p.file_name().is_some_and(|n| n != "mod.rs"))
        .collect();
    files.sort();
    files
}

fn env_var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fail(&format!("{name} is not set")))
}

fn fail(message: &str) -> ! {
    eprintln!("response-fuzz: {message}");
    exit(1)
}
