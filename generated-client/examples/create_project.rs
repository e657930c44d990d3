//! Creates a project and waits until it is healthy.
//!
//! ```sh
//! SUPABASE_ACCESS_TOKEN=sbp_... SUPABASE_ORG=my-org-slug SUPABASE_DB_PASS=... \
//!     cargo run --example create_project -- my-new-project
//! ```

use std::time::{Duration, Instant};

use supabase_management_api::types::{
    V1CreateProjectBody, V1CreateProjectBodyRegionSelection,
    V1CreateProjectBodyRegionSelectionSmartGroupCode, V1ProjectWithDatabaseResponseStatus,
};
use supabase_management_api::{Client, RateLimit};

const POLL_EVERY: Duration = Duration::from_secs(10);
const GIVE_UP_AFTER: Duration = Duration::from_secs(15 * 60);

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("SUPABASE_ACCESS_TOKEN")?;
    let organization_slug = std::env::var("SUPABASE_ORG")?;
    let db_pass = std::env::var("SUPABASE_DB_PASS")?;
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "my-project".to_owned());

    // Polling is a loop of requests: let the client pace them so that it
    // stays under the API's 60 requests per minute.
    let client = Client::builder(token)
        .rate_limit(RateLimit::default())
        .build()?;

    // `new` takes the required fields; optional ones start absent.
    let mut body = V1CreateProjectBody::new(db_pass, name, organization_slug);
    body.region_selection = Some(V1CreateProjectBodyRegionSelection::SmartGroup {
        code: V1CreateProjectBodyRegionSelectionSmartGroupCode::Americas,
    });
    // A POST is not retried on 5xx or timeouts (it could create two
    // projects); it is retried on 429, which the API never processed.
    let project = client.create_a_project(body).await?;
    println!(
        "created {} ({}), status {}",
        project.name, project.ref_, project.status
    );

    let started = Instant::now();
    loop {
        let project = client
            .get_project(project.ref_.as_str())
            .timeout(Duration::from_secs(20))
            .await?;
        match project.status {
            V1ProjectWithDatabaseResponseStatus::ActiveHealthy => {
                println!("{} is healthy after {:?}", project.ref_, started.elapsed());
                return Ok(());
            }
            V1ProjectWithDatabaseResponseStatus::InitFailed => {
                return Err(format!("{} failed to start", project.ref_).into());
            }
            status => println!("status {status}, waiting"),
        }
        if started.elapsed() > GIVE_UP_AFTER {
            return Err(format!("{} is still not healthy", project.ref_).into());
        }
        tokio::time::sleep(POLL_EVERY).await;
    }
}
