//! Opening a connection between two nodes (RUNTIME.md §5): TLS 1.3, then a cookie proof in
//! each direction.
//!
//! Each node generates a self-signed certificate at start, and a dialer accepts any
//! certificate: authentication is the cookie, and each proof is an HMAC-SHA256 keyed by the
//! cookie over both node names, a nonce from each side and the TLS session's exporter value. A
//! man in the middle terminates two TLS sessions with different exporter values, so a proof it
//! relays never verifies; a recorded proof never verifies again (fresh nonces). The cookie is
//! never sent.
//!
//! ```text
//! dialer → acceptor   HELLO     version, dialer name, dialer nonce
//! acceptor → dialer   CHALLENGE acceptor name, acceptor nonce
//! dialer → acceptor   PROOF     HMAC(cookie, "mesh/1 dialer" ‖ transcript)
//! acceptor → dialer   WELCOME   HMAC(cookie, "mesh/1 acceptor" ‖ transcript)
//! ```
//!
//! A wrong proof closes the connection on that side (and is logged); the dialer then reports
//! the refusal (`Node.connect` returns -3).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName, UnixTime};

use super::frame::{read_frame, write_frame, Reader};

/// Version of the handshake and of the frames that follow it.
pub const PROTOCOL: u8 = 1;

const HELLO: u8 = 1;
const CHALLENGE: u8 = 2;
const PROOF: u8 = 3;
const WELCOME: u8 = 4;

/// The largest handshake frame.
const MAX_HANDSHAKE_FRAME: usize = 4096;

/// How long a handshake may take.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a connection was not admitted.
#[derive(Debug)]
pub enum Refused {
    /// The network failed (connection reset, timeout, TLS error).
    Io(String),
    /// The other side broke the protocol or failed authentication.
    Denied(String),
}

/// A TLS connection over a TCP stream, established and authenticated.
pub struct Established {
    pub tls: rustls::Connection,
    pub stream: TcpStream,
    /// The other node's name as it announced itself.
    pub peer: String,
    /// The other node's creation.
    pub creation: u32,
}

/// The TLS configurations of a node: its self-signed certificate for accepting, and a dialer
/// configuration that accepts any certificate (see the module documentation).
pub struct TlsConfigs {
    pub server: Arc<rustls::ServerConfig>,
    pub client: Arc<rustls::ClientConfig>,
}

/// Generates this node's key and certificate and the two configurations.
pub fn tls_configs() -> Result<TlsConfigs, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let key = rcgen::KeyPair::generate().map_err(|e| e.to_string())?;
    let params =
        rcgen::CertificateParams::new(vec!["mesh-node".to_string()]).map_err(|e| e.to_string())?;
    let cert = params.self_signed(&key).map_err(|e| e.to_string())?;
    let cert_der: CertificateDer<'static> = cert.der().clone();
    let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let server = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(vec![cert_der], key_der)
        .map_err(|e| e.to_string())?;
    let client = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
        .with_no_client_auth();
    Ok(TlsConfigs {
        server: Arc::new(server),
        client: Arc::new(client),
    })
}

/// Accepts every server certificate (module documentation) but still checks the handshake
/// signatures, so the session keys belong to whoever holds the certificate's key.
#[derive(Debug)]
struct AnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// A blocking TLS stream for the handshake phase.
struct Tls<'a> {
    conn: &'a mut rustls::Connection,
    stream: &'a mut TcpStream,
}

impl Read for Tls<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.conn {
            rustls::Connection::Client(c) => rustls::Stream::new(c, self.stream).read(buf),
            rustls::Connection::Server(c) => rustls::Stream::new(c, self.stream).read(buf),
        }
    }
}

impl Write for Tls<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.conn {
            rustls::Connection::Client(c) => rustls::Stream::new(c, self.stream).write(buf),
            rustls::Connection::Server(c) => rustls::Stream::new(c, self.stream).write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.conn {
            rustls::Connection::Client(c) => rustls::Stream::new(c, self.stream).flush(),
            rustls::Connection::Server(c) => rustls::Stream::new(c, self.stream).flush(),
        }
    }
}

fn io(e: std::io::Error) -> Refused {
    Refused::Io(e.to_string())
}

fn nonce() -> Result<[u8; 32], Refused> {
    let mut nonce = [0u8; 32];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| Refused::Io("no randomness".into()))?;
    Ok(nonce)
}

/// The bytes both proofs are computed over.
fn transcript(
    exporter: &[u8],
    dialer: &str,
    acceptor: &str,
    dialer_nonce: &[u8],
    acceptor_nonce: &[u8],
) -> Vec<u8> {
    let mut t = Vec::with_capacity(160);
    t.extend_from_slice(exporter);
    for name in [dialer, acceptor] {
        t.extend_from_slice(&(name.len() as u16).to_be_bytes());
        t.extend_from_slice(name.as_bytes());
    }
    t.extend_from_slice(dialer_nonce);
    t.extend_from_slice(acceptor_nonce);
    t
}

fn proof(cookie: &str, role: &[u8], transcript: &[u8]) -> hmac::Tag {
    let key = hmac::Key::new(hmac::HMAC_SHA256, cookie.as_bytes());
    let mut ctx = hmac::Context::with_key(&key);
    ctx.update(role);
    ctx.update(transcript);
    ctx.sign()
}

fn verify(cookie: &str, role: &[u8], transcript: &[u8], tag: &[u8]) -> bool {
    let key = hmac::Key::new(hmac::HMAC_SHA256, cookie.as_bytes());
    let mut message = role.to_vec();
    message.extend_from_slice(transcript);
    hmac::verify(&key, &message, tag).is_ok()
}

fn exporter(conn: &rustls::Connection) -> Result<[u8; 32], Refused> {
    let mut out = [0u8; 32];
    conn.export_keying_material(&mut out, b"mesh-dist-cookie-proof", None)
        .map_err(|e| Refused::Io(e.to_string()))?;
    Ok(out)
}

/// Dials the other side of `stream` as node `me` with `cookie`.
pub fn dial(
    mut stream: TcpStream,
    configs: &TlsConfigs,
    me: &str,
    cookie: &str,
    creation: u32,
) -> Result<Established, Refused> {
    stream
        .set_read_timeout(Some(HANDSHAKE_TIMEOUT))
        .map_err(io)?;
    let name = ServerName::try_from("mesh-node").map_err(|e| Refused::Io(e.to_string()))?;
    let client = rustls::ClientConnection::new(configs.client.clone(), name)
        .map_err(|e| Refused::Io(e.to_string()))?;
    let mut conn = rustls::Connection::Client(client);
    let dialer_nonce = nonce()?;
    let mut hello = vec![HELLO, PROTOCOL];
    push_str(&mut hello, me);
    hello.extend_from_slice(&dialer_nonce);
    hello.extend_from_slice(&creation.to_be_bytes());
    let mut tls = Tls {
        conn: &mut conn,
        stream: &mut stream,
    };
    write_frame(&mut tls, &hello).map_err(io)?;
    let challenge = read_frame(&mut tls, MAX_HANDSHAKE_FRAME).map_err(io)?;
    let mut r = Reader::new(&challenge);
    if r.u8() != Some(CHALLENGE) {
        return Err(Refused::Denied("expected a challenge".into()));
    }
    let (Some(peer), Some(acceptor_nonce), Some(peer_creation)) = (r.str(), r.bytes(32), r.u32())
    else {
        return Err(Refused::Denied("malformed challenge".into()));
    };
    let peer = peer.to_string();
    let acceptor_nonce = acceptor_nonce.to_vec();
    let exported = exporter(&conn)?;
    let t = transcript(&exported, me, &peer, &dialer_nonce, &acceptor_nonce);
    let mut answer = vec![PROOF];
    answer.extend_from_slice(proof(cookie, b"mesh/1 dialer", &t).as_ref());
    let mut tls = Tls {
        conn: &mut conn,
        stream: &mut stream,
    };
    write_frame(&mut tls, &answer).map_err(io)?;
    let welcome = read_frame(&mut tls, MAX_HANDSHAKE_FRAME)
        .map_err(|_| Refused::Denied("the handshake was refused (wrong cookie?)".into()))?;
    let mut r = Reader::new(&welcome);
    let ok = r.u8() == Some(WELCOME)
        && r.bytes(32)
            .is_some_and(|tag| verify(cookie, b"mesh/1 acceptor", &t, tag));
    if !ok {
        return Err(Refused::Denied(
            "the other node's cookie proof is wrong".into(),
        ));
    }
    Ok(Established {
        tls: conn,
        stream,
        peer,
        creation: peer_creation,
    })
}

/// Accepts the dialer on `stream` as node `me` with `cookie`.
pub fn accept(
    mut stream: TcpStream,
    configs: &TlsConfigs,
    me: &str,
    cookie: &str,
    creation: u32,
) -> Result<Established, Refused> {
    stream
        .set_read_timeout(Some(HANDSHAKE_TIMEOUT))
        .map_err(io)?;
    let server = rustls::ServerConnection::new(configs.server.clone())
        .map_err(|e| Refused::Io(e.to_string()))?;
    let mut conn = rustls::Connection::Server(server);
    let mut tls = Tls {
        conn: &mut conn,
        stream: &mut stream,
    };
    let hello = read_frame(&mut tls, MAX_HANDSHAKE_FRAME).map_err(io)?;
    let mut r = Reader::new(&hello);
    if r.u8() != Some(HELLO) || r.u8() != Some(PROTOCOL) {
        return Err(Refused::Denied("expected a hello of protocol 1".into()));
    }
    let (Some(peer), Some(dialer_nonce), Some(peer_creation)) = (r.str(), r.bytes(32), r.u32())
    else {
        return Err(Refused::Denied("malformed hello".into()));
    };
    let (peer, dialer_nonce) = (peer.to_string(), dialer_nonce.to_vec());
    if super::names::NodeName::parse(&peer).is_none() {
        return Err(Refused::Denied(format!("malformed node name {peer:?}")));
    }
    let acceptor_nonce = nonce()?;
    let mut challenge = vec![CHALLENGE];
    push_str(&mut challenge, me);
    challenge.extend_from_slice(&acceptor_nonce);
    challenge.extend_from_slice(&creation.to_be_bytes());
    write_frame(&mut tls, &challenge).map_err(io)?;
    let answer = read_frame(&mut tls, MAX_HANDSHAKE_FRAME).map_err(io)?;
    let exported = exporter(&conn)?;
    let t = transcript(&exported, &peer, me, &dialer_nonce, &acceptor_nonce);
    let mut r = Reader::new(&answer);
    let ok = r.u8() == Some(PROOF)
        && r.bytes(32)
            .is_some_and(|tag| verify(cookie, b"mesh/1 dialer", &t, tag));
    if !ok {
        return Err(Refused::Denied(format!(
            "node {peer} failed the cookie proof"
        )));
    }
    let mut welcome = vec![WELCOME];
    welcome.extend_from_slice(proof(cookie, b"mesh/1 acceptor", &t).as_ref());
    let mut tls = Tls {
        conn: &mut conn,
        stream: &mut stream,
    };
    write_frame(&mut tls, &welcome).map_err(io)?;
    Ok(Established {
        tls: conn,
        stream,
        peer,
        creation: peer_creation,
    })
}

/// Appends a string with a 16-bit length.
pub fn push_str(out: &mut Vec<u8>, s: &str) {
    let bytes = &s.as_bytes()[..s.len().min(u16::MAX as usize)];
    out.extend_from_slice(&(bytes.len() as u16).to_be_bytes());
    out.extend_from_slice(bytes);
}
