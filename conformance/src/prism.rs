//! Prism as a child process: started on a free loopback port, waited for,
//! and stopped with its whole process group when the guard is dropped, on
//! success, error or panic alike. Prism has a process group of its own, so
//! a Ctrl-C meant for the harness does not reach it: [`stop_on_signals`]
//! makes `SIGINT`/`SIGTERM`/`SIGHUP` stop it before the harness exits.

use std::fs::File;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// How long Prism may take to answer its first request.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);
/// How long Prism may take to exit after `SIGTERM` before it gets `SIGKILL`.
const STOP_TIMEOUT: Duration = Duration::from_secs(5);

/// The process group of the running Prism (0: none), for the signal handler.
static RUNNING_GROUP: AtomicI32 = AtomicI32::new(0);

/// Makes `SIGINT`, `SIGTERM` and `SIGHUP` kill the running Prism's process
/// group, then end the harness (with status 128 + the signal). Call it once,
/// before starting Prism.
pub fn stop_on_signals() {
    extern "C" fn on_signal(signal: libc::c_int) {
        let group = RUNNING_GROUP.load(Ordering::SeqCst);
        // SAFETY: kill(2) and _exit(2) are async-signal-safe and take no pointers.
        unsafe {
            if group > 0 {
                libc::kill(-group, libc::SIGKILL);
            }
            libc::_exit(128 + signal);
        }
    }
    let handler = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: installs a handler that only makes async-signal-safe calls.
        unsafe {
            libc::signal(signal, handler);
        }
    }
}

/// How to run `prism mock`.
#[derive(Debug, Clone)]
pub struct PrismConfig {
    /// The `prism` command.
    pub bin: PathBuf,
    /// The OpenAPI document.
    pub spec: PathBuf,
    /// Where Prism's output goes.
    pub log: PathBuf,
    /// Dynamic responses from this seed (`--dynamic --seed`), else static.
    pub seed: Option<u64>,
}

/// A running `prism mock`; dropping it stops Prism.
#[derive(Debug)]
pub struct Prism {
    child: Child,
    /// The loopback address Prism listens on.
    pub addr: SocketAddr,
    /// Prism's output.
    pub log: PathBuf,
}

impl Prism {
    /// Starts Prism and waits until it answers, retrying on another port
    /// when the first one was taken in the meantime.
    pub fn start(config: &PrismConfig) -> Result<Self> {
        let mut last_error = None;
        for _ in 0..3 {
            let mut prism = Self::spawn(config)?;
            match prism.wait_ready() {
                Ok(()) => return Ok(prism),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.unwrap_or_else(|| anyhow::anyhow!("Prism did not start")))
    }

    fn spawn(config: &PrismConfig) -> Result<Self> {
        let port = free_port()?;
        let log = File::create(&config.log)
            .with_context(|| format!("cannot create {}", config.log.display()))?;
        let mut command = Command::new(&config.bin);
        command
            .arg("mock")
            .arg(&config.spec)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            // Invalid requests get a 422 with Prism's validation messages.
            .arg("--errors")
            .args(["--verboseLevel", "info"]);
        if let Some(seed) = config.seed {
            command.args(["--dynamic", "--seed", &seed.to_string()]);
        }
        command
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            // Its own process group, so that stopping it stops any child too.
            .process_group(0);
        let child = command
            .spawn()
            .with_context(|| format!("cannot start {}", config.bin.display()))?;
        if let Ok(group) = i32::try_from(child.id()) {
            RUNNING_GROUP.store(group, Ordering::SeqCst);
        }
        Ok(Self {
            child,
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            log: config.log.clone(),
        })
    }

    /// Waits until Prism answers an HTTP request (any status).
    fn wait_ready(&mut self) -> Result<()> {
        let start = Instant::now();
        while start.elapsed() < STARTUP_TIMEOUT {
            if let Some(status) = self.child.try_wait()? {
                bail!(
                    "Prism exited ({status}) before answering; its output:\n{}",
                    tail(&self.log, 40)
                );
            }
            if answers(self.addr) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        bail!(
            "Prism did not answer on {} within {} s; its output:\n{}",
            self.addr,
            STARTUP_TIMEOUT.as_secs(),
            tail(&self.log, 40)
        )
    }

    /// Sends `signal` to Prism's process group.
    fn signal(&self, signal: libc::c_int) {
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: kill(2) takes no pointers; a negative pid names the
            // process group Prism leads (it was started with process_group(0)).
            unsafe {
                libc::kill(-pid, signal);
            }
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
        if let Ok(group) = i32::try_from(self.child.id()) {
            let _ = RUNNING_GROUP.compare_exchange(group, 0, Ordering::SeqCst, Ordering::SeqCst);
        }
    }
}

impl Prism {
    /// `SIGTERM` to the group, then `SIGKILL` (to what is left of the
    /// group, or after [`STOP_TIMEOUT`]); reaps Prism.
    fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            // Prism is gone; its group may still hold children.
            self.signal(libc::SIGKILL);
            return;
        }
        self.signal(libc::SIGTERM);
        let start = Instant::now();
        while start.elapsed() < STOP_TIMEOUT {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                self.signal(libc::SIGKILL);
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.signal(libc::SIGKILL);
        let _ = self.child.wait();
    }
}

/// A port nobody listens on right now, on 127.0.0.1.
fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("cannot bind 127.0.0.1")?;
    Ok(listener.local_addr()?.port())
}

/// Whether an HTTP server answers on `addr`.
fn answers(addr: SocketAddr) -> bool {
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_millis(500)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    if stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut start = [0u8; 5];
    stream.read_exact(&mut start).is_ok() && &start == b"HTTP/"
}

/// The last `lines` lines of a file, for error messages.
pub fn tail(path: &Path, lines: usize) -> String {
    let mut text = String::new();
    if let Ok(mut file) = File::open(path) {
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let _ = file.seek(SeekFrom::Start(len.saturating_sub(64 * 1024)));
        let _ = file.read_to_string(&mut text);
    }
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
