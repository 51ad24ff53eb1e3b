//! `cxm live`: the live-workshop server without a window. Prints the join
//! code and the address, serves until Ctrl-C (or SIGTERM), then ends the
//! session. The facilitator leads a paced room by typing commands, one a
//! line, on the standard input (`show <question>`, `reveal`, `revote`,
//! `wait`, `paced on|off`, `status`), which also lets tests and scripts
//! drive it. Thin: the server is `cx_maturity::live`.

use std::net::SocketAddr;
use std::sync::Arc;

use clap::Args;
use cx_maturity::live::{self, LiveOptions, LiveServer};
use cx_maturity::{Error, Result};

use crate::database::Database;
use crate::output::{errln, outln};

#[derive(Args)]
pub struct LiveArgs {
    pub assessment: String,
    /// The address and port to listen on: 0.0.0.0:8080 for every network
    /// of this computer, 127.0.0.1:0 for this computer only on any free port.
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// The facilitator leads the room question by question.
    #[arg(long)]
    pub paced: bool,
}

pub fn run_live(args: LiveArgs, db: &Database) -> Result<()> {
    let LiveArgs {
        assessment,
        listen,
        paced,
    } = args;
    let options = LiveOptions {
        paced,
        on_problem: Some(Arc::new(|e: &Error| {
            errln!("problem in the live session: {e}");
        })),
        passphrase: db.passphrase().cloned(),
        ..LiveOptions::default()
    };
    let signals = StopSignals::listen()?;
    let server = LiveServer::start(&db.path()?, &assessment, listen, options)?;
    let address = server.address();
    outln!("live session of assessment {assessment}");
    outln!("join code: {}", server.join_code());
    outln!("address: http://{address}");
    if address.ip().is_unspecified() {
        outln!(
            "(listening on every network of this computer: participants use its address on their network, port {})",
            address.port()
        );
    }
    if address.ip().is_unspecified() {
        for a in live::network_addresses() {
            outln!("  on {}: {}", a.interface, server.join_url(a.ip));
        }
    }
    outln!(
        "commands: show <question-id>, reveal, revote, wait, paced on|off, status; press Ctrl-C to end the session"
    );
    signals.wait(|line| match facilitate(&server, line) {
        Ok(reply) if reply.is_empty() => {}
        Ok(reply) => outln!("{reply}"),
        Err(e) => outln!("error: {e}"),
    });
    let joined = server.participants();
    server.stop();
    outln!("session ended; {joined} participant(s) joined");
    Ok(())
}

/// Carries out one facilitator command; the reply to print.
fn facilitate(server: &LiveServer, line: &str) -> Result<String> {
    let mut words = line.split_whitespace();
    let command = words.next().unwrap_or("");
    let argument = words.next();
    match (command, argument) {
        ("", _) => return Ok(String::new()),
        ("show", Some(question)) => server.show(Some(question))?,
        ("wait", None) => server.show(None)?,
        ("reveal", None) => server.reveal()?,
        ("revote", None) => server.open_revote()?,
        ("paced", Some("on")) => server.set_paced(true),
        ("paced", Some("off")) => server.set_paced(false),
        ("status", None) => {
            return serde_json::to_string(&server.status()?)
                .map_err(|e| Error::InvalidInput(format!("cannot write the status: {e}")));
        }
        _ => {
            return Err(Error::InvalidInput(format!(
                "unknown command {line:?}; the commands are show <question-id>, reveal, revote, wait, paced on|off, status"
            )));
        }
    }
    Ok("ok".into())
}

/// Ctrl-C (SIGINT) and, on Unix, SIGTERM, listened to from before the
/// join code is printed: a signal sent as soon as the code shows still
/// ends the session properly.
struct StopSignals {
    runtime: tokio::runtime::Runtime,
    #[cfg(unix)]
    signals: [tokio::signal::unix::Signal; 2],
    #[cfg(windows)]
    ctrl_c: tokio::signal::windows::CtrlC,
}

impl StopSignals {
    fn listen() -> Result<StopSignals> {
        let failed =
            |e: std::io::Error| Error::InvalidInput(format!("cannot listen for Ctrl-C: {e}"));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(failed)?;
        let entered = runtime.enter();
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let signals = [
                signal(SignalKind::interrupt()).map_err(failed)?,
                signal(SignalKind::terminate()).map_err(failed)?,
            ];
            drop(entered);
            Ok(StopSignals { runtime, signals })
        }
        #[cfg(windows)]
        {
            let ctrl_c = tokio::signal::windows::ctrl_c().map_err(failed)?;
            drop(entered);
            Ok(StopSignals { runtime, ctrl_c })
        }
    }

    /// Blocks until one of the signals arrives, handing each line of the
    /// standard input to `command` meanwhile (an input that ends, as a
    /// closed pipe does, only stops the commands).
    fn wait(self, mut command: impl FnMut(&str)) {
        let (send, mut lines) = tokio::sync::mpsc::unbounded_channel::<String>();
        // The reader lives until the process ends: a read blocked on a
        // terminal cannot be interrupted, and the process ends right after.
        let _reader = std::thread::Builder::new()
            .name("cxm-live-commands".into())
            .spawn(move || {
                for line in std::io::stdin().lines() {
                    let Ok(line) = line else { break };
                    if send.send(line).is_err() {
                        break;
                    }
                }
            });
        #[cfg(unix)]
        let [mut interrupt, mut terminate] = self.signals;
        #[cfg(windows)]
        let mut ctrl_c = self.ctrl_c;
        self.runtime.block_on(async {
            let mut reading = true;
            loop {
                #[cfg(unix)]
                let signalled = async {
                    tokio::select! {
                        _ = interrupt.recv() => {}
                        _ = terminate.recv() => {}
                    }
                };
                #[cfg(windows)]
                let signalled = async {
                    ctrl_c.recv().await;
                };
                tokio::select! {
                    () = signalled => break,
                    line = lines.recv(), if reading => match line {
                        Some(line) => command(line.trim()),
                        None => reading = false,
                    },
                }
            }
        });
    }
}
