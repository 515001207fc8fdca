//! `nnlab landscape`: the training loss on a 2-D slice of weight space
//! through a saved session's weights (see [`crate::train::landscape`]).

use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use clap::Args;
use serde_json::json;

use super::values::lenient;
use crate::data::design;
use crate::i18n::fallback_text;
use crate::session::Session;
use crate::tr;
use crate::train::landscape::{Directions, Fallback, Landscape, LandscapeRequest, compute};

/// Options of `nnlab landscape`.
#[derive(Args, Debug)]
pub struct LandscapeArgs {
    /// The saved session whose weights, data and checkpoints to use
    #[arg(long, value_name = "FILE")]
    session: PathBuf,
    /// Grid cells per side
    #[arg(long, value_name = "N", default_value_t = 41)]
    size: usize,
    /// α and β run from −S to +S
    #[arg(long, value_name = "S", default_value_t = 1.0)]
    span: f64,
    /// The slice's directions: the checkpoints' principal components, or random
    #[arg(long, value_name = "NAME", value_enum, value_parser = lenient::<Directions>(), default_value_t = Directions::Pca)]
    directions: Directions,
    /// Seed of the random directions
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// Print one JSON object on the last line
    #[arg(long)]
    json: bool,
}

/// Runs `nnlab landscape`.
pub(super) fn run(args: LandscapeArgs) -> Result<()> {
    let path = &args.session;
    let session = Session::load(path).with_context(|| format!("{}", path.display()))?;
    let classes = session.dataset.num_classes();
    let net = session.network.to_mlp(&session.config, classes)?;
    let checkpoints = session.checkpoints()?;
    let train = design(&session.dataset, &session.config.features, false);
    let request = LandscapeRequest {
        size: args.size,
        span: args.span,
        directions: args.directions,
        seed: args.seed,
    };
    let landscape = compute(
        &net,
        checkpoints.list(),
        &train,
        &session.masks,
        &request,
        &mut |_, _| true,
    )
    .map_err(|e| anyhow!("{e}"))?;
    if let Some(f) = landscape.fallback {
        eprintln!("{}", fallback_text(f));
    }
    if args.json {
        println!("{}", to_json(&landscape));
    } else {
        print_text(&landscape, path);
    }
    Ok(())
}

/// The JSON contract: exactly these keys (plus `fallback` and
/// `path_epochs`, which say why random directions were used and when each
/// path point was recorded).
fn to_json(l: &Landscape) -> serde_json::Value {
    json!({
        "size": l.size,
        "span": l.span,
        "directions": l.directions.name(),
        "d1": l.d1,
        "d2": l.d2,
        "alphas": l.alphas,
        "betas": l.betas,
        "loss": l.loss,
        "center_loss": l.center_loss,
        "path": l.path,
        "path_epochs": l.path_epochs,
        "fallback": l.fallback.map(|f| match f {
            Fallback::NoCheckpoints => "no_checkpoints",
            Fallback::FlatPath => "flat_path",
        }),
    })
}

/// A few lines for a person: the grid, the centre, the lowest cell.
fn print_text(l: &Landscape, path: &std::path::Path) {
    println!(
        "{}",
        tr!(
            "cli-landscape-summary",
            file = path.display().to_string(),
            size = l.size,
            span = l.span.to_string(),
            directions = l.directions.name()
        )
    );
    println!(
        "{}",
        tr!("cli-landscape-center", loss = format!("{:.6}", l.center_loss))
    );
    let lowest = (0..l.size)
        .flat_map(|i| (0..l.size).map(move |j| (i, j)))
        .filter(|&(i, j)| l.loss[i][j].is_finite())
        .min_by(|&(a, b), &(c, d)| l.loss[a][b].total_cmp(&l.loss[c][d]));
    if let Some((i, j)) = lowest {
        println!(
            "{}",
            tr!(
                "cli-landscape-lowest",
                loss = format!("{:.6}", l.loss[i][j]),
                alpha = format!("{:.3}", l.alphas[i]),
                beta = format!("{:.3}", l.betas[j])
            )
        );
    }
    println!("{}", tr!("cli-landscape-path", points = l.path.len()));
}
