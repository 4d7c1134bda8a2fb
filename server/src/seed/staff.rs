//! The demo's staff accounts, made with the demo centres so that the console can be
//! tried at once. Their passwords are made up here and written, once, to
//! `DATA_DIR/demo-accounts.txt` (mode 0600), never to the log.

use std::io::Write;
use std::path::Path;

use ponte_domain::staff::{Email, Role, Scope};
use ponte_domain::{CentreCode, ProgrammeId};

use crate::staff::accounts::{AccountError, create};
use crate::store::Store;

pub const FILE: &str = "demo-accounts.txt";

#[derive(Debug, thiserror::Error)]
pub enum DemoAccountsError {
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error("cannot write {FILE}: {0}")]
    Io(#[from] std::io::Error),
}

/// Makes a facilitator of TOS-001, a coordinator of TOS-001–TOS-003 and the two
/// regions, and writes their passwords beside the database.
pub fn create_demo_accounts(
    store: &Store,
    data_dir: &Path,
    now: i64,
) -> Result<(), DemoAccountsError> {
    let code = |c: &str| CentreCode::parse(c).expect("a demo code");
    let programme = |p: &str| ProgrammeId::parse(p).expect("a demo programme");
    let accounts = [
        (
            "facilitatore@demo.ponte.it",
            Role::Facilitator,
            None,
            vec![code("TOS-001")],
        ),
        (
            "coordinatore@demo.ponte.it",
            Role::Coordinator,
            None,
            vec![code("TOS-001"), code("TOS-002"), code("TOS-003")],
        ),
        (
            "toscana@demo.ponte.it",
            Role::Region,
            Some(programme("toscana")),
            vec![],
        ),
        (
            "lombardia@demo.ponte.it",
            Role::Region,
            Some(programme("lombardia")),
            vec![],
        ),
    ];
    let mut text = String::from(
        "# Ponte demo staff accounts: sign in at /staff. Made once, with the demo centres.\n",
    );
    for (email, role, programme, centres) in accounts {
        let scope = Scope::new(role, programme, centres).map_err(AccountError::from)?;
        let email = Email::parse(email).map_err(AccountError::from)?;
        let (record, password) = create(store, email, scope, None, "demo", now)?;
        text.push_str(&format!(
            "{}\t{}\t{}\n",
            record.email,
            record.scope.role.as_str(),
            password.unwrap_or_default()
        ));
    }
    let path = data_dir.join(FILE);
    let mut file = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&path)?
    };
    file.write_all(text.as_bytes())?;
    Ok(())
}
