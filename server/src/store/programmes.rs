use redb::{ReadableTable, WriteTransaction};

use super::Result;
use super::tables::PROGRAMMES;
use crate::seed;

/// Writes the official programme definitions when they are missing. Existing records are
/// left alone: a programme's settings may have been changed since.
pub(super) fn seed_official(tx: &WriteTransaction) -> Result<()> {
    let mut table = tx.open_table(PROGRAMMES)?;
    for p in seed::programmes::official() {
        let stored: Option<ponte_domain::Programme> = match table.get(p.id.as_str())? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        };
        match stored {
            None => {
                table.insert(p.id.as_str(), serde_json::to_vec(&p)?.as_slice())?;
            }
            // A data dir from before privacy notices were per programme gets the
            // official facts; one that has its own keeps them.
            Some(mut old) if !old.privacy.is_complete() => {
                old.privacy = p.privacy;
                table.insert(p.id.as_str(), serde_json::to_vec(&old)?.as_slice())?;
            }
            Some(_) => {}
        }
    }
    Ok(())
}

impl super::Store {
    /// Changes a stored programme with `change`, in one transaction, and refreshes the
    /// in-memory reference; the programme as changed, or `None` if there is none.
    pub(super) fn update_programme(
        &self,
        id: &ponte_domain::ProgrammeId,
        change: impl FnOnce(&mut ponte_domain::Programme),
    ) -> Result<Option<ponte_domain::Programme>> {
        use redb::ReadableTable;
        let tx = self.db.begin_write()?;
        let changed = {
            let mut table = tx.open_table(PROGRAMMES)?;
            let current: Option<ponte_domain::Programme> = match table.get(id.as_str())? {
                Some(v) => Some(serde_json::from_slice(v.value())?),
                None => None,
            };
            match current {
                Some(mut p) => {
                    change(&mut p);
                    table.insert(id.as_str(), serde_json::to_vec(&p)?.as_slice())?;
                    Some(p)
                }
                None => None,
            }
        };
        tx.commit()?;
        self.reload_reference()?;
        Ok(changed)
    }

    /// Sets a programme's facts for its privacy notice (controller, seat, contact, DPO)
    /// and raises its revision, so every citizen is shown the new notice; `None` if
    /// there is no such programme, else the new notice version.
    pub fn set_privacy(
        &self,
        id: &ponte_domain::ProgrammeId,
        settings: ponte_domain::privacy::PrivacySettings,
    ) -> Result<Option<String>> {
        let changed = self.update_programme(id, |p| {
            p.privacy = ponte_domain::privacy::PrivacySettings {
                // The retention is set on its own; new facts of the controller keep it.
                names_retention_months: p.privacy.names_retention_months,
                revision: p.privacy.revision + 1,
                ..settings
            };
        })?;
        Ok(changed.map(|p| p.privacy.notice_version()))
    }

    /// Sets how many months after their latest national file a citizen's names and
    /// contacts are kept (`None`: until the audits end). The notice says it, so this
    /// is a new version of it too; `None` if there is no such programme, else the new
    /// notice version.
    pub fn set_retention(
        &self,
        id: &ponte_domain::ProgrammeId,
        months: Option<u16>,
    ) -> Result<Option<String>> {
        let changed = self.update_programme(id, |p| {
            p.privacy.names_retention_months = months;
            p.privacy.revision += 1;
        })?;
        Ok(changed.map(|p| p.privacy.notice_version()))
    }
}
