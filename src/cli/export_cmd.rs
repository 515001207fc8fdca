//! `nnlab export keras|notebook --session FILE --out PATH`: a session as a
//! Keras script or a Jupyter notebook.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use crate::export::{keras_script, notebook};
use crate::session::Session;
use crate::tr;

/// What to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
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
}

/// Runs `nnlab export`.
pub fn run(args: ExportArgs) -> Result<()> {
    let session = Session::load(&args.session).with_context(|| args.session.display().to_string())?;
    let files = match args.format {
        ExportFormat::Keras => keras_script(&session, &args.out)?,
        ExportFormat::Notebook => notebook(&session, &args.out)?,
    };
    for path in files.write()? {
        println!("{}", tr!("cli-wrote", path = path.display().to_string()));
    }
    Ok(())
}
