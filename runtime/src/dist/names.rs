//! Node names (STDLIB.md §5.17): `name@host[:port]`, the port defaulting to 9000. Names are
//! compared and sorted by their canonical form, with the port explicit.

/// The distribution port of a name without one.
pub const DEFAULT_PORT: u16 = 9000;

/// A parsed node name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeName {
    /// The part before `@`.
    pub name: String,
    /// The host as written (an IPv6 address keeps its brackets).
    pub host: String,
    pub port: u16,
}

impl NodeName {
    /// Parses `text`; `None` if it is malformed.
    pub fn parse(text: &str) -> Option<NodeName> {
        let (name, address) = text.split_once('@')?;
        let name_ok = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !name_ok {
            return None;
        }
        let (host, port) = if let Some(rest) = address.strip_prefix('[') {
            let (inside, after) = rest.split_once(']')?;
            if inside.is_empty() || inside.parse::<std::net::Ipv6Addr>().is_err() {
                return None;
            }
            let port = match after {
                "" => DEFAULT_PORT,
                _ => after.strip_prefix(':')?.parse().ok()?,
            };
            (format!("[{inside}]"), port)
        } else {
            let (host, port) = match address.rsplit_once(':') {
                Some((host, port)) => (host, port.parse().ok()?),
                None => (address, DEFAULT_PORT),
            };
            let host_ok = !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_');
            if !host_ok {
                return None;
            }
            (host.to_string(), port)
        };
        if port == 0 {
            return None;
        }
        Some(NodeName {
            name: name.to_string(),
            host,
            port,
        })
    }

    /// `name@host:port`, the form names are compared and sorted by.
    pub fn canonical(&self) -> String {
        format!("{}@{}:{}", self.name, self.host, self.port)
    }

    /// `host:port`, for binding and dialing.
    pub fn address(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// The canonical form of node name `text`, or `text` itself if it is malformed.
pub fn canonical(text: &str) -> String {
    NodeName::parse(text).map_or_else(|| text.to_string(), |n| n.canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_canonicalises() {
        let n = NodeName::parse("app@localhost").expect("valid");
        assert_eq!(n.canonical(), "app@localhost:9000");
        assert_eq!(canonical("a-1_b@10.0.0.1:7000"), "a-1_b@10.0.0.1:7000");
        assert_eq!(canonical("x@[::1]:9100"), "x@[::1]:9100");
        assert_eq!(canonical("x@[::1]"), "x@[::1]:9000");
        for bad in [
            "", "app", "@host", "a b@h", "a@", "a@h:0", "a@h:x", "a@[zz]", "a@h/x:1",
        ] {
            assert_eq!(NodeName::parse(bad), None, "{bad:?}");
        }
    }
}
