#[test]
fn probe() {
    for entry in std::fs::read_dir("/tmp/probe").unwrap() {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let out = std::path::Path::new("/tmp/probe/out").join(&stem);
        let _ = std::fs::remove_dir_all(&out);
        match generator::generate(&text, &stem, &generator::Options::default()) {
            Ok(g) => {
                for f in &g.files {
                    let t = out.join(&f.path);
                    std::fs::create_dir_all(t.parent().unwrap()).unwrap();
                    std::fs::write(&t, &f.contents).unwrap();
                }
                let paths: Vec<_> = g.files.iter().map(|f| f.path.clone()).collect();
                println!(
                    "{stem}: OK files={paths:?} diags={:?}",
                    g.diagnostics
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                );
            }
            Err(e) => println!("{stem}: ERR {e}"),
        }
    }
}
