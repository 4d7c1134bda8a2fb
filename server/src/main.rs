//! The `ponte` command. Errors end here as one line on stderr and exit code 1.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use ponte_server::centres_csv;
use ponte_server::ledger::LedgerConfig;
use ponte_server::serve::{ServeOptions, run};
use ponte_server::store::{Revoked, Store};

#[derive(Parser)]
#[command(
    name = "ponte",
    version,
    about = "Ponte: the front door and attendance ledger of digital-facilitation centres"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the app and the JSON API.
    Serve {
        #[arg(long, env = "PONTE_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[command(flatten)]
        data: DataDir,
        /// Where citizens reach this server; QR codes carry it. Default: http://ADDR.
        #[arg(long, env = "PONTE_PUBLIC_URL")]
        public_url: Option<String>,
        /// The built frontend (trunk's output).
        #[arg(long, env = "PONTE_DIST_DIR", default_value = "dist")]
        dist_dir: PathBuf,
        /// Load the demo centres if the database has none yet.
        #[arg(long)]
        demo: bool,
        /// Days each write's reply is kept, so a retry within them is answered with it
        /// and stored once (phones give up sooner).
        #[arg(long, env = "PONTE_KEEP_REPLIES_DAYS", default_value_t = 30,
              value_parser = clap::value_parser!(u16).range(1..=3650))]
        keep_replies_days: u16,
        /// Seconds a client has to send a request's headers; slower ones are closed.
        #[arg(long, env = "PONTE_HEADER_TIMEOUT", default_value_t = 10,
              value_parser = clap::value_parser!(u64).range(1..=300))]
        header_timeout: u64,
        /// Connections served at once (default: nine tenths of the open-file limit,
        /// at most 50,000); more are closed at once.
        #[arg(long, env = "PONTE_MAX_CONNECTIONS",
              value_parser = clap::value_parser!(u64).range(16..=1_000_000))]
        max_connections: Option<u64>,
        /// `off` lifts the per-client limits on sign-ups, check-ins and anonymous
        /// writes: only for load tests run from one address.
        #[arg(long, env = "PONTE_RATE_LIMITS", default_value = "on",
              value_parser = ["on", "off"])]
        rate_limits: String,
        /// MiB of database pages kept in memory. More makes reads of a large database
        /// faster; the default fits a small VM.
        #[arg(long, env = "PONTE_CACHE_MB", default_value_t = ponte_server::store::DEFAULT_CACHE_MB as u64,
              value_parser = clap::value_parser!(u64).range(4..=65_536))]
        cache_mb: u64,
        /// A reverse proxy in front of Ponte (repeat, or comma-separated in the env):
        /// its requests count as the client its X-Forwarded-For names.
        #[arg(
            long = "trusted-proxy",
            env = "PONTE_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxies: Vec<std::net::IpAddr>,
    },
    /// Manage citizens' passes.
    Passes {
        #[command(subcommand)]
        command: PassesCommand,
    },
    /// Import or export the list of centres.
    Centres {
        #[command(subcommand)]
        command: CentresCommand,
    },
    /// Manage staff accounts (admin, region, coordinator, facilitator).
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
    /// Write the files others need: the national platform's monthly upload file.
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// A consistent copy of the database, made by the running server if there is one
    /// (through DATA_DIR/ponte.sock), else directly. The keys are not in it: keep a copy
    /// of ponte.keys apart, once.
    Backup {
        /// Where to write the copy (never over an existing file).
        #[arg(long)]
        out: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
    /// The keys that protect citizens' data.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Put a backup in place as a new data dir's database.
    Restore {
        /// The backup file.
        file: PathBuf,
        #[command(flatten)]
        data: DataDir,
    },
    /// Demo data.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// Change a programme's settings.
    Programmes {
        #[command(subcommand)]
        command: ProgrammesCommand,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// A new sealing key: everything sealed again under it, by the running server if
    /// there is one; the old key stops working. The lookup key stays.
    Rotate {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum ProgrammesCommand {
    /// Set the facts of a programme's privacy notice (its controller and DPO). Each
    /// change is a new version of the notice, shown again to every citizen.
    SetPrivacy {
        /// The programme id, e.g. toscana.
        programme: String,
        /// The data controller, e.g. "Regione Toscana".
        #[arg(long)]
        controller: String,
        /// The controller's seat.
        #[arg(long)]
        address: String,
        /// Where citizens send requests about their data (PEC or e-mail).
        #[arg(long)]
        contact: String,
        /// The data-protection officer's e-mail.
        #[arg(long)]
        dpo: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// Delete citizens' names and contacts this many months after the latest national
    /// file that carried their services ("off": keep them until the audits end). The
    /// notice says it, so citizens are shown it again.
    SetRetention {
        /// The programme id, e.g. toscana.
        programme: String,
        /// Months (1 to 120), or "off".
        months: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// Delete now the names every programme's retention says are due (a running server
    /// does it once a day by itself).
    ApplyRetention {
        #[command(flatten)]
        data: DataDir,
    },
    /// Allow or refuse registering people who have no codice fiscale (counted locally,
    /// left out of the national file).
    SetWithoutCodiceFiscale {
        /// The programme id, e.g. toscana.
        programme: String,
        #[arg(action = clap::ArgAction::Set, value_parser = clap::value_parser!(bool))]
        allowed: bool,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum UsersCommand {
    /// Create an account. The password is read from standard input (one line) when
    /// it is not a terminal; otherwise one is made up and printed once.
    Add {
        email: String,
        /// admin, region, coordinator or facilitator.
        #[arg(long)]
        role: String,
        /// The programme of a region account, e.g. lombardia.
        #[arg(long)]
        programme: Option<String>,
        /// A centre of a coordinator or facilitator (repeat for several).
        #[arg(long = "centre")]
        centres: Vec<String>,
        #[command(flatten)]
        data: DataDir,
    },
    /// List every account.
    List {
        #[command(flatten)]
        data: DataDir,
    },
    /// Give an account a new password (read from standard input, or made up and
    /// printed once), enable it if it was disabled, and end its sessions.
    SetPassword {
        email: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// Disable an account and end its sessions.
    Disable {
        email: String,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum PassesCommand {
    /// Revoke a lost or stolen pass: it stops working at once; the citizen keeps their
    /// record and gets a new pass by signing up again.
    Revoke {
        /// The pass code under the QR (ABCD-EFGH) or the whole pass.
        pass: String,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum DemoCommand {
    /// A new data dir the size of the national programme (made-up citizens, visits
    /// and services, through the same writes as the server), to measure against.
    Generate {
        #[arg(long, default_value_t = 2_000_000)]
        citizens: u64,
        #[arg(long, default_value_t = 5_000_000)]
        services: u64,
        #[arg(long, default_value_t = 3_500)]
        sites: u64,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The month's national upload file of a programme (CSV, 9,000 rows a file at
    /// most) and a note of what is in it; logged with each file's SHA-256.
    National {
        /// The programme's id, like `toscana`.
        #[arg(long)]
        programme: String,
        /// The month, `YYYY-MM`.
        #[arg(long)]
        month: String,
        /// Where to write the files.
        #[arg(long)]
        out: PathBuf,
        /// MiB of database pages kept in memory while the file is made: a month of a
        /// national programme reads half a million records, and the indexes' inner pages
        /// fit in the default.
        #[arg(long, default_value_t = 128, value_parser = clap::value_parser!(u64).range(4..=65_536))]
        cache_mb: u64,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(clap::Args)]
struct DataDir {
    /// Directory of the database file (created if missing).
    #[arg(long, env = "PONTE_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
}

#[derive(Subcommand)]
enum CentresCommand {
    /// Create or update centres from a CSV file; nothing is written if any row is wrong.
    Import {
        file: PathBuf,
        #[command(flatten)]
        data: DataDir,
        /// Check the file only.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write all centres as CSV to standard output.
    Export {
        #[command(flatten)]
        data: DataDir,
    },
}

/// Has the server serving `data_dir` run `command`? Prints its answer; `false` if no
/// server answers there.
fn by_server(data_dir: &std::path::Path, command: &str) -> anyhow::Result<bool> {
    #[cfg(unix)]
    if let Some(asked) = ponte_server::control::ask(data_dir, command) {
        let answer = asked?;
        if !answer.ok {
            anyhow::bail!("{}", answer.message);
        }
        println!("by the running server: {}", answer.message);
        return Ok(true);
    }
    Ok(false)
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info"))
        .format_target(false)
        .init();
    let cli = Cli::parse();
    if let Err(e) = dispatch(cli) {
        eprintln!("ponte: {e:#}");
        std::process::exit(1);
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve {
            addr,
            data,
            public_url,
            dist_dir,
            demo,
            keep_replies_days,
            header_timeout,
            max_connections,
            rate_limits,
            cache_mb,
            trusted_proxies,
        } => tokio::runtime::Runtime::new()?.block_on(run(ServeOptions {
            addr,
            data_dir: data.data_dir,
            dist_dir,
            public_url,
            demo,
            ledger: LedgerConfig { keep_replies_days },
            header_timeout: std::time::Duration::from_secs(header_timeout),
            max_connections: max_connections.map(|n| n as usize),
            rate_limits: rate_limits == "on",
            cache_mb: cache_mb as usize,
            trusted_proxies,
        })),
        Command::Passes {
            command: PassesCommand::Revoke { pass, data },
        } => {
            let store = Store::open(&data.data_dir)?;
            match store.revoke_pass_by_code(&pass)? {
                Revoked::Done => println!("the pass is revoked: it no longer checks in"),
                Revoked::Already => println!("the pass was already revoked"),
                Revoked::NotFound => anyhow::bail!("no pass has this code"),
                Revoked::Ambiguous(n) => anyhow::bail!(
                    "{n} passes share this short code: give the whole pass (26 characters)"
                ),
            }
            Ok(())
        }
        Command::Programmes {
            command:
                ProgrammesCommand::SetRetention {
                    programme,
                    months,
                    data,
                },
        } => {
            let id =
                ponte_domain::ProgrammeId::parse(&programme).map_err(|e| anyhow::anyhow!("{e}"))?;
            let months = match months.trim() {
                "off" => None,
                n => match n.parse::<u16>() {
                    Ok(n) if (1..=ponte_domain::privacy::MAX_RETENTION_MONTHS).contains(&n) => {
                        Some(n)
                    }
                    _ => anyhow::bail!(
                        "give the months as a number from 1 to {}, or off",
                        ponte_domain::privacy::MAX_RETENTION_MONTHS
                    ),
                },
            };
            let store = Store::open(&data.data_dir)?;
            match store.set_retention(&id, months)? {
                Some(version) => println!(
                    "{id}: names and contacts are {}; the privacy notice is now version {version}",
                    match months {
                        Some(n) => format!(
                            "deleted {n} months after the latest national file that carried them"
                        ),
                        None => "kept until the PNRR's audits end".to_owned(),
                    }
                ),
                None => anyhow::bail!("there is no programme '{id}'"),
            }
            Ok(())
        }
        Command::Programmes {
            command: ProgrammesCommand::ApplyRetention { data },
        } => {
            if by_server(&data.data_dir, "apply-retention")? {
                return Ok(());
            }
            let store = Store::open(&data.data_dir)?;
            let secrets = ponte_server::secrets::for_store(&store, &data.data_dir)?;
            let purged = store.apply_retention(&secrets, ponte_server::http::now())?;
            println!("{}", ponte_server::control::retention_message(purged));
            Ok(())
        }
        Command::Programmes {
            command:
                ProgrammesCommand::SetWithoutCodiceFiscale {
                    programme,
                    allowed,
                    data,
                },
        } => {
            let id =
                ponte_domain::ProgrammeId::parse(&programme).map_err(|e| anyhow::anyhow!("{e}"))?;
            let store = Store::open(&data.data_dir)?;
            if !store.set_registration_without_codice_fiscale(&id, allowed)? {
                anyhow::bail!("there is no programme '{id}'");
            }
            println!(
                "{id}: registration without a codice fiscale is now {}",
                if allowed { "allowed" } else { "refused" }
            );
            Ok(())
        }
        Command::Programmes {
            command:
                ProgrammesCommand::SetPrivacy {
                    programme,
                    controller,
                    address,
                    contact,
                    dpo,
                    data,
                },
        } => {
            let id =
                ponte_domain::ProgrammeId::parse(&programme).map_err(|e| anyhow::anyhow!("{e}"))?;
            let settings = ponte_domain::privacy::PrivacySettings {
                controller,
                controller_address: address,
                controller_contact: contact,
                dpo_contact: dpo,
                names_retention_months: None,
                revision: 0,
            };
            if !settings.is_complete() {
                anyhow::bail!("the controller, its address and contact and the DPO are all needed");
            }
            let store = Store::open(&data.data_dir)?;
            match store.set_privacy(&id, settings)? {
                Some(version) => println!(
                    "{id}: the privacy notice is now version {version}; citizens will be shown it again"
                ),
                None => anyhow::bail!("there is no programme '{id}'"),
            }
            Ok(())
        }
        Command::Users { command } => users(command),
        Command::Backup { out, data } => {
            let out = std::path::absolute(&out)?;
            if by_server(&data.data_dir, &format!("backup {}", out.display()))? {
                return Ok(());
            }
            let store = Store::open(&data.data_dir)?;
            let s = store.backup_to(&out)?;
            println!("{}", ponte_server::control::backup_message(&out, &s));
            Ok(())
        }
        Command::Keys {
            command: KeysCommand::Rotate { data },
        } => {
            if by_server(&data.data_dir, "rotate-keys")? {
                return Ok(());
            }
            let store = Store::open(&data.data_dir)?;
            let secrets = ponte_server::secrets::for_store(&store, &data.data_dir)?;
            let r = ponte_server::secrets::rotate(&store, &secrets)?;
            println!("{}", ponte_server::control::rotation_message(&r));
            Ok(())
        }
        Command::Restore { file, data } => {
            let bytes = ponte_server::store::restore(&file, &data.data_dir)?;
            println!(
                "restored {bytes} bytes into {}; put the ponte.keys that belongs with it there \
                 (or set PONTE_SEALING_KEY and PONTE_LOOKUP_KEY) before starting",
                data.data_dir.display()
            );
            Ok(())
        }
        Command::Demo {
            command:
                DemoCommand::Generate {
                    citizens,
                    services,
                    sites,
                    data,
                },
        } => {
            use ponte_server::seed::national::{Scale, generate};
            let scale = Scale {
                citizens,
                services,
                sites,
            };
            let made = generate(&data.data_dir, scale, |line| eprintln!("{line}"))?;
            println!(
                "{} centres, {} citizens, {} visits, {} services, {} participations in {:.0} s",
                made.centres,
                made.citizens,
                made.visits,
                made.services,
                made.participations,
                made.seconds
            );
            Ok(())
        }
        Command::Export {
            command:
                ExportCommand::National {
                    programme,
                    month,
                    out,
                    cache_mb,
                    data,
                },
        } => {
            use ponte_server::export::national;
            let id =
                ponte_domain::ProgrammeId::parse(&programme).map_err(|e| anyhow::anyhow!("{e}"))?;
            let store = Store::open_with_cache(&data.data_dir, cache_mb as usize)?;
            let secrets = ponte_server::secrets::for_store(&store, &data.data_dir)?;
            let made = national::build(
                &store,
                &secrets,
                &id,
                None,
                &month,
                national::MAX_ROWS,
                national::Open::Identities,
            )?;
            national::write(&made, &out)?;
            let by = format!("cli:{}", std::env::var("USER").unwrap_or_default());
            store.log_export(
                &ponte_server::store::ExportRecord {
                    by,
                    at: std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs() as i64),
                    programme: made.programme.clone(),
                    month: made.month.clone(),
                    services: made.services,
                    rows: made.rows,
                    left_out: made.left_out,
                    names_purged: made.names_purged,
                    centres: Vec::new(),
                    files: made.files.iter().map(|(f, _)| f.clone()).collect(),
                },
                &made.written.concat(),
            )?;
            for (file, _) in &made.files {
                println!(
                    "{}\t{} rows\tsha256 {}",
                    out.join(&file.name).display(),
                    file.rows,
                    file.sha256
                );
            }
            println!(
                "{} services, {} rows; left out (see the note): {} citizens without a codice fiscale, {} participations in visits that cannot be exported, {} citizens whose names the retention deleted (sign them up again to report them)",
                made.services, made.rows, made.left_out, made.flagged, made.names_purged
            );
            Ok(())
        }
        Command::Centres { command } => match command {
            CentresCommand::Import {
                file,
                data,
                dry_run,
            } => import(&file, &data.data_dir, dry_run),
            CentresCommand::Export { data } => {
                let store = Store::open(&data.data_dir)?;
                let centres = store.reference().centres(&Default::default());
                centres_csv::write(std::io::stdout().lock(), &centres)?;
                Ok(())
            }
        },
    }
}

fn users(command: UsersCommand) -> anyhow::Result<()> {
    use ponte_domain::staff::{NewAccountRequest, Role};
    match command {
        UsersCommand::Add {
            email,
            role,
            programme,
            centres,
            data,
        } => {
            let role = Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("--role must be admin, region, coordinator or facilitator")
            })?;
            let (email, scope) = NewAccountRequest {
                email,
                role,
                programme,
                centres,
            }
            .validate()
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            let password = password_from_stdin()?;
            let store = Store::open(&data.data_dir)?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_secs() as i64;
            let (record, generated) =
                ponte_server::staff::accounts::create(&store, email, scope, password, "cli", now)?;
            println!("{} ({}) created", record.email, record.scope.role.as_str());
            if let Some(p) = generated {
                println!("password (shown only now): {p}");
            }
            Ok(())
        }
        UsersCommand::List { data } => {
            let store = Store::open(&data.data_dir)?;
            for a in store.accounts()? {
                let reach = match (&a.scope.programme, a.scope.centres.as_slice()) {
                    (Some(p), _) => p.to_string(),
                    (None, []) => "everything".to_owned(),
                    (None, c) => c.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","),
                };
                println!(
                    "{}\t{}\t{}\t{}",
                    a.email,
                    a.scope.role.as_str(),
                    reach,
                    if a.disabled { "disabled" } else { "active" }
                );
            }
            Ok(())
        }
        UsersCommand::SetPassword { email, data } => {
            let email =
                ponte_domain::staff::Email::parse(&email).map_err(|e| anyhow::anyhow!("{e}"))?;
            let (password, generated) = match password_from_stdin()? {
                Some(p) => {
                    ponte_domain::staff::check_password(&p).map_err(|e| anyhow::anyhow!("{e}"))?;
                    (p, false)
                }
                None => (ponte_server::staff::password::generate()?, true),
            };
            let hash = ponte_server::staff::password::hash(&password)?;
            let store = Store::open(&data.data_dir)?;
            if !store.update_account(email.as_str(), |a| {
                a.password = hash;
                a.disabled = false;
            })? {
                anyhow::bail!("there is no account {email}");
            }
            println!("{email} has a new password and is enabled; its sessions have ended");
            if generated {
                println!("password (shown only now): {password}");
            }
            Ok(())
        }
        UsersCommand::Disable { email, data } => {
            let email =
                ponte_domain::staff::Email::parse(&email).map_err(|e| anyhow::anyhow!("{e}"))?;
            let store = Store::open(&data.data_dir)?;
            if !store.disable_account(email.as_str())? {
                anyhow::bail!("there is no account {email}");
            }
            println!("{email} is disabled; its sessions have ended");
            Ok(())
        }
    }
}

/// One line from standard input when it is not a terminal (a script's password);
/// `None` at a terminal or on an empty line (one is then made up).
fn password_from_stdin() -> anyhow::Result<Option<String>> {
    use std::io::IsTerminal;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut line = String::new();
    stdin.read_line(&mut line)?;
    let line = line.trim_end_matches(['\r', '\n']).to_owned();
    Ok((!line.is_empty()).then_some(line))
}

fn import(file: &std::path::Path, data_dir: &std::path::Path, dry_run: bool) -> anyhow::Result<()> {
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let store = Store::open(data_dir)?;
    let programmes = store.reference().programmes().to_vec();
    let centres = match centres_csv::parse(input, &programmes) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", file.display());
            }
            anyhow::bail!("{} problem(s) found; nothing was imported", problems.len());
        }
    };
    if dry_run {
        println!(
            "{} centres checked, no problems found (dry run: nothing written)",
            centres.len()
        );
        return Ok(());
    }
    let summary = store.upsert_centres(&centres)?;
    println!(
        "{} centres imported ({} new, {} updated)",
        centres.len(),
        summary.created,
        summary.updated
    );
    Ok(())
}
