//! `nnlab export keras|notebook --session FILE --out PATH [--force]`: a
//! session as a Keras script or a Jupyter notebook. Over 100,000 points the
//! data goes to `PATH-data.csv` beside it, never over a file nnlab did not
//! write unless `--force`.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use crate::export::{ExportError, keras_script, notebook};
use crate::session::Session;
use crate::tr;

/// What to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum ExportFormat {
    /// A Python script (MODEL.py)
    Keras,
    /// A Jupyter notebook (MODEL.ipynb)
    Notebook,
}

/// Options of `nnlab export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// keras (a .py script) or notebook (a .ipynb notebook)
    #[arg(value_enum, value_name = "FORMAT")]
    format: ExportFormat,
    /// The session to export
    #[arg(long, value_name = "FILE")]
    session: PathBuf,
    /// Where to write the script or notebook
    #[arg(long, value_name = "PATH")]
    out: PathBuf,
    /// Replace the data file beside the script even if nnlab did not write it
    #[arg(long)]
    force: bool,
}

/// Runs `nnlab export`.
pub(super) fn run(args: ExportArgs) -> Result<()> {
    let session = Session::load(&args.session).with_context(|| args.session.display().to_string())?;
    let files = match args.format {
        ExportFormat::Keras => keras_script(&session, &args.out)?,
        ExportFormat::Notebook => notebook(&session, &args.out)?,
    };
    let written = files.write(args.force).map_err(|e| match e {
        ExportError::DataFileTaken { path } => {
            anyhow::anyhow!(
                "{}",
                tr!("cli-export-data-file-taken", path = path.display().to_string())
            )
        }
        e => e.into(),
    })?;
    for path in written {
        println!("{}", tr!("cli-wrote", path = path.display().to_string()));
    }
    Ok(())
}
