//! The two keys that protect citizens' personal data, kept outside the database.
//!
//! - the *sealing key* encrypts the codice fiscale, names and contact details
//!   (AES-256-GCM), which are needed in clear only to build the national upload file;
//! - the *lookup key* turns a codice fiscale into the HMAC-SHA256 by which a citizen is
//!   found again. A plain hash of a codice fiscale could be reversed by enumerating the
//!   possible codes; a keyed one cannot without the key.
//!
//! They come from `PONTE_SEALING_KEY` and `PONTE_LOOKUP_KEY` (64 hex digits each) or
//! from `ponte.keys` in the data dir, created at first start with mode 0600.
//!
//! The database keeps a fingerprint of the keys it was written with ([`for_store`]):
//! started with other keys, or without its key file, Ponte would find no one again and
//! register known citizens as new ones, so it refuses to start instead.

use std::io::Write;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use ponte_domain::codice_fiscale::CodiceFiscale;
use sha2::{Digest, Sha256};

pub const KEYS_FILE: &str = "ponte.keys";

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("cannot read or create the key file {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} must be 64 hexadecimal digits")]
    Malformed(String),
    #[error("the system's random source failed: {0}")]
    Random(String),
    #[error("a sealed record does not open with this key (was the key file replaced?)")]
    Unseal,
    #[error("{set} is set but {unset} is not: set both, or neither to use the key file")]
    HalfSet {
        set: &'static str,
        unset: &'static str,
    },
    #[error(
        "these keys are not the ones the database was written with: put back the {KEYS_FILE} \
         (or PONTE_SEALING_KEY and PONTE_LOOKUP_KEY, which win over the file when set) that \
         belongs with this ponte.redb"
    )]
    Mismatch,
    #[error(
        "{0} is missing, and the database holds records only its keys can read: restore \
         the key file from its backup (Ponte will not make new keys over them)"
    )]
    Missing(PathBuf),
    #[error(
        "the keys come from PONTE_SEALING_KEY and PONTE_LOOKUP_KEY: rotate them where they \
         are set, not here"
    )]
    FromEnvironment,
    #[error("cannot read or keep the keys' fingerprint in the database: {0}")]
    Store(#[from] crate::store::StoreError),
}

pub struct Secrets {
    sealing: std::sync::RwLock<Sealing>,
    lookup: [u8; 32],
    /// The key file they came from; `None` from the environment (which Ponte cannot
    /// rewrite, so it cannot rotate them).
    file: Option<PathBuf>,
}

/// The sealing key, and during a rotation the one before it, still opening what has
/// not been sealed again yet.
struct Sealing {
    key: [u8; 32],
    cipher: Aes256Gcm,
    previous: Option<([u8; 32], Aes256Gcm)>,
}

fn fingerprint_of(sealing: &[u8; 32], lookup: &[u8; 32]) -> u64 {
    let mut hash = Sha256::new();
    hash.update(b"ponte-keys-fingerprint-v1");
    hash.update(sealing);
    hash.update(lookup);
    let digest = hash.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first)
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], SecretsError> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|e| SecretsError::Random(e.to_string()))?;
    Ok(buf)
}

impl Secrets {
    pub fn from_keys(sealing: [u8; 32], lookup: [u8; 32]) -> Secrets {
        Secrets {
            sealing: std::sync::RwLock::new(Sealing {
                key: sealing,
                cipher: Aes256Gcm::new(&sealing.into()),
                previous: None,
            }),
            lookup,
            file: None,
        }
    }

    fn sealing(&self) -> std::sync::RwLockReadGuard<'_, Sealing> {
        self.sealing.read().unwrap_or_else(|e| e.into_inner())
    }

    /// 64 bits of a hash of both keys: tells one pair from another, reveals nothing of
    /// either.
    pub fn fingerprint(&self) -> u64 {
        fingerprint_of(&self.sealing().key, &self.lookup)
    }

    /// The fingerprint of the keys before an unfinished rotation, if one is under way.
    pub fn previous_fingerprint(&self) -> Option<u64> {
        self.sealing()
            .previous
            .as_ref()
            .map(|(key, _)| fingerprint_of(key, &self.lookup))
    }

    /// Starts a rotation: a new sealing key seals from now on, the old one still opens,
    /// and the key file says both (written whole, then renamed over the old one), so a
    /// crash in the middle loses neither. Resumes one already under way.
    pub fn begin_rotation(&self) -> Result<(), SecretsError> {
        let Some(path) = &self.file else {
            return Err(SecretsError::FromEnvironment);
        };
        let mut sealing = self.sealing.write().unwrap_or_else(|e| e.into_inner());
        if sealing.previous.is_some() {
            return Ok(());
        }
        let new: [u8; 32] = random_bytes()?;
        write_key_file(path, &new, &self.lookup, Some(&sealing.key))?;
        let old = std::mem::replace(
            &mut *sealing,
            Sealing {
                key: new,
                cipher: Aes256Gcm::new(&new.into()),
                previous: None,
            },
        );
        sealing.previous = Some((old.key, old.cipher));
        Ok(())
    }

    /// Ends a rotation once everything is sealed again: the old key is dropped, from
    /// memory and from the key file.
    pub fn end_rotation(&self) -> Result<(), SecretsError> {
        let Some(path) = &self.file else {
            return Err(SecretsError::FromEnvironment);
        };
        let mut sealing = self.sealing.write().unwrap_or_else(|e| e.into_inner());
        write_key_file(path, &sealing.key, &self.lookup, None)?;
        sealing.previous = None;
        Ok(())
    }

    /// `sealed` sealed again under the current key if it was sealed under the previous
    /// one; `None` if it needs nothing.
    pub fn reseal(&self, sealed: &[u8]) -> Result<Option<Vec<u8>>, SecretsError> {
        let sealing = self.sealing();
        if sealed.len() < 12 + 16 || try_open(&sealing.cipher, sealed).is_ok() {
            return Ok(None);
        }
        let Some((_, previous)) = &sealing.previous else {
            return Err(SecretsError::Unseal);
        };
        let plain = try_open(previous, sealed)?;
        drop(sealing);
        self.seal(&plain).map(Some)
    }

    /// Keys from the environment if both are set, else from the data dir's key file,
    /// which is created on first use. Without a database to check them against: for
    /// tests and tools that hold no citizens; `ponte serve` uses [`for_store`].
    pub fn load_or_create(data_dir: &Path) -> Result<Secrets, SecretsError> {
        match Self::load(data_dir)? {
            Some(secrets) => Ok(secrets),
            None => Self::create(data_dir),
        }
    }

    /// The keys from the environment or the key file; `None` if there are none.
    fn load(data_dir: &Path) -> Result<Option<Secrets>, SecretsError> {
        match (
            std::env::var("PONTE_SEALING_KEY").ok(),
            std::env::var("PONTE_LOOKUP_KEY").ok(),
        ) {
            (Some(s), Some(l)) => {
                return Ok(Some(Secrets::from_keys(
                    parse_key("PONTE_SEALING_KEY", &s)?,
                    parse_key("PONTE_LOOKUP_KEY", &l)?,
                )));
            }
            (Some(_), None) => {
                return Err(SecretsError::HalfSet {
                    set: "PONTE_SEALING_KEY",
                    unset: "PONTE_LOOKUP_KEY",
                });
            }
            (None, Some(_)) => {
                return Err(SecretsError::HalfSet {
                    set: "PONTE_LOOKUP_KEY",
                    unset: "PONTE_SEALING_KEY",
                });
            }
            (None, None) => {}
        }
        let path = data_dir.join(KEYS_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(SecretsError::File { path, source }),
        };
        #[cfg(unix)]
        if let Ok(meta) = std::fs::metadata(&path) {
            use std::os::unix::fs::PermissionsExt;
            if meta.permissions().mode() & 0o077 != 0 {
                log::warn!(
                    "{} can be read by other users of this machine: chmod 600 it",
                    path.display()
                );
            }
        }
        let mut sealing = None;
        let mut lookup = None;
        let mut previous = None;
        for line in text.lines() {
            match line.split_once('=') {
                Some(("sealing", v)) => sealing = Some(parse_key("sealing key", v)?),
                Some(("lookup", v)) => lookup = Some(parse_key("lookup key", v)?),
                Some(("previous", v)) => previous = Some(parse_key("previous key", v)?),
                _ => {}
            }
        }
        match (sealing, lookup) {
            (Some(s), Some(l)) => {
                let mut secrets = Secrets::from_keys(s, l);
                secrets.file = Some(path);
                if let Some(p) = previous {
                    log::warn!(
                        "a key rotation did not finish: run `ponte keys rotate` again to \
                         seal the rest under the new key"
                    );
                    secrets
                        .sealing
                        .get_mut()
                        .unwrap_or_else(|e| e.into_inner())
                        .previous = Some((p, Aes256Gcm::new(&p.into())));
                }
                Ok(Some(secrets))
            }
            _ => Err(SecretsError::Malformed(format!(
                "{}: each key",
                path.display()
            ))),
        }
    }

    /// New keys, written to a new key file (mode 0600, never over an existing one).
    fn create(data_dir: &Path) -> Result<Secrets, SecretsError> {
        let path = data_dir.join(KEYS_FILE);
        let file_err = |source| SecretsError::File {
            path: path.clone(),
            source,
        };
        let sealing: [u8; 32] = random_bytes()?;
        let lookup: [u8; 32] = random_bytes()?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(file_err)?;
        file.write_all(key_file_text(&sealing, &lookup, None).as_bytes())
            .and_then(|_| file.sync_all())
            .map_err(file_err)?;
        let mut secrets = Secrets::from_keys(sealing, lookup);
        secrets.file = Some(path);
        Ok(secrets)
    }

    /// The key a citizen is found by.
    pub fn lookup_hash(&self, cf: &CodiceFiscale) -> [u8; 32] {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(cf.as_str().as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The token an event's poster carries: an HMAC of the event and its window under
    /// the lookup key (with its own prefix, so it can never equal a citizen's key). 128
    /// bits, hex.
    pub fn event_token(&self, event: u64, starts_at: i64, ends_at: i64) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.lookup).expect("HMAC takes any key length");
        mac.update(format!("ponte-event-v1:{event}:{starts_at}:{ends_at}").as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// Whether `token` is this event's, compared in constant time.
    pub fn event_token_matches(
        &self,
        event: u64,
        starts_at: i64,
        ends_at: i64,
        token: &str,
    ) -> bool {
        let want = self.event_token(event, starts_at, ends_at);
        want.len() == token.len()
            && want
                .bytes()
                .zip(token.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// Encrypts with a fresh random nonce; the result is `nonce || ciphertext+tag`.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, SecretsError> {
        let nonce: [u8; 12] = random_bytes()?;
        let ciphertext = self
            .sealing()
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plaintext)
            .map_err(|_| SecretsError::Unseal)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        Ok(out)
    }

    /// Opens what the current key sealed, or during a rotation the previous one.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, SecretsError> {
        let sealing = self.sealing();
        try_open(&sealing.cipher, sealed).or_else(|e| match &sealing.previous {
            Some((_, previous)) => try_open(previous, sealed),
            None => Err(e),
        })
    }
}

/// Rotates the sealing key while serving: a new key seals from now on (the key file
/// holds both meanwhile), everything the old one sealed is sealed again a batch at a
/// time, then the old key is dropped from memory and from the file and stops working.
/// The lookup key stays: it finds citizens and signs the event posters already printed.
/// Run again, it finishes a rotation a crash interrupted.
pub fn rotate(
    store: &crate::store::Store,
    secrets: &Secrets,
) -> Result<crate::store::Resealed, SecretsError> {
    secrets.begin_rotation()?;
    store.set_key_fingerprint(secrets.fingerprint())?;
    let done = store.reseal(secrets)?;
    secrets.end_rotation()?;
    Ok(done)
}

/// The keys that belong with `store`, checked against the fingerprint it keeps:
///
/// - keys whose fingerprint differs from the database's: refused;
/// - no keys while the database holds records only its keys can read: refused (new
///   keys would find no one again);
/// - otherwise the keys are loaded, or made on a first start, and their fingerprint
///   kept.
pub fn for_store(store: &crate::store::Store, data_dir: &Path) -> Result<Secrets, SecretsError> {
    let kept = store.key_fingerprint()?;
    let secrets = match Secrets::load(data_dir)? {
        Some(secrets) => {
            // During a rotation the database may still say the key before.
            if kept.is_some_and(|f| {
                f != secrets.fingerprint() && Some(f) != secrets.previous_fingerprint()
            }) {
                return Err(SecretsError::Mismatch);
            }
            // A database from before fingerprints: the keys must open what it holds
            // before theirs is kept, or stale keys would be recorded as the right ones.
            if kept.is_none()
                && let Some(sealed) = store.some_sealed()?
                && secrets.open(&sealed).is_err()
            {
                return Err(SecretsError::Mismatch);
            }
            secrets
        }
        None => {
            if store.holds_keyed_records()? {
                return Err(SecretsError::Missing(data_dir.join(KEYS_FILE)));
            }
            Secrets::create(data_dir)?
        }
    };
    if kept != Some(secrets.fingerprint()) {
        store.set_key_fingerprint(secrets.fingerprint())?;
    }
    Ok(secrets)
}

/// SHA-256, for values that are random enough not to need a key (pass tokens, request
/// bodies carrying a random submission id).
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

fn try_open(cipher: &Aes256Gcm, sealed: &[u8]) -> Result<Vec<u8>, SecretsError> {
    if sealed.len() < 12 + 16 {
        return Err(SecretsError::Unseal);
    }
    let (nonce, ciphertext) = sealed.split_at(12);
    cipher
        .decrypt(Nonce::from_slice(nonce), ciphertext)
        .map_err(|_| SecretsError::Unseal)
}

fn key_file_text(sealing: &[u8; 32], lookup: &[u8; 32], previous: Option<&[u8; 32]>) -> String {
    let mut text = format!(
        "# Ponte's keys. Keep a copy somewhere safe: without them the personal data\n\
         # in ponte.redb cannot be read and citizens cannot be found again.\n\
         sealing={}\nlookup={}\n",
        hex::encode(sealing),
        hex::encode(lookup)
    );
    if let Some(p) = previous {
        text.push_str(&format!(
            "# A rotation is under way: the key before, until all is sealed again.\nprevious={}\n",
            hex::encode(p)
        ));
    }
    text
}

/// Writes the key file whole beside the old one, synced, then renamed over it: a crash
/// leaves one or the other, never half.
fn write_key_file(
    path: &Path,
    sealing: &[u8; 32],
    lookup: &[u8; 32],
    previous: Option<&[u8; 32]>,
) -> Result<(), SecretsError> {
    let file_err = |source| SecretsError::File {
        path: path.to_owned(),
        source,
    };
    let partial = path.with_extension("keys.partial");
    let _ = std::fs::remove_file(&partial);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&partial).map_err(file_err)?;
    file.write_all(key_file_text(sealing, lookup, previous).as_bytes())
        .and_then(|_| file.sync_all())
        .map_err(file_err)?;
    std::fs::rename(&partial, path).map_err(file_err)
}

fn parse_key(name: &str, hex_text: &str) -> Result<[u8; 32], SecretsError> {
    let bytes = hex::decode(hex_text.trim()).map_err(|_| SecretsError::Malformed(name.into()))?;
    bytes
        .try_into()
        .map_err(|_| SecretsError::Malformed(name.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_private_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let a = Secrets::load_or_create(dir.path()).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEYS_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let b = Secrets::load_or_create(dir.path()).unwrap();
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert_eq!(a.lookup_hash(&cf), b.lookup_hash(&cf));
        let sealed = a.seal(b"Mario Rossi").unwrap();
        assert_eq!(b.open(&sealed).unwrap(), b"Mario Rossi");
        assert!(!sealed.windows(5).any(|w| w == b"Mario"));
    }

    #[test]
    fn another_key_cannot_open_or_match() {
        let a = Secrets::from_keys([1; 32], [2; 32]);
        let b = Secrets::from_keys([3; 32], [4; 32]);
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert_ne!(a.lookup_hash(&cf), b.lookup_hash(&cf));
        assert!(b.open(&a.seal(b"x").unwrap()).is_err());
        assert!(a.open(b"short").is_err());
    }
}
