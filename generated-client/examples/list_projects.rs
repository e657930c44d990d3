//! Lists your projects.
//!
//! ```sh
//! SUPABASE_ACCESS_TOKEN=sbp_... cargo run --example list_projects
//! ```

use supabase_management_api::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("SUPABASE_ACCESS_TOKEN")
        .map_err(|_| "set SUPABASE_ACCESS_TOKEN to a personal access token")?;
    let client = Client::new(token)?;

    let projects = client.list_all_projects().await?;
    for project in &projects {
        println!(
            "{:<22} {:<16} {:<14} {}",
            project.ref_, project.status, project.region, project.name
        );
    }
    println!("{} project(s)", projects.len());
    Ok(())
}
