//! Snapshot tests: every fixture in `tests/fixtures/` is generated and the
//! whole output (every file, then the diagnostics) is compared with its
//! snapshot in `tests/snapshots/`. Documents that must be rejected live in
//! `tests/fixtures/invalid/` and are checked for their error message.
//!
//! Accept changed snapshots with `INSTA_UPDATE=always cargo test -p generator`
//! and review the diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
    "dangling_ref.yaml",
    "deprecated.json",
    "enums.yaml",
    "inline.yaml",
    "maps.yaml",
    "names.yaml",
    "no_servers_no_security.yaml",
    "nullability.yaml",
    "one_of.yaml",
    "params.yaml",
    "recursion.yaml",
];

/// The fixtures that must be rejected: each has a test below.
const INVALID: &[&str] = &[
    "openapi31.json",
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
fn generation_is_deterministic() {
    for file in VALID {
        let a = run(file).unwrap();
        let b = run(file).unwrap();
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

#[test]
fn params() {
    let g = snapshot("params.yaml");
    assert_eq!(
        diagnostic_constructs(&g),
        [(
            "cookie-parameter",
            "#/paths/~1branches~1{branch_id_or_ref}/get/parameters/1"
        )]
    );
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
         this generator reads OpenAPI 3.0.x"
    );
}

#[test]
fn openapi31_is_rejected_with_its_version() {
    let (e, message) = load_error("openapi31.json");
    assert!(matches!(e, LoadError::Version { ref found, .. } if found == "OpenAPI 3.1.0"));
    assert!(message.starts_with("fixtures/invalid/openapi31.json: "));
    assert!(message.contains("OpenAPI 3.1.0"));
    assert!(message.contains("3.0.x"));
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
