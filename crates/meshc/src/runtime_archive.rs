//! The runtime archive embedded into `meshc` at build time, extracted to a
//! cache directory on first use.

use std::path::PathBuf;

static ARCHIVE: &[u8] = include_bytes!(env!("MESH_RUNTIME_ARCHIVE"));

/// The path of the runtime archive on disk, extracting it if needed.
pub fn path() -> Result<PathBuf, String> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    let dir = base.join("mesh").join(format!(
        "{}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        fingerprint()
    ));
    let file = dir.join("libmesh_rt.a");
    if file.is_file()
        && std::fs::metadata(&file).map(|m| m.len()).ok() == Some(ARCHIVE.len() as u64)
    {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let tmp = dir.join(format!("libmesh_rt.a.{}", std::process::id()));
    std::fs::write(&tmp, ARCHIVE).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &file).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    Ok(file)
}

/// FNV-1a over the archive, so different builds never share a cache entry.
fn fingerprint() -> u64 {
    ARCHIVE.iter().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}
