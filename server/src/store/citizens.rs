//! Citizens and their passes.

use ponte_domain::api::CitizenSummary;
use ponte_domain::clock::UnixSeconds;
use ponte_domain::codice_fiscale::Sex;
use ponte_domain::pass::PassToken;
use ponte_domain::registration::{Channel, PrivacyAck, Registration};
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableMultimapTable, ReadableTable};
use serde::{Deserialize, Serialize};

use super::submissions::{Accepted, Checked, Refused, Registered};
use super::tables::{CITIZENS, PASSES};
use super::{Result, StoreError, Tables};
use crate::secrets::{Secrets, random_bytes, sha256};

/// What is kept of a citizen. Only what reports need is in clear; the codice fiscale,
/// names and contact details are sealed, to be opened only for the national file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CitizenRecord {
    pub sex: Sex,
    /// Age band on the (latest) registration day; reports recompute it per service date.
    pub age_band: u8,
    pub education: String,
    pub employment: String,
    pub citizenship: String,
    /// Sigla of the province of domicile.
    pub domicile: String,
    /// The notice acknowledged at the first sign-up: its programme's, this version.
    #[serde(default)]
    pub privacy_programme: String,
    pub privacy_version: String,
    pub privacy_channel: Channel,
    pub privacy_at: UnixSeconds,
    /// Notices acknowledged later (a new version, another programme's), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privacy_acks: Vec<PrivacyAckRecord>,
    pub contact_consent: bool,
    pub registered_at: UnixSeconds,
    pub registered_centre: String,
    /// false for citizens registered without a codice fiscale: counted locally, left out
    /// of the national file.
    #[serde(default = "exportable_default")]
    pub exportable: bool,
    /// `Personal` as JSON, sealed with the sealing key, hex.
    pub sealed: String,
    /// `Birth` as JSON, sealed apart from the names so that a check-in, which needs the
    /// age on its day, opens nothing else. Empty in records from before it existed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sealed_birth: String,
    /// When the citizen's personal data was erased at their request: the sealed fields
    /// are empty, the lookup key and the passes gone; what was counted stays counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erased_at: Option<UnixSeconds>,
    /// When the programme's retention deleted the names, contacts and the codice
    /// fiscale itself (the birth stays sealed, the lookup key in `kept_lookup_key`, so
    /// a later visit is still one person's of the right age).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names_purged_at: Option<UnixSeconds>,
    /// The lookup key (hex) of a citizen whose codice fiscale the retention deleted:
    /// what finds them again and what an erasure removes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_lookup_key: Option<String>,
    /// When a facilitator gave the names back, signing them up again at the desk: the
    /// retention's months run again from then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names_restored_at: Option<UnixSeconds>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PrivacyAckRecord {
    /// Whose notice: each programme (region) has its own.
    #[serde(default)]
    pub programme: String,
    pub version: String,
    pub channel: Channel,
    pub at: UnixSeconds,
}

/// What the age at a visit is computed from.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Birth {
    /// Exact, from the codice fiscale.
    pub date: Option<Date>,
    /// Without a codice fiscale only the year is known.
    pub year: u16,
}

impl Birth {
    /// Age on `day`: exact with a birth date, else the younger of the two possible.
    pub fn age_on(&self, day: Date) -> u16 {
        match self.date {
            Some(d) => ponte_domain::codice_fiscale::age_on(d, day),
            None => day.year().saturating_sub(self.year).saturating_sub(1),
        }
    }
}

impl CitizenRecord {
    /// Records that the citizen was shown `programme`'s notice `ack` at `at` (the
    /// server's time); false if it was recorded before.
    pub fn acknowledge(&mut self, programme: &str, ack: &PrivacyAck, at: UnixSeconds) -> bool {
        let seen = std::iter::once((
            self.privacy_programme.as_str(),
            self.privacy_version.as_str(),
        ))
        .chain(
            self.privacy_acks
                .iter()
                .map(|a| (a.programme.as_str(), a.version.as_str())),
        )
        .any(|(p, v)| p == programme && v == ack.version);
        if !seen {
            self.privacy_acks.push(PrivacyAckRecord {
                programme: programme.to_owned(),
                version: ack.version.clone(),
                channel: ack.channel,
                at,
            });
        }
        !seen
    }

    /// The citizen's birth, opened from its own sealed field.
    pub fn birth(&self, secrets: &Secrets) -> Result<Option<Birth>> {
        if self.sealed_birth.is_empty() {
            return Ok(None);
        }
        let raw = unhex(&self.sealed_birth)
            .map_err(|e| StoreError::Sealed(format!("birth field: {e}")))?;
        let open = secrets
            .open(&raw)
            .map_err(|e| StoreError::Sealed(e.to_string()))?;
        Ok(Some(serde_json::from_slice(&open)?))
    }
}

pub(super) fn exportable_default() -> bool {
    true
}

/// Who a citizen is, as only the national file needs it: opened for the export and
/// nowhere else.
pub struct Identity {
    pub codice_fiscale: Option<String>,
    pub first_name: String,
    pub last_name: String,
}

impl CitizenRecord {
    pub fn identity(&self, secrets: &Secrets) -> Result<Identity> {
        let p = self
            .personal(secrets)?
            .ok_or_else(|| StoreError::Sealed("this citizen's personal data was erased".into()))?;
        Ok(Identity {
            codice_fiscale: p.codice_fiscale,
            first_name: p.first_name,
            last_name: p.last_name,
        })
    }
}

/// A sealed field's bytes. `hex::decode` goes through an iterator per byte pair; this
/// is a plain loop, and the national file opens one sealed field per row (a million a
/// month at national size).
fn unhex(text: &str) -> std::result::Result<Vec<u8>, hex::FromHexError> {
    let mut bytes = vec![0; text.len() / 2];
    hex::decode_to_slice(text, &mut bytes)?;
    Ok(bytes)
}

/// The sealed part.
#[derive(Serialize, Deserialize)]
pub struct Personal {
    pub codice_fiscale: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<Date>,
    pub birth_year: u16,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl CitizenRecord {
    /// Gives back the codice fiscale and names the retention deleted, from a sign-up
    /// at the desk with the same code: nothing is overwritten (there was nothing left),
    /// and the citizen can again be in the national file. Contacts are not taken back:
    /// they need the citizen's own consent again. False if nothing was purged.
    fn restore_names(
        &mut self,
        secrets: &Secrets,
        reg: &Registration,
        now: UnixSeconds,
    ) -> Result<bool> {
        if self.names_purged_at.is_none() || self.erased_at.is_some() {
            return Ok(false);
        }
        let Some(mut personal) = self.personal(secrets)? else {
            return Ok(false);
        };
        personal.codice_fiscale = reg.codice_fiscale.as_ref().map(|cf| cf.as_str().to_owned());
        personal.first_name.clone_from(&reg.first_name);
        personal.last_name.clone_from(&reg.last_name);
        self.seal_personal(secrets, &personal)?;
        self.names_purged_at = None;
        self.kept_lookup_key = None;
        self.names_restored_at = Some(now);
        Ok(true)
    }

    /// Seals `personal` in place of what was sealed.
    pub(super) fn seal_personal(&mut self, secrets: &Secrets, personal: &Personal) -> Result<()> {
        let sealed = secrets
            .seal(&serde_json::to_vec(personal)?)
            .map_err(|e| StoreError::Sealed(e.to_string()))?;
        self.sealed = hex::encode(sealed);
        Ok(())
    }

    /// The key the citizen is found by (an HMAC of their codice fiscale); `None` without
    /// a code, or once erased.
    pub fn lookup_key(&self, secrets: &Secrets) -> Result<Option<[u8; 32]>> {
        if self.erased_at.is_some() {
            return Ok(None);
        }
        if let Some(kept) = &self.kept_lookup_key {
            return Ok(hex::decode(kept).ok().and_then(|k| k.try_into().ok()));
        }
        Ok(self
            .personal(secrets)?
            .and_then(|p| p.codice_fiscale)
            .and_then(|cf| ponte_domain::codice_fiscale::CodiceFiscale::parse(&cf).ok())
            .map(|cf| secrets.lookup_hash(&cf)))
    }

    /// Everything sealed, opened: only for the citizen's own copy of their data.
    pub fn personal(&self, secrets: &Secrets) -> Result<Option<Personal>> {
        if self.sealed.is_empty() {
            return Ok(None);
        }
        let raw = unhex(&self.sealed).map_err(|e| StoreError::Sealed(e.to_string()))?;
        let open = secrets
            .open(&raw)
            .map_err(|e| StoreError::Sealed(e.to_string()))?;
        Ok(Some(serde_json::from_slice(&open)?))
    }
}

/// Registers a citizen, or finds one registered before, and issues a fresh pass, all
/// in `tx`.
///
/// A citizen found again is never changed from here: a phone or kiosk that knows
/// someone's codice fiscale and names must not be able to overwrite what they gave
/// (changes go through staff). Only a newer privacy notice they were shown is recorded,
/// and, when `desk` (the facilitator's e-mail) signs up someone whose names the
/// retention deleted, those names. The reply is the same either way.
pub fn register(
    t: &mut Tables<'_>,
    secrets: &Secrets,
    reg: &Registration,
    centre: &CentreCode,
    programme: &ProgrammeId,
    desk: Option<&str>,
    now: UnixSeconds,
) -> Result<Accepted> {
    let sealed_err = |e: crate::secrets::SecretsError| StoreError::Sealed(e.to_string());
    // Without a codice fiscale nobody can be found again: always a new citizen.
    let lookup = reg
        .codice_fiscale
        .as_ref()
        .map(|cf| secrets.lookup_hash(cf));
    let existing = match &lookup {
        Some(l) => t.citizen_by_lookup.get(l.as_slice())?.map(|v| v.value()),
        None => None,
    };
    let id = match existing {
        Some(id) => {
            let old: Option<CitizenRecord> = match t.citizens.get(id)? {
                Some(v) => Some(serde_json::from_slice(v.value())?),
                None => None,
            };
            if let Some(mut old) = old {
                let acknowledged = old.acknowledge(programme.as_str(), &reg.privacy, now);
                // Only a facilitator of a programme the citizen came in, with the person
                // in front of them, gives back names the retention deleted; never a phone.
                let signed_up_here = CentreCode::parse(&old.registered_centre)
                    .ok()
                    .and_then(|c| t.reference.centre(&c).map(|c| c.programme == *programme))
                    .unwrap_or(false);
                let restored = match desk {
                    Some(staff)
                        if signed_up_here
                            || t.citizen_in_programme
                                .get((id, programme.as_str()))?
                                .is_some() =>
                    {
                        let restored = old.restore_names(secrets, reg, now)?;
                        if restored {
                            let act = super::rights::RightsAct {
                                at: now,
                                staff: staff.to_owned(),
                                act: "restore".to_owned(),
                                citizen: Some(id),
                                lookup_key: lookup.map(hex::encode),
                                programme: Some(programme.as_str().to_owned()),
                            };
                            super::rights::append(&mut t.rights_log, &act)?;
                        }
                        restored
                    }
                    _ => false,
                };
                if acknowledged || restored {
                    t.citizens
                        .insert(id, serde_json::to_vec(&old)?.as_slice())?;
                }
                if restored {
                    // Their services can be rows of the national file again.
                    t.national
                        .recount_citizen(id, &t.services, &t.visits, &t.citizens)?;
                }
            }
            id
        }
        None => {
            let id = t.next_id("citizen")?;
            let personal = Personal {
                codice_fiscale: reg.codice_fiscale.as_ref().map(|cf| cf.as_str().to_owned()),
                first_name: reg.first_name.clone(),
                last_name: reg.last_name.clone(),
                birth_date: reg.birth_date,
                birth_year: reg.birth_year,
                email: reg.contact.as_ref().and_then(|c| c.email.clone()),
                phone: reg.contact.as_ref().and_then(|c| c.phone.clone()),
            };
            let sealed = secrets
                .seal(&serde_json::to_vec(&personal)?)
                .map_err(sealed_err)?;
            let birth = Birth {
                date: reg.birth_date,
                year: reg.birth_year,
            };
            let sealed_birth = secrets
                .seal(&serde_json::to_vec(&birth)?)
                .map_err(sealed_err)?;
            let record = CitizenRecord {
                sex: reg.sex,
                age_band: reg.age_band,
                education: reg.education.to_owned(),
                employment: reg.employment.to_owned(),
                citizenship: reg.citizenship.to_owned(),
                domicile: reg.domicile.code.to_owned(),
                privacy_programme: programme.as_str().to_owned(),
                privacy_version: reg.privacy.version.clone(),
                privacy_channel: reg.privacy.channel,
                privacy_at: now,
                privacy_acks: Vec::new(),
                contact_consent: reg.contact.as_ref().is_some_and(|c| c.consent),
                registered_at: now,
                registered_centre: centre.to_string(),
                exportable: reg.codice_fiscale.is_some(),
                sealed: hex::encode(sealed),
                sealed_birth: hex::encode(sealed_birth),
                erased_at: None,
                names_purged_at: None,
                kept_lookup_key: None,
                names_restored_at: None,
            };
            t.citizens
                .insert(id, serde_json::to_vec(&record)?.as_slice())?;
            if let Some(l) = &lookup {
                t.citizen_by_lookup.insert(l.as_slice(), id)?;
            }
            id
        }
    };

    let pass = issue_pass(t, id)?;

    Ok(Accepted::Registered(Registered {
        citizen: CitizenSummary {
            age_band: reg.age_band,
            gender: reg.sex.gender_code().to_owned(),
        },
        pass_code: pass.short_code(),
        pass: pass.as_str().to_owned(),
    }))
}

/// A pass's short code as people type it (any case, with or without the dash,
/// Crockford's look-alikes), written as stored: `ABCD-EFGH`.
pub fn short_code(given: &str) -> Option<String> {
    let symbols: String = given
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect();
    (symbols.len() == 8).then(|| format!("{}-{}", &symbols[..4], &symbols[4..]))
}

/// Issues a fresh pass to citizen `id`.
fn issue_pass(t: &mut Tables<'_>, id: u64) -> Result<PassToken> {
    let pass = PassToken::from_random(
        random_bytes::<17>().map_err(|e| StoreError::Sealed(e.to_string()))?,
    );
    let hash = sha256(pass.as_str().as_bytes());
    t.passes.insert(hash.as_slice(), (id, false))?;
    t.pass_codes
        .insert(pass.short_code().as_str(), hash.as_slice())?;
    Ok(pass)
}

/// A pass replacement's first phase: the lost pass's short code names exactly one
/// pass, of a citizen who signed up at or came to `centre` (a desk replaces only its
/// own citizens' passes). The plan is the old pass's hash and the citizen.
pub fn check_replace_pass(
    t: &Tables<'_>,
    code: &str,
    centre: &CentreCode,
) -> Result<Checked<(Vec<u8>, u64)>> {
    let Some(code) = short_code(code) else {
        return Ok(Err(Refused::UnknownPass));
    };
    let mut hashes = Vec::new();
    for h in t.pass_codes.get(code.as_str())? {
        hashes.push(h?.value().to_vec());
    }
    let [hash] = hashes.as_slice() else {
        return Ok(Err(Refused::UnknownPass));
    };
    let Some((citizen, revoked)) = t.passes.get(hash.as_slice())?.map(|v| v.value()) else {
        return Ok(Err(Refused::UnknownPass));
    };
    // Replaced once already: doing it again from the old code would leave two live
    // passes.
    if revoked {
        return Ok(Err(Refused::RevokedPass));
    }
    let here = t
        .citizen_at_centre
        .get((citizen, centre.as_str()))?
        .is_some_and(|v| v.value() > 0);
    let registered_here = match t.citizens.get(citizen)? {
        Some(v) => {
            serde_json::from_slice::<CitizenRecord>(v.value())?.registered_centre == centre.as_str()
        }
        None => false,
    };
    if !here && !registered_here {
        return Ok(Err(Refused::UnknownPass));
    }
    Ok(Ok((hash.clone(), citizen)))
}

/// Revokes the lost pass and issues the same citizen a new one: still one citizen.
pub fn write_replace_pass(t: &mut Tables<'_>, old: &[u8], citizen: u64) -> Result<Accepted> {
    t.passes.insert(old, (citizen, true))?;
    let pass = issue_pass(t, citizen)?;
    Ok(Accepted::PassReplaced {
        pass_code: pass.short_code(),
        pass: pass.as_str().to_owned(),
    })
}

/// What revoking a pass came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoked {
    Done,
    Already,
    NotFound,
    /// More than one pass has this short code: the whole pass is needed.
    Ambiguous(usize),
}

/// Whom a pass belongs to, if it is known and not revoked.
pub enum PassState {
    Valid(u64),
    Revoked,
    Unknown,
}

pub fn pass_state(t: &Tables<'_>, pass: &PassToken) -> Result<PassState> {
    pass_state_by_hash(t, &sha256(pass.as_str().as_bytes()))
}

/// Whom the pass with this hash belongs to.
pub fn pass_state_by_hash(t: &Tables<'_>, hash: &[u8]) -> Result<PassState> {
    Ok(match t.passes.get(hash)? {
        Some(v) => match v.value() {
            (id, false) => PassState::Valid(id),
            (_, true) => PassState::Revoked,
        },
        None => PassState::Unknown,
    })
}

impl super::Store {
    /// Turns a programme's registration without a codice fiscale on or off; false if
    /// there is no such programme.
    pub fn set_registration_without_codice_fiscale(
        &self,
        id: &ponte_domain::ProgrammeId,
        allowed: bool,
    ) -> Result<bool> {
        Ok(self
            .update_programme(id, |p| p.registration_without_codice_fiscale = allowed)?
            .is_some())
    }

    /// Revokes a pass; true if it existed. Other passes of the citizen keep working.
    pub fn revoke_pass(&self, pass: &PassToken) -> Result<bool> {
        let key = sha256(pass.as_str().as_bytes());
        Ok(!matches!(self.revoke_hash(&key)?, Revoked::NotFound))
    }

    /// Revokes the pass given whole, or by the short code printed under its QR.
    pub fn revoke_pass_by_code(&self, given: &str) -> Result<Revoked> {
        if let Ok(pass) = PassToken::parse(given) {
            return self.revoke_hash(&sha256(pass.as_str().as_bytes()));
        }
        let Some(code) = short_code(given) else {
            return Ok(Revoked::NotFound);
        };
        match self.passes_with_code(&code)?.as_slice() {
            [] => Ok(Revoked::NotFound),
            [one] => self.revoke_hash(one),
            many => Ok(Revoked::Ambiguous(many.len())),
        }
    }

    /// The hashes of every pass with this short code (normally one).
    pub fn passes_with_code(&self, code: &str) -> Result<Vec<Vec<u8>>> {
        use redb::ReadableDatabase;
        let tx = self.db.begin_read()?;
        let codes = tx.open_multimap_table(super::tables::PASS_CODES)?;
        Ok(codes
            .get(code)?
            .map(|v| v.map(|h| h.value().to_vec()))
            .collect::<std::result::Result<_, _>>()?)
    }

    fn revoke_hash(&self, key: &[u8]) -> Result<Revoked> {
        let tx = self.db.begin_write()?;
        let outcome = {
            let mut passes = tx.open_table(PASSES)?;
            let current = passes.get(key)?.map(|v| v.value());
            match current {
                Some((_, true)) => Revoked::Already,
                Some((id, false)) => {
                    passes.insert(key, (id, true))?;
                    Revoked::Done
                }
                None => Revoked::NotFound,
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// The citizen registered with `cf`, if any: for staff and tests, never for an
    /// anonymous caller.
    pub fn find_citizen(
        &self,
        secrets: &Secrets,
        cf: &ponte_domain::codice_fiscale::CodiceFiscale,
    ) -> Result<Option<(u64, CitizenRecord)>> {
        use super::tables::CITIZEN_BY_LOOKUP;
        use redb::ReadableDatabase;
        let tx = self.db.begin_read()?;
        let Some(id) = tx
            .open_table(CITIZEN_BY_LOOKUP)?
            .get(secrets.lookup_hash(cf).as_slice())?
            .map(|v| v.value())
        else {
            return Ok(None);
        };
        let record = match tx.open_table(CITIZENS)?.get(id)? {
            Some(v) => serde_json::from_slice(v.value())?,
            None => return Ok(None),
        };
        Ok(Some((id, record)))
    }

    /// Gives every citizen registered before births were sealed apart their own sealed
    /// birth, opened from their sealed personal data: without it their visits get no
    /// age band and are never checked against a programme's minimum age. Run at start;
    /// how many it filled.
    pub fn backfill_births(&self, secrets: &Secrets) -> Result<usize> {
        let tx = self.db.begin_write()?;
        let mut filled = 0;
        {
            let mut citizens = tx.open_table(CITIZENS)?;
            let missing: Vec<(u64, CitizenRecord)> = citizens
                .iter()?
                .filter_map(|e| e.ok())
                .filter_map(|(k, v)| {
                    let r: CitizenRecord = serde_json::from_slice(v.value()).ok()?;
                    r.sealed_birth.is_empty().then_some((k.value(), r))
                })
                .collect();
            for (id, mut record) in missing {
                let raw = hex::decode(&record.sealed)
                    .map_err(|e| StoreError::Sealed(format!("citizen {id}: {e}")))?;
                let open = secrets
                    .open(&raw)
                    .map_err(|e| StoreError::Sealed(e.to_string()))?;
                let personal: Personal = serde_json::from_slice(&open)?;
                let birth = Birth {
                    date: personal.birth_date,
                    year: personal.birth_year,
                };
                let sealed = secrets
                    .seal(&serde_json::to_vec(&birth)?)
                    .map_err(|e| StoreError::Sealed(e.to_string()))?;
                record.sealed_birth = hex::encode(sealed);
                citizens.insert(id, serde_json::to_vec(&record)?.as_slice())?;
                filled += 1;
            }
        }
        tx.commit()?;
        Ok(filled)
    }

    pub fn citizen_count(&self) -> Result<u64> {
        use redb::{ReadableDatabase, ReadableTableMetadata};
        let tx = self.db.begin_read()?;
        Ok(tx.open_table(CITIZENS)?.len()?)
    }
}
