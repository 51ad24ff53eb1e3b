//! `cxm live`: the live-workshop server without a window. Prints the join
//! code and the address, serves until Ctrl-C (or SIGTERM), then ends the
//! session. Thin: the server is `cx_maturity::live`.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use clap::Args;
use cx_maturity::live::{LiveOptions, LiveServer};
use cx_maturity::{Error, Result};

use crate::assessment::database_path;
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

pub fn run_live(args: LiveArgs, db: Option<&Path>) -> Result<()> {
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
        ..LiveOptions::default()
    };
    let signals = StopSignals::listen()?;
    let server = LiveServer::start(&database_path(db)?, &assessment, listen, options)?;
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
    outln!("press Ctrl-C to end the session");
    signals.wait();
    let joined = server.participants();
    server.stop();
    outln!("session ended; {joined} participant(s) joined");
    Ok(())
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

    /// Blocks until one of the signals arrives.
    fn wait(self) {
        #[cfg(unix)]
        {
            let [mut interrupt, mut terminate] = self.signals;
            self.runtime.block_on(async {
                tokio::select! {
                    _ = interrupt.recv() => {}
                    _ = terminate.recv() => {}
                }
            });
        }
        #[cfg(windows)]
        {
            let mut ctrl_c = self.ctrl_c;
            self.runtime.block_on(async {
                ctrl_c.recv().await;
            });
        }
    }
}
