//! Snapshot tests: every fixture in `tests/fixtures/` is generated and the
//! whole output (every file, then the diagnostics) is compared with its
//! snapshot in `tests/snapshots/`. Documents that must be rejected live in
//! `tests/fixtures/invalid/` and are checked for their error message.
//!
//! Accept changed snapshots with `INSTA_UPDATE=always cargo test -p generator`
//! and review the diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use generator::formats::{Formats, Scalar};
use generator::model::Spelling;
use generator::{generate, Error, Generated, LoadError, Options};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The fixture's text and the name it is given in messages (`fixtures/<file>`).
fn read(file: &str) -> (String, String) {
    let path = fixtures_dir().join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    (text, format!("fixtures/{file}"))
}

fn run(file: &str) -> Result<Generated, Error> {
    let (text, source) = read(file);
    generate(&text, &source, &Options::default())
}

/// Every file (a header line with its path, then its contents) in path
/// order, then the diagnostics in order.
fn render(generated: &Generated) -> String {
    let mut out = String::new();
    let mut paths: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    paths.sort_unstable();
    let sorted: Vec<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, sorted, "files are returned sorted by path");
    for file in &generated.files {
        let _ = writeln!(out, "==> {} <==", file.path);
        out.push_str(&file.contents);
        if !file.contents.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    let mut diagnostics: Vec<String> = generated
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    diagnostics.sort();
    let _ = writeln!(out, "==> diagnostics ({}) <==", diagnostics.len());
    for d in diagnostics {
        let _ = writeln!(out, "{d}");
    }
    out
}

fn snapshot(file: &str) -> Generated {
    let generated = run(file).unwrap_or_else(|e| panic!("{file}: generation failed: {e}"));
    let name = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    insta::with_settings!({
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => format!("generated from tests/fixtures/{file}"),
    }, {
        insta::assert_snapshot!(name, render(&generated));
    });
    generated
}

fn file<'a>(generated: &'a Generated, path: &str) -> &'a str {
    generated
        .files
        .iter()
        .find(|f| f.path == path)
        .map(|f| f.contents.as_str())
        .unwrap_or_else(|| panic!("no generated file {path}"))
}

fn diagnostic_constructs(generated: &Generated) -> Vec<(&str, &str)> {
    generated
        .diagnostics
        .iter()
        .map(|d| (d.construct, d.pointer.as_str()))
        .collect()
}

/// The fixtures that must generate: each has a test below.
const VALID: &[&str] = &[
    "basic.yaml",
    "bodies.yaml",
    "builder_method_params.yaml",
    "client_method_names.yaml",
    "dangling_ref.yaml",
    "dedupe.yaml",
    "deprecated.json",
    "discriminator_refs.yaml",
    "doc_semicolon.yaml",
    "enums.yaml",
    "formats.yaml",
    "inline.yaml",
    "keyword_variant.yaml",
    "maps.yaml",
    "mod_names.yaml",
    "mutation_findings.yaml",
    "names.yaml",
    "no_servers_no_security.yaml",
    "nullability.yaml",
    "one_of.yaml",
    "openapi31_lost.json",
    "openapi31_pointers.yaml",
    "openapi31_types.yaml",
    "openapi31_webhooks_only.yaml",
    "optional_bodies.yaml",
    "param_styles.yaml",
    "params.yaml",
    "properties_one_of.yaml",
    "recursion.yaml",
    "secrets.yaml",
    "security_schemes.yaml",
    "serde_type_names.yaml",
    "servers.yaml",
    "structured_params.yaml",
    "titles.yaml",
];

/// The fixtures that must be rejected: each has a test below.
const INVALID: &[&str] = &[
    "openapi32.json",
    "swagger2.yaml",
    "syntax_error.json",
    "syntax_error.yaml",
];

fn list(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_is_tested() {
    assert_eq!(list(&fixtures_dir()), VALID, "tests/fixtures/ vs VALID");
    assert_eq!(
        list(&fixtures_dir().join("invalid")),
        INVALID,
        "tests/fixtures/invalid/ vs INVALID"
    );
}

#[test]
fn generated_lines_fit_in_100_columns() {
    let mut long = Vec::new();
    for file in VALID {
        let Ok(generated) = run(file) else { continue };
        for out in generated.files.iter().filter(|f| f.path.ends_with(".rs")) {
            for (number, line) in generator::format::overlong_lines(&out.contents) {
                long.push(format!("{file}: {}:{number}: {line}", out.path));
            }
        }
    }
    assert!(
        long.is_empty(),
        "lines over 100 columns:\n{}",
        long.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    for file in VALID {
        let (Ok(a), Ok(b)) = (run(file), run(file)) else {
            continue;
        };
        assert_eq!(a.files, b.files, "{file}");
        assert_eq!(a.diagnostics, b.diagnostics, "{file}");
    }
}

#[test]
fn basic() {
    let g = snapshot("basic.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
    assert!(file(&g, "mod.rs").contains(r#""https://api.example.test""#));
}

#[test]
fn nullability() {
    let g = snapshot("nullability.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
    let update = file(&g, "types/settings_update.rs");
    assert!(update.contains("pub expires_at: crate::runtime::Nullable<String>"));
    assert!(update.contains("pub owner: Option<String>"));
    let settings = file(&g, "types/settings.rs");
    assert!(settings.contains("pub expires_at: Option<String>"));
    assert!(!settings.contains("Nullable"));
}

#[test]
fn enums() {
    let g = snapshot("enums.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn names() {
    let g = snapshot("names.yaml");
    let methods: Vec<&str> = g
        .api
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    let mut unique = methods.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(methods.len(), unique.len(), "{methods:?}");
    let types: Vec<&str> = g.api.types.iter().map(|t| t.name.as_str()).collect();
    for reserved in ["Error", "Client", "Result", "Option"] {
        assert!(!types.contains(&reserved), "{types:?}");
    }
}

#[test]
fn one_of() {
    let g = snapshot("one_of.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn inline() {
    let g = snapshot("inline.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn maps() {
    let g = snapshot("maps.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn recursion() {
    let g = snapshot("recursion.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn bodies() {
    let g = snapshot("bodies.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

/// Typed formats: `uuid`, `date-time`, `date` and the integer widths
/// (the fixture-compile crate decodes them and sends them as parameters).
#[test]
fn formats() {
    let g = snapshot("formats.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
    for (wire, ty) in [
        ("id", "EventId"),
        ("at", "DateTime<Utc>"),
        ("day", "NaiveDate"),
        ("ended_at", "DateTime<Utc>"),
        ("count", "u32"),
        ("total", "u64"),
        ("small", "i32"),
        ("big", "i64"),
        ("ratio", "f32"),
        ("email", "String"),
        ("attendees", "Vec<Uuid>"),
        ("stamps", "Map<String, DateTime<Utc>>"),
        // Strings only: a plain string accepts every variant.
        ("ref_or_id", "String"),
    ] {
        assert_eq!(field_ty(&g, "Event", wire), ty, "{wire}");
    }
    // Generated code reaches the types through the runtime crate.
    assert!(
        file(&g, "types/event_id.rs").contains("pub type EventId = crate::runtime::uuid::Uuid;")
    );
    let event = file(&g, "types/event.rs");
    assert!(
        event.contains("pub at: crate::runtime::chrono::DateTime<crate::runtime::chrono::Utc>,"),
        "{event}"
    );
    // A UUID can be a secret; a date-time is not one whatever its name.
    assert!(field(&g, "Event", "api_key").sensitive);
    assert!(!field(&g, "Event", "last_token").sensitive);
    // Parameters: a date-time is sent as RFC 3339, the others by `Display`.
    let ops = file(&g, "operations/events.rs");
    assert_eq!(
        ops.matches("crate::runtime::rfc3339(&value)").count(),
        3,
        "{ops}"
    );
    let op = g
        .api
        .operations
        .iter()
        .find(|o| o.id == "get-event")
        .unwrap();
    let params: Vec<(&str, String)> = op
        .params
        .iter()
        .map(|p| {
            let ty = p.ty.display(&g.api, Spelling::Short).to_string();
            (p.wire.as_str(), ty)
        })
        .collect();
    assert_eq!(
        params,
        [
            ("id", "Uuid".to_owned()),
            ("day", "NaiveDate".to_owned()),
            ("limit", "u64".to_owned()),
            ("since", "DateTime<Utc>".to_owned()),
            ("tags", "Vec<Uuid>".to_owned()),
            ("until", "DateTime<Utc>".to_owned()),
            ("X-Not-Before", "DateTime<Utc>".to_owned()),
            ("X-Sequence", "u32".to_owned()),
        ]
    );
    // A response header of a typed format is parsed as that type.
    let head = g
        .api
        .operations
        .iter()
        .find(|o| o.id == "events-modified")
        .unwrap();
    assert_eq!(
        head.response,
        generator::model::Response::Header {
            name: "X-Last-Modified".to_owned(),
            ty: generator::model::Ty::Scalar(Scalar::DateTime)
        }
    );
    // The record spells them short.
    let record = g.record.to_json();
    for short in [
        "\"path:id\": \"id: Uuid\"",
        "\"at\": \"at: DateTime<Utc>\"",
        "\"day\": \"day?: NaiveDate\"",
        "\"total\": \"total: u64\"",
    ] {
        assert!(
            record.contains(short),
            "{short} not in the record:\n{record}"
        );
    }
}

/// The field `wire` of the struct `name`.
fn field<'g>(g: &'g Generated, name: &str, wire: &str) -> &'g generator::model::Field {
    let def = g.api.types.iter().find(|t| t.name == name).unwrap();
    let generator::model::TypeKind::Struct(s) = &def.kind else {
        panic!("{name} is not a struct");
    };
    s.fields.iter().find(|f| f.wire == wire).unwrap()
}

/// The type of the field `wire` of the struct `name` (without its
/// optionality), as records spell it.
fn field_ty(g: &Generated, name: &str, wire: &str) -> String {
    field(g, name, wire)
        .ty
        .display(&g.api, Spelling::Short)
        .to_string()
}

#[test]
fn a_format_is_mapped_as_the_options_say() {
    let (text, source) = read("formats.yaml");
    let mut options = Options::default();
    options
        .formats
        .set("integer", "uint64", Scalar::I64)
        .unwrap()
        .set("string", "date-time", Scalar::String)
        .unwrap()
        .set("string", "email", Scalar::Uuid)
        .unwrap();
    let g = generate(&text, &source, &options).unwrap();
    assert_eq!(field_ty(&g, "Event", "total"), "i64");
    assert_eq!(field_ty(&g, "Event", "at"), "String");
    assert_eq!(field_ty(&g, "Event", "email"), "Uuid");
    assert_eq!(field_ty(&g, "Event", "day"), "NaiveDate", "the rest stay");
    assert_eq!(field_ty(&g, "Event", "count"), "u32");
    let ops = file(&g, "operations/events.rs");
    assert!(!ops.contains("rfc3339"), "date-times are strings: {ops}");
}

#[test]
fn plain_formats_make_every_string_format_a_string() {
    let (text, source) = read("formats.yaml");
    let options = Options {
        formats: Formats::plain(),
        ..Options::default()
    };
    let g = generate(&text, &source, &options).unwrap();
    for file in &g.files {
        for typed in ["uuid", "chrono", "rfc3339"] {
            assert!(
                !file.contents.contains(&format!("runtime::{typed}")),
                "{}: {typed}",
                file.path
            );
        }
    }
    assert_eq!(field_ty(&g, "Event", "at"), "String");
    assert_eq!(field_ty(&g, "Event", "day"), "String");
    assert_eq!(field_ty(&g, "Event", "attendees"), "Vec<String>");
    assert_eq!(field_ty(&g, "Event", "total"), "u64", "number widths stay");
    let alias = g.api.types.iter().find(|t| t.name == "EventId").unwrap();
    assert!(matches!(
        alias.kind,
        generator::model::TypeKind::Alias(generator::model::Ty::Scalar(Scalar::String))
    ));
}

#[test]
fn params() {
    let g = snapshot("params.yaml");
    assert_eq!(diagnostic_constructs(&g), []);
    // A cookie parameter is sent.
    assert!(
        file(&g, "operations/branches.rs").contains(
            r#"request.cookie_param("session", &value, crate::runtime::ParamStyle::FORM)?;"#
        ),
        "{}",
        file(&g, "operations/branches.rs")
    );
}

#[test]
fn param_styles() {
    let g = snapshot("param_styles.yaml");
    let at = |path: &str, i: usize| format!("#/paths/{path}/get/parameters/{i}");
    let unexpressible = "~1unexpressible";
    assert_eq!(
        diagnostic_constructs(&g),
        [
            (
                "parameter-style",
                "#/paths/~1forms/put/requestBody/content/application~1x-www-form-urlencoded/encoding/address"
            ),
            ("parameter-style", at(unexpressible, 0).as_str()),
            ("parameter-style", at(unexpressible, 1).as_str()),
            ("parameter-style", at(unexpressible, 2).as_str()),
            ("parameter-style", at(unexpressible, 3).as_str()),
            ("parameter-style", at(unexpressible, 4).as_str()),
            ("parameter-style", at(unexpressible, 5).as_str()),
        ]
    );
    let path = file(&g, "operations/path.rs");
    // Default-style primitives stay as short as ever; a string union is a string.
    assert!(
        path.contains("crate::runtime::expand_path(OPERATION.path, &[&self.disk])"),
        "{path}"
    );
    assert!(
        path.contains("pub fn get_disk(&self, disk: impl Into<types::NameOrId>)"),
        "{path}"
    );
    let query = file(&g, "operations/query.rs");
    // Never JSON text, but for `content: application/json`.
    assert_eq!(query.matches("json_text").count(), 1, "{query}");
    assert!(
        query.contains(r#"request.query.push(("plain", value));"#),
        "{query}"
    );
}

/// Properties beside a `oneOf`/`anyOf` become fields of every variant that
/// is an object.
#[test]
fn properties_one_of() {
    let g = snapshot("properties_one_of.yaml");
    assert_eq!(
        diagnostic_constructs(&g),
        [(
            "properties-beside-one-of",
            "#/components/schemas/Mixed/oneOf/0"
        )]
    );
    let pet = file(&g, "types/pet.rs");
    // The inline variant and the referenced one both carry `name` and `status`.
    for variant in ["PetBark", "PetCat"] {
        let start = pet
            .find(&format!("pub struct {variant} {{"))
            .unwrap_or_else(|| panic!("{variant}: {pet}"));
        let body = &pet[start..pet[start..].find('}').map_or(pet.len(), |e| start + e)];
        assert!(body.contains("pub name: String,"), "{body}");
        assert!(body.contains("pub status: Option<PetStatus>,"), "{body}");
    }
    // The shared property's inline enum is one type for every variant.
    assert_eq!(pet.matches("pub enum PetStatus").count(), 1, "{pet}");
    let contact = file(&g, "types/contact.rs");
    assert!(contact.contains("pub email: String,") && contact.contains("pub phone: String,"));
    let shape = file(&g, "types/shape.rs");
    assert_eq!(shape.matches("id: String,").count(), 2, "{shape}");
    let animal = file(&g, "types/animal.rs");
    assert_eq!(
        animal.matches("pub age: Option<i64>,").count(),
        2,
        "{animal}"
    );
    let single = file(&g, "types/single.rs");
    assert!(single.contains("pub a: Option<String>,") && single.contains("pub b: Option<i64>,"));
    assert!(!single.contains("enum Single"), "{single}");
}

#[test]
fn deprecated() {
    let g = snapshot("deprecated.json");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
}

#[test]
fn no_servers_no_security() {
    let g = snapshot("no_servers_no_security.yaml");
    assert_eq!(g.api.base_url, None);
    assert!(file(&g, "mod.rs").contains(r#"pub const DEFAULT_BASE_URL: &str = "";"#));
    let undefined: Vec<&str> = g
        .diagnostics
        .iter()
        .filter(|d| d.construct == "undefined-security-scheme")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(undefined.len(), 2, "{:?}", g.diagnostics);
    assert!(undefined.iter().any(|m| m.contains("`api_key`")));
    assert!(undefined.iter().any(|m| m.contains("`oauth`")));
}

#[test]
fn servers() {
    let g = snapshot("servers.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
    // The defaults fill the base URL; its template is kept for the builder.
    assert_eq!(
        g.api.base_url.as_deref(),
        Some("https://api.example.com/api/v1")
    );
    let server = g.api.server.as_ref().expect("a templated server");
    assert_eq!(server.url, "{origin}/api/{version}");
    let setters: Vec<(&str, &str, Option<&str>)> = g
        .api
        .variables
        .iter()
        .map(|v| {
            (
                v.name.as_str(),
                v.method.as_str(),
                v.values.as_ref().map(|(ty, _)| ty.as_str()),
            )
        })
        .collect();
    assert_eq!(
        setters,
        [
            ("origin", "origin", None),
            ("port", "port", None),
            ("region", "region", Some("ServerRegion")),
            ("upload_origin", "upload_origin", None),
            ("version", "version", Some("ServerVersion")),
        ]
    );
    let op = |id: &str| g.api.operations.iter().find(|o| o.id == id).unwrap();
    assert!(op("listThings").server.is_none());
    assert_eq!(
        op("upload").server.as_ref().map(|s| s.url.as_str()),
        Some("{upload_origin}/upload/{version}"),
        "path-level servers"
    );
    assert_eq!(
        op("getReport").server.as_ref().map(|s| s.url.as_str()),
        Some("http://{region}.reports.example.test:{port}/v1"),
        "operation-level servers"
    );
}

#[test]
fn server_variable_problems_are_diagnostics() {
    let text = r#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://{tenant}.example.com/{stage}",
                     "variables": {"stage": {"default": "prod", "enum": ["dev", "test"]}}}],
        "paths": {}}"#;
    let g = generate(text, "inline.json", &Options::default()).unwrap();
    let found = diagnostic_constructs(&g);
    assert!(
        found.contains(&("undeclared-server-variable", "#/servers/0")),
        "{found:?}"
    );
    assert!(
        found.contains(&("server-variable-default", "#/servers/0/variables/stage")),
        "{found:?}"
    );
    assert_eq!(g.api.base_url.as_deref(), Some("https://.example.com/prod"));
    let stage = &g.api.server.as_ref().unwrap().variables[0];
    assert_eq!(stage.values, ["dev", "test", "prod"]);
    // A setter never takes the name of the constructor or of `Default::default`.
    let text = r#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://{new}.example.com/{default}",
                     "variables": {"new": {"default": "a"}, "default": {"default": "b"}}}],
        "components": {"securitySchemes": {"new": {"type": "http", "scheme": "basic"}}},
        "paths": {}}"#;
    let g = generate(text, "inline.json", &Options::default()).unwrap();
    let methods: Vec<&str> = g.api.variables.iter().map(|v| v.method.as_str()).collect();
    assert_eq!(methods, ["default_2", "new_2"]);
    assert_eq!(g.api.security_schemes[0].method, "new_2");
    // A scheme named like a bearer scheme's provider setter gives way,
    // whichever comes first.
    let text = r#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "components": {"securitySchemes": {
            "X_provider": {"type": "apiKey", "in": "header", "name": "k"},
            "user": {"type": "http", "scheme": "bearer"},
            "user_provider": {"type": "http", "scheme": "bearer"},
            "x": {"type": "http", "scheme": "bearer"}}},
        "paths": {}}"#;
    let g = generate(text, "inline.json", &Options::default()).unwrap();
    let methods: Vec<(&str, Option<&str>)> = g
        .api
        .security_schemes
        .iter()
        .map(|s| (s.method.as_str(), s.provider_method.as_deref()))
        .collect();
    assert_eq!(
        methods,
        [
            ("x_provider_credential", None),
            ("user", Some("user_provider")),
            ("user_provider_2", Some("user_provider_2_provider")),
            ("x", Some("x_provider")),
        ]
    );
}

#[test]
fn security_schemes() {
    use generator::model::{ApiKeyLocation, SchemeKind};
    let g = snapshot("security_schemes.yaml");
    assert!(g.diagnostics.is_empty(), "{:?}", g.diagnostics);
    let schemes: Vec<(&str, &str, &SchemeKind)> = g
        .api
        .security_schemes
        .iter()
        .map(|s| (s.name.as_str(), s.method.as_str(), &s.kind))
        .collect();
    let key = |location, name: &str| SchemeKind::ApiKey {
        location,
        name: name.to_owned(),
    };
    assert_eq!(
        schemes,
        [
            (
                "api_key_query",
                "api_key_query",
                &key(ApiKeyLocation::Query, "api_key")
            ),
            (
                "apikey_header",
                "apikey_header",
                &key(ApiKeyLocation::Header, "apikey")
            ),
            ("basic", "basic", &SchemeKind::Basic),
            ("bearer", "bearer", &SchemeKind::Bearer),
            ("oauth", "oauth", &SchemeKind::Bearer),
            ("oidc", "oidc", &SchemeKind::Bearer),
            (
                "session_cookie",
                "session_cookie",
                &key(ApiKeyLocation::Cookie, "session")
            ),
        ]
    );
    let op = |id: &str| g.api.operations.iter().find(|o| o.id == id).unwrap();
    let names = |v: &[&[&str]]| -> Vec<Vec<String>> {
        v.iter()
            .map(|a| a.iter().map(|s| (*s).to_owned()).collect())
            .collect()
    };
    assert_eq!(op("byDefault").security, Some(names(&[&["apikey_header"]])));
    assert_eq!(
        op("keyAndToken").security,
        Some(names(&[&["apikey_header", "bearer"]]))
    );
    assert_eq!(
        op("oauthOrBasic").security,
        Some(names(&[&["oauth"], &["basic"]]))
    );
    assert_eq!(
        op("optionalToken").security,
        Some(names(&[&[], &["bearer"]]))
    );
    assert!(!op("public").authenticated);
    // Header parameters naming a credential's header are optional and secret.
    for (id, wire) in [("keyAndToken", "Authorization"), ("keyParam", "apikey")] {
        let p = op(id).params.iter().find(|p| p.wire == wire).unwrap();
        assert!(!p.required && p.sensitive, "{id}: {wire}");
    }
    let trace = op("keyParam")
        .params
        .iter()
        .find(|p| p.wire == "X-Trace")
        .unwrap();
    assert!(!trace.sensitive);
    // A 302 without a 2xx is the operation's answer: its `Location`.
    let authorize = op("authorize");
    assert!(authorize.redirect);
    assert!(matches!(
        &authorize.response,
        generator::model::Response::Header { name, .. } if name == "Location"
    ));
    assert!(!op("byDefault").redirect);
}

#[test]
fn unsupported_security_schemes_are_diagnostics() {
    let text = r##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "components": {"securitySchemes": {
            "digest": {"type": "http", "scheme": "digest"},
            "bad": {"type": "apiKey", "in": "header", "name": "a b"},
            "gone": {"$ref": "#/components/securitySchemes/missing"}}},
        "security": [{"digest": []}],
        "paths": {"/x": {"get": {"responses": {"204": {"description": "ok"}}}}}}"##;
    let g = generate(text, "inline.json", &Options::default()).unwrap();
    let found = diagnostic_constructs(&g);
    for (construct, pointer) in [
        (
            "http-auth-scheme",
            "#/components/securitySchemes/digest/scheme",
        ),
        (
            "security-scheme-name",
            "#/components/securitySchemes/bad/name",
        ),
        ("security-scheme-ref", "#/components/securitySchemes/gone"),
    ] {
        assert!(
            found.contains(&(construct, pointer)),
            "{construct}: {found:?}"
        );
    }
    assert!(g.api.security_schemes.is_empty());
    // No alternative can be sent: the client's bearer token, as without schemes.
    assert_eq!(g.api.operations[0].security, None);
}

#[test]
fn alternatives_naming_an_undefined_scheme_are_left_out() {
    let text = r#"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": "query", "name": "k"}}},
        "paths": {"/x": {"get": {"security": [{"missing": []}, {"key": []}],
                                 "responses": {"204": {"description": "ok"}}}}}}"#;
    let g = generate(text, "inline.json", &Options::default()).unwrap();
    assert_eq!(
        g.api.operations[0].security,
        Some(vec![vec!["key".to_owned()]])
    );
    let found: Vec<&str> = g
        .diagnostics
        .iter()
        .filter(|d| d.construct == "undefined-security-scheme")
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(found.len(), 1, "{:?}", g.diagnostics);
    assert!(
        found[0].contains("`missing`") && found[0].contains("left out"),
        "{found:?}"
    );
}

#[test]
fn no_servers_uses_the_configured_default() {
    let (text, source) = read("no_servers_no_security.yaml");
    let options = Options {
        default_base_url: Some("https://fallback.example.test".to_owned()),
        ..Options::default()
    };
    let g = generate(&text, &source, &options).unwrap();
    assert!(file(&g, "mod.rs")
        .contains(r#"pub const DEFAULT_BASE_URL: &str = "https://fallback.example.test";"#));
}

#[test]
fn dangling_ref() {
    let g = snapshot("dangling_ref.yaml");
    let found = diagnostic_constructs(&g);
    for pointer in [
        "#/components/schemas/Thing/properties/owner",
        "#/components/schemas/Thing/properties/kind",
        "#/paths/~1things/get/parameters/0",
    ] {
        assert!(
            found.contains(&("unresolved-ref", pointer)),
            "no unresolved-ref at {pointer}: {found:?}"
        );
    }
}

fn load_error(file: &str) -> (LoadError, String) {
    match run(&format!("invalid/{file}")) {
        Err(Error::Load(e)) => {
            let message = e.to_string();
            (e, message)
        }
        Err(e) => panic!("{file}: expected a load error, got {e}"),
        Ok(_) => panic!("{file}: expected a load error, generation succeeded"),
    }
}

#[test]
fn swagger2_is_rejected_with_its_version() {
    let (e, message) = load_error("swagger2.yaml");
    assert!(matches!(e, LoadError::Version { ref found, .. } if found == "Swagger 2.0"));
    assert_eq!(
        message,
        "fixtures/invalid/swagger2.yaml: unsupported document version Swagger 2.0; \
         this generator reads OpenAPI 3.0.x and 3.1.x"
    );
}

#[test]
fn openapi32_is_rejected_with_its_version() {
    let (e, message) = load_error("openapi32.json");
    assert!(matches!(e, LoadError::Version { ref found, .. } if found == "OpenAPI 3.2.0"));
    assert_eq!(
        message,
        "fixtures/invalid/openapi32.json: unsupported document version OpenAPI 3.2.0; \
         this generator reads OpenAPI 3.0.x and 3.1.x"
    );
}

#[test]
fn openapi4_is_rejected_with_its_version() {
    let text = r#"{ "openapi": "4.0.0", "info": { "title": "t", "version": "1" }, "paths": {} }"#;
    let e = generate(text, "v4.json", &Options::default()).err();
    assert!(
        matches!(e, Some(Error::Load(LoadError::Version { ref found, .. })) if found == "OpenAPI 4.0.0"),
        "{e:?}"
    );
}

/// 3.1 constructs that 3.0 says the same way: rewritten, nothing lost.
#[test]
fn openapi31_types() {
    let g = snapshot("openapi31_types.yaml");
    assert_eq!(diagnostic_constructs(&g), Vec::<(&str, &str)>::new());
    let gadget = file(&g, "types/gadget.rs");
    // `type: [string, "null"]`, required: may be null.
    assert!(gadget.contains("pub label: Option<String>"), "{gadget}");
    // `anyOf: [$ref, {type: null}]`: a nullable reference.
    assert!(
        gadget.contains("pub previous_owner: Option<Owner>"),
        "{gadget}"
    );
    // `type: [string, integer]`: one variant per type.
    assert!(gadget.contains("Integer(i64),") && gadget.contains("String(String),"));
    // `const`: a one-value enum.
    assert!(gadget.contains("pub kind: GadgetKind,"), "{gadget}");
    // `$ref` with constraining siblings: `allOf` of the reference and them.
    let owner = file(&g, "types/owner.rs");
    assert!(
        owner.contains("pub email: String,")
            && owner.contains("pub since: Option<crate::runtime::chrono::NaiveDate>,")
    );
    // `$ref` with a `description` sibling: the reference, described.
    assert!(gadget.contains("Who owns the gadget"), "{gadget}");
}

#[test]
fn openapi31_lost() {
    let g = snapshot("openapi31_lost.json");
    let mut found = diagnostic_constructs(&g);
    found.sort_unstable();
    assert_eq!(
        found,
        [
            ("oas31-dialect", "#/jsonSchemaDialect"),
            ("oas31-dropped-keyword", "#/components/schemas/Shape/$defs"),
            (
                "oas31-dropped-keyword",
                "#/components/schemas/Shape/dependentRequired"
            ),
            ("oas31-dropped-keyword", "#/components/schemas/Shape/else"),
            ("oas31-dropped-keyword", "#/components/schemas/Shape/if"),
            (
                "oas31-dropped-keyword",
                "#/components/schemas/Shape/properties/labels/patternProperties"
            ),
            (
                "oas31-dropped-keyword",
                "#/components/schemas/Shape/properties/labels/propertyNames"
            ),
            ("oas31-dropped-keyword", "#/components/schemas/Shape/then"),
            (
                "oas31-dropped-keyword",
                "#/components/schemas/Shape/unevaluatedProperties"
            ),
            (
                "oas31-false-schema",
                "#/components/schemas/Shape/properties/never"
            ),
            (
                "oas31-null-type",
                "#/components/schemas/Shape/properties/anything/type"
            ),
            ("oas31-path-items", "#/components/pathItems"),
            (
                "oas31-prefix-items",
                "#/components/schemas/Point/prefixItems"
            ),
            ("oas31-webhooks", "#/webhooks"),
        ]
    );
}

/// Later stages report on schemas the 3.1 rewrite moved: each diagnostic
/// names the construct's pointer in the source document.
#[test]
fn openapi31_pointers() {
    let g = snapshot("openapi31_pointers.yaml");
    let mut found = diagnostic_constructs(&g);
    found.sort_unstable();
    let shelf = "#/components/schemas/Shelf/properties";
    assert_eq!(
        found,
        [
            ("all-of-non-object", format!("{shelf}/grade").as_str()),
            ("not", format!("{shelf}/mixed/properties/never").as_str()),
            ("not", format!("{shelf}/rule/anyOf/1").as_str()),
            ("unresolved-ref", format!("{shelf}/missing").as_str()),
        ]
    );
    let shelf = file(&g, "types/shelf.rs");
    // A constraint beside a reference keeps the reference's type.
    assert!(shelf.contains("pub code: Code,"), "{shelf}");
    // Several types, one of them `null`: a nullable union of the others.
    assert!(shelf.contains("Object(ShelfMixedObject),") && shelf.contains("Array(Vec<String>),"));
    assert!(shelf.contains("pub mixed: crate::runtime::Nullable<ShelfMixed>,"));
}

/// Every pointer a 3.1 fixture's output names (diagnostics, the `Schema:`
/// line of a type's docs) is a place in the source document.
#[test]
fn openapi31_pointers_exist_in_the_source() {
    for file in VALID.iter().filter(|f| f.starts_with("openapi31_")) {
        let (text, _) = read(file);
        let source: serde_json::Value = if file.ends_with(".json") {
            serde_json::from_str(&text).unwrap()
        } else {
            serde_yaml::from_str(&text).unwrap()
        };
        let g = run(file).unwrap();
        let pointers = g
            .diagnostics
            .iter()
            .map(|d| d.pointer.clone())
            .chain(g.api.types.iter().map(|t| t.pointer.clone()));
        let mut checked = 0;
        for pointer in pointers {
            let path = pointer.strip_prefix('#').unwrap();
            assert!(
                source.pointer(path).is_some(),
                "{file}: {pointer} is not in the source document"
            );
            checked += 1;
        }
        assert!(checked > 0, "{file}: no pointer checked");
    }
}

#[test]
fn openapi31_webhooks_only() {
    let g = snapshot("openapi31_webhooks_only.yaml");
    assert_eq!(
        diagnostic_constructs(&g),
        [("oas31-webhooks", "#/webhooks")]
    );
    assert!(g.api.operations.is_empty());
    let ping = file(&g, "types/ping.rs");
    assert!(ping.contains("pub count: Option<i64>"), "{ping}");
}

#[test]
fn json_syntax_error_names_file_line_and_column() {
    let (e, message) = load_error("syntax_error.json");
    assert!(
        matches!(
            e,
            LoadError::Syntax {
                format: "JSON",
                line: 6,
                column: 5,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(
        message.starts_with("fixtures/invalid/syntax_error.json:6:5: not valid JSON: "),
        "{message}"
    );
}

#[test]
fn yaml_syntax_error_names_file_line_and_column() {
    let (e, message) = load_error("syntax_error.yaml");
    let LoadError::Syntax {
        format: "YAML",
        line,
        column,
        ..
    } = e
    else {
        panic!("{e:?}");
    };
    assert!(line > 0 && column > 0, "{message}");
    assert!(
        message.starts_with(&format!(
            "fixtures/invalid/syntax_error.yaml:{line}:{column}: not valid YAML: "
        )),
        "{message}"
    );
}

// Names and shapes that once broke the generated code (found by these
// fixtures, then fixed): each snapshot shows the output and a test states
// the property that was broken. `tests/compile` compiles them all.

/// The methods of a generated client type besides its operations.
const CLIENT_METHODS: &[&str] = &[
    "builder",
    "builder_with_token_provider",
    "builder_without_auth",
    "clone",
    "new",
];

#[test]
fn client_method_names() {
    let g = snapshot("client_method_names.yaml");
    let names: Vec<&str> = g
        .api
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    let taken: Vec<&&str> = names
        .iter()
        .filter(|m| CLIENT_METHODS.contains(m))
        .collect();
    assert!(taken.is_empty(), "{taken:?}");
    for suffixed in ["builder_operation", "clone_operation", "new_operation"] {
        assert!(names.contains(&suffixed), "{suffixed}: {names:?}");
    }
    // The runtime's methods are on another type: no suffix needed.
    for kept in ["base_url", "execute", "execute_raw", "get_base_url"] {
        assert!(names.contains(&kept), "{kept}: {names:?}");
    }
}

#[test]
fn builder_method_params() {
    let g = snapshot("builder_method_params.yaml");
    let builder_methods = [
        "attempt_timeout",
        "into_future",
        "request",
        "send",
        "send_raw",
        "send_with_metadata",
        "timeout",
    ];
    for op in &g.api.operations {
        for p in &op.params {
            assert!(
                !builder_methods.contains(&p.name.as_str()),
                "{}: parameter `{}` is named `{}`",
                op.id,
                p.wire,
                p.name
            );
        }
    }
}

#[test]
fn keyword_variant() {
    let g = snapshot("keyword_variant.yaml");
    for path in ["types/who.rs", "types/member.rs"] {
        let text = file(&g, path);
        assert!(
            !text.contains("    Self,") && !text.contains("    Self {"),
            "{path}"
        );
    }
}

#[test]
fn mod_names() {
    let g = snapshot("mod_names.yaml");
    let paths: Vec<&str> = g.files.iter().map(|f| f.path.as_str()).collect();
    let mut unique = paths.clone();
    unique.dedup();
    assert_eq!(paths, unique, "every path once");
    assert!(file(&g, "types/mod.rs").contains("pub use "));
    assert!(file(&g, "operations/mod.rs").contains("pub use "));
}

#[test]
fn structured_params() {
    let g = snapshot("structured_params.yaml");
    let ops = file(&g, "operations/search.rs");
    // An array given by `$ref` is exploded like an inline one.
    let fields = ops
        .find(r#"request.query.push(("fields", "#)
        .expect("fields is sent");
    assert!(
        ops[..fields].trim_end().ends_with("for value in value {"),
        "{ops}"
    );
    let tags = ops
        .find(r#"request.query.push(("tags", "#)
        .expect("tags is sent");
    assert!(
        ops[..tags].trim_end().ends_with("for value in value {"),
        "{ops}"
    );
    // A map or an object is written in its style (exploded form), never as
    // JSON text.
    assert!(
        ops.contains(
            r#"request.query_param("labels", &value, crate::runtime::ParamStyle::FORM)?;"#
        ),
        "{ops}"
    );
    assert!(
        ops.contains(
            r#"request.query_param("filter", &value, crate::runtime::ParamStyle::FORM)?;"#
        ),
        "{ops}"
    );
    assert!(!ops.contains("json_text"), "{ops}");
}

#[test]
fn optional_bodies() {
    let g = snapshot("optional_bodies.yaml");
    let ops = file(&g, "operations/notes.rs");
    // Only the raw body takes `impl Into<bytes::Bytes>` and needs `.into()`.
    assert_eq!(
        ops.matches("self.body = Some(value.into());").count(),
        1,
        "{ops}"
    );
}

#[test]
fn doc_semicolon() {
    let g = snapshot("doc_semicolon.yaml");
    for file in &g.files {
        let lines: Vec<&str> = file.contents.lines().collect();
        for pair in lines.windows(3) {
            let doc = |l: &str| l.trim_start().starts_with("///");
            assert!(
                !(doc(pair[0]) && pair[1].trim().is_empty() && doc(pair[2])),
                "{}: blank line inside a doc comment after {:?}",
                file.path,
                pair[0]
            );
        }
    }
}

/// How values decode is checked in `tests/compile/tests/roundtrip.rs`.
#[test]
fn discriminator_refs() {
    snapshot("discriminator_refs.yaml");
}

#[test]
fn serde_type_names() {
    snapshot("serde_type_names.yaml");
}

#[test]
fn types_do_not_take_the_names_of_serde_imports() {
    let g = run("serde_type_names.yaml").unwrap();
    for def in &g.api.types {
        assert!(
            !["Serialize", "Deserialize"].contains(&def.name.as_str()),
            "{} is named {}",
            def.pointer,
            def.name
        );
    }
}

/// What the mutation tests (`tests/mutations.rs`) found breaking the output:
/// keywords as operationIds, builders that would shadow the std types the
/// operations module uses, private methods of the runtime's `Client` (now
/// on another type than the operations, so `send` and `wait` keep their
/// names), carriage returns and bidirectional-text controls (which rustc refuses in
/// doc comments), file names from long tags, aliases in a `$ref` cycle and
/// a path parameter missing from its path.
#[test]
fn mutation_findings() {
    let g = snapshot("mutation_findings.yaml");
    let methods: Vec<&str> = g
        .api
        .operations
        .iter()
        .map(|o| o.method_name.as_str())
        .collect();
    assert_eq!(
        methods,
        [
            "option",
            "self_operation",
            "send",
            "string",
            "type_operation",
            "wait"
        ]
    );
    let ops = file(&g, "operations/hostile.rs");
    assert!(ops.contains("pub struct OptionBuilder {"), "{ops}");
    assert!(ops.contains("pub struct StringBuilder {"), "{ops}");
    let refused =
        |c: char| c == '\r' || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    for file in &g.files {
        assert!(!file.contents.contains(refused), "{}", file.path);
        syn::parse_file(&file.contents).unwrap_or_else(|e| panic!("{}: {e}", file.path));
        assert!(
            file.path.split('/').all(|name| name.len() <= 70),
            "{}",
            file.path
        );
    }
    assert!(file(&g, "types/prose.rs").contains("\\u{202e}desrever"));
    assert_eq!(
        diagnostic_constructs(&g),
        [
            ("ref-cycle", "#/components/schemas/LoopA"),
            ("unused-path-parameter", "#/paths/~1self/get/parameters/0")
        ]
    );
}

/// Secrets are shown redacted by `Debug`: by name (string-like values only),
/// by `format: password` or `writeOnly`, in structs, in `oneOf` struct
/// variants and in request builders' parameters.
#[test]
fn secrets() {
    let g = snapshot("secrets.yaml");
    let sensitive = |type_name: &str| -> Vec<String> {
        let def = g
            .api
            .types
            .iter()
            .find(|t| t.name == type_name)
            .expect(type_name);
        let generator::model::TypeKind::Struct(s) = &def.kind else {
            panic!("{type_name} is a struct");
        };
        s.fields
            .iter()
            .filter(|f| f.sensitive)
            .map(|f| f.wire.clone())
            .collect()
    };
    assert_eq!(
        sensitive("Settings"),
        [
            "db_pass",
            "hook_secrets",
            "note",
            "private_jwk",
            "smtp_pass"
        ]
    );
    assert_eq!(sensitive("Key"), ["access_token", "credentials"]);
    let op = &g.api.operations[0];
    let params: Vec<(&str, bool)> = op
        .params
        .iter()
        .map(|p| (p.wire.as_str(), p.sensitive))
        .collect();
    assert_eq!(
        params,
        [
            ("id", false),
            ("api_token", true),
            ("token_count", false),
            ("x-signature", true)
        ]
    );
    let types = file(&g, "types/settings.rs");
    assert!(types.contains(r#".field("db_pass", &format_args!("[redacted]"))"#));
    assert!(types.contains(r#".field("password_min_length", &self.password_min_length)"#));
    let key = file(&g, "types/key.rs");
    assert!(key.contains(r#".field("client_secret", &format_args!("[redacted]"))"#));
    assert!(key.contains(r#".field("token_type", &self.token_type)"#));
    let ops = file(&g, "operations/things.rs");
    assert!(ops.contains(r#".field("api_token", &format_args!("[redacted]"))"#));
}

/// An inline schema's `title` names its type when that name is free.
#[test]
fn titles() {
    let g = snapshot("titles.yaml");
    let names: Vec<(&str, &str)> = g
        .api
        .types
        .iter()
        .map(|t| (t.pointer.as_str(), t.name.as_str()))
        .collect();
    let order = "#/components/schemas/Order/properties";
    for (pointer, name) in [
        (
            "#/paths/~1orders/post/requestBody/content/application~1json/schema",
            "OrderDraft",
        ),
        (&format!("{order}/state") as &str, "OrderState"),
        // The first of two by pointer has the title.
        (&format!("{order}/billing"), "PostalAddress"),
        (&format!("{order}/shipping"), "OrderShipping"),
        (&format!("{order}/buyer"), "OrderBuyer"),
        (&format!("{order}/note"), "OrderNote"),
        ("#/components/schemas/Customer", "Customer"),
    ] {
        assert!(
            names.contains(&(pointer, name)),
            "{pointer} {name}: {names:?}"
        );
    }
}

/// A title added to a schema that already has a recorded name keeps that
/// name; a type new in this version is named by its title.
#[test]
fn a_title_never_renames_a_recorded_type() {
    let (text, source) = read("titles.yaml");
    let mut untitled: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    let order = &mut untitled["components"]["schemas"]["Order"]["properties"];
    for property in ["shipping", "billing", "buyer", "state", "note"] {
        order[property].as_object_mut().unwrap().remove("title");
    }
    order.as_object_mut().unwrap().remove("state");
    let before = generate(&untitled.to_string(), &source, &Options::default()).unwrap();
    let name_of = |g: &Generated, property: &str| {
        let pointer = format!("#/components/schemas/Order/properties/{property}");
        g.api
            .types
            .iter()
            .find(|t| t.pointer == pointer)
            .map(|t| t.name.clone())
    };
    assert_eq!(name_of(&before, "billing").as_deref(), Some("OrderBilling"));
    let options = Options {
        previous: Some(before.record.clone()),
        ..Options::default()
    };
    let after = generate(&text, &source, &options).unwrap();
    for (property, name) in [
        ("billing", "OrderBilling"),
        ("shipping", "OrderShipping"),
        // New in this version: named by its title.
        ("state", "OrderState"),
    ] {
        assert_eq!(
            name_of(&after, property).as_deref(),
            Some(name),
            "{property}"
        );
    }
}

/// Structurally identical inline schemas share one type (once the types
/// inside them are shared), named by the shortest of their places' names.
#[test]
fn dedupe() {
    let g = snapshot("dedupe.yaml");
    let type_of = |owner: &str, property: &str| field_ty(&g, owner, property);
    assert_eq!(type_of("Heater", "power"), "LampPower");
    assert_eq!(type_of("Lamp", "power"), "LampPower");
    assert_eq!(type_of("LampSocket", "power"), "LampPower");
    assert_eq!(type_of("Heater", "marker"), "LampMarker");
    assert_eq!(type_of("Lamp", "marker"), "LampMarker");
    assert_eq!(type_of("Heater", "size"), "LampSize");
    // Identical once the types inside are shared.
    assert_eq!(type_of("Heater", "socket"), "LampSocket");
    // Differently documented: a type of its own.
    assert_eq!(type_of("Heater", "mode"), "HeaterMode");
    // A type inside that is not shared: identical schemas, two types.
    assert_eq!(type_of("Lamp", "bulb"), "LampBulb");
    assert_eq!(type_of("Heater", "bulb"), "HeaterBulb");
    assert_eq!(type_of("LampBulb", "glass"), "LampBulbGlass");
    let power = g.api.types.iter().find(|t| t.name == "LampPower").unwrap();
    // The first place lowered is the type's key; the others are recorded.
    assert_eq!(power.key, "#/components/schemas/Heater/properties/power");
    assert_eq!(
        power.also,
        [
            "#/components/schemas/Heater/properties/socket/properties/power",
            "#/components/schemas/Lamp/properties/power",
            "#/components/schemas/Lamp/properties/socket/properties/power",
            "#/paths/~1lamps/get/parameters/0/schema",
        ]
    );
    assert_eq!(g.record.types[&power.key].also, power.also);
}

/// Names of shared types through spec versions: a shared type keeps its
/// name when the place it was named after goes away, and types recorded
/// apart are never merged.
#[test]
fn shared_types_keep_their_names() {
    let (text, source) = read("dedupe.yaml");
    let doc: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    let gen = |doc: &serde_json::Value, previous: Option<&Generated>| {
        let options = Options {
            previous: previous.map(|g| g.record.clone()),
            ..Options::default()
        };
        generate(&doc.to_string(), &source, &options).unwrap()
    };
    let first = gen(&doc, None);
    assert_eq!(field_ty(&first, "Heater", "size"), "LampSize");
    // `Lamp`, which named them, goes away: `Heater`'s shared types keep
    // their names, and the change report says nothing of them.
    let mut without_lamp = doc.clone();
    without_lamp["components"]["schemas"]
        .as_object_mut()
        .unwrap()
        .remove("Lamp");
    let second = gen(&without_lamp, Some(&first));
    for (property, name) in [
        ("size", "LampSize"),
        ("power", "LampPower"),
        ("socket", "LampSocket"),
    ] {
        assert_eq!(field_ty(&second, "Heater", property), name);
    }
    let changes = generator::record::diff(&first.record, &second.record);
    let texts: Vec<&str> = changes.changes.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"Removed type `Lamp`."), "{texts:?}");
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("LampSize") && !t.contains("LampPower")),
        "{texts:?}"
    );
    // Without the record, the same document names them after `Heater`.
    assert_eq!(
        field_ty(&gen(&without_lamp, None), "Heater", "size"),
        "HeaterSize"
    );

    // Two places recorded as types of their own stay apart when they
    // become identical.
    let mut apart = doc.clone();
    apart["components"]["schemas"]["Lamp"]["properties"]["size"]["properties"]["depth"] =
        serde_json::json!({ "type": "integer" });
    let before = gen(&apart, None);
    assert_eq!(field_ty(&before, "Heater", "size"), "HeaterSize");
    assert_eq!(field_ty(&before, "Lamp", "size"), "LampSize");
    let after = gen(&doc, Some(&before));
    assert_eq!(field_ty(&after, "Heater", "size"), "HeaterSize");
    assert_eq!(field_ty(&after, "Lamp", "size"), "LampSize");
}
