//! A recording TCP proxy in front of Prism: it notes the request line and
//! headers of every request it forwards, so the harness can check what went
//! over the wire (the bearer token above all; the spec declares no security
//! scheme, so Prism does not check it).
//!
//! It reads one request head per connection and then copies bytes both
//! ways; the harness's HTTP client keeps no idle connections, so every
//! request opens a connection of its own.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The largest request head the proxy reads.
const MAX_HEAD: usize = 256 * 1024;

/// One request as it went to Prism.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The method.
    pub method: String,
    /// The request target (path and query).
    pub target: String,
    /// The headers, names in lower case, in order.
    pub headers: Vec<(String, String)>,
}

impl Recorded {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A running proxy; dropping it stops accepting connections.
#[derive(Debug)]
pub struct Proxy {
    /// The address to send requests to.
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Recorded>>>,
    task: JoinHandle<()>,
}

impl Proxy {
    /// Listens on a free loopback port and forwards to `upstream`.
    pub async fn start(upstream: SocketAddr) -> std::io::Result<Self> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&log);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let log = Arc::clone(&shared);
                tokio::spawn(async move {
                    let _ = forward(stream, upstream, log).await;
                });
            }
        });
        Ok(Self { addr, log, task })
    }

    /// The requests recorded since the last call.
    pub fn take(&self) -> Vec<Recorded> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn forward(
    mut client: TcpStream,
    upstream: SocketAddr,
    log: Arc<Mutex<Vec<Recorded>>>,
) -> std::io::Result<()> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        let n = client.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if buffer.len() > MAX_HEAD {
            return Err(std::io::Error::other("request head too large"));
        }
    };
    if let Some(recorded) = parse_head(&buffer[..head_end]) {
        log.lock().unwrap_or_else(|e| e.into_inner()).push(recorded);
    }
    let mut server = TcpStream::connect(upstream).await?;
    server.write_all(&buffer).await?;
    tokio::io::copy_bidirectional(&mut client, &mut server).await?;
    Ok(())
}

/// The request line and headers of an HTTP/1.1 request head.
fn parse_head(head: &[u8]) -> Option<Recorded> {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers = lines
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        })
        .collect();
    Some(Recorded {
        method,
        target,
        headers,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_parsed() {
        let head =
            b"POST /v1/x?a=1 HTTP/1.1\r\nAuthorization: Bearer t\r\nContent-Type: application/json";
        let r = parse_head(head).unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.target, "/v1/x?a=1");
        assert_eq!(r.header("authorization"), Some("Bearer t"));
        assert_eq!(r.header("content-type"), Some("application/json"));
    }

    #[tokio::test]
    async fn requests_are_recorded_and_forwarded() {
        let server = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        let upstream = server.local_addr().unwrap();
        tokio::spawn(async move {
            let (mut s, _) = server.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await.unwrap();
            s.write_all(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
                .await
                .unwrap();
        });
        let proxy = Proxy::start(upstream).await.unwrap();
        let response = reqwest::Client::new()
            .get(format!("http://{}/hello", proxy.addr))
            .header("authorization", "Bearer abc")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 204);
        let recorded = proxy.take();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].target, "/hello");
        assert_eq!(recorded[0].header("authorization"), Some("Bearer abc"));
        assert!(proxy.take().is_empty());
    }
}
